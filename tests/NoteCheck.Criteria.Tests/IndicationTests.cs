using NoteCheck.Core;

namespace NoteCheck.Criteria.Tests;

/// <summary>Each indication over hand-made findings: met, narrowly missed, and key finding negated or someone else's.</summary>
public sealed class IndicationTests : EngineTestBase
{
    // ---------- neuro_deficit ----------
    [Fact, Trait("criterion", "neuro_deficit"), Trait("criterion", "neuro.weakness"), Trait("criterion", "mri_unavailable")]
    public void NeuroDeficit_Met_NewWeaknessAndMriContraindicated()
    {
        Finding[] findings = [Mri(), F("muscle_weakness", laterality: "left", attrs: ("new", true))];
        var d = Decide(Request(), findings);
        Assert.Equal(IndicationStatus.Met, Ind(d, "neuro_deficit").Status);
        Assert.Equal(Outcomes.CriteriaMet, d.Outcome);
        Assert.Contains("neuro_deficit", d.MetIndications);
        Assert.Equal(findings.Sum(f => f.Evidence.Count), Ind(d, "neuro_deficit").Evidence.Count); // every span of both facts
        Assert.StartsWith("neuro_deficit:", d.Reasons.Single(r => r.Code == "criteria_met").Message);
    }

    [Fact, Trait("criterion", "neuro_deficit")]
    public void ModelSuggestions_NeverMeetAnIndication_ButAreListedForTheReviewer()
    {
        // The same two facts that approve when the rules read them refer when only the sentence classifier suggested one.
        Finding weakness = F("muscle_weakness", laterality: "left", attrs: ("new", true));
        Assert.Equal(Outcomes.CriteriaMet, Decide(Request(), Mri(), weakness).Outcome);
        var suggested = weakness with { Source = FindingSource.Model, RuleId = "model:sentence" };
        var d = Decide(Request(), Mri(), suggested);
        Assert.Equal(Outcomes.ReferToReviewer, d.Outcome);
        Assert.NotEqual(IndicationStatus.Met, Ind(d, "neuro_deficit").Status);
        Assert.Contains(d.Findings, f => f.Source == FindingSource.Model);
    }

    [Fact, Trait("criterion", "neuro.weakness")]
    public void NeuroDeficit_NarrowMiss_WeaknessOlderThanThreeMonths()
    {
        var d = Decide(Request(), Mri(), F("muscle_weakness", date: R.AddMonths(-5)));
        var ind = Ind(d, "neuro_deficit");
        Assert.Equal(IndicationStatus.Insufficient, ind.Status);
        Assert.Contains(ind.Missing, m => m.Contains("new neurologic deficit"));
        Assert.Equal(Outcomes.ReferToReviewer, d.Outcome);
        Assert.Equal("no_indication_met", d.Reasons[0].Code);
    }

    [Fact, Trait("criterion", "neuro.weakness"), Trait("criterion", "neuro.new_deficit")]
    public void NeuroDeficit_Negated_WeaknessAbsentIsContradictedNotSatisfied()
    {
        var d = Decide(Request(), Mri(), F("muscle_weakness", Assertion.Absent), F("abnormal_reflexes", Assertion.Family));
        var ind = Ind(d, "neuro_deficit");
        Assert.Equal(IndicationStatus.Insufficient, ind.Status);
        Assert.False(Node(ind, "neuro.weakness").Value);
        Assert.Contains("assertion absent", Node(ind, "neuro.weakness.finding").Note);
        Assert.Equal(Outcomes.ReferToReviewer, d.Outcome);
    }

    [Fact, Trait("criterion", "neuro_deficit")]
    public void NeuroDeficit_PeronealLesionOrPlexopathyDocumented_ExplainsDeficitsTheDetectorDidNotLink()
    {
        Finding weakness = F("muscle_weakness", laterality: "right", attrs: ("new", true));
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), Mri(), weakness), "neuro_deficit").Status);
        Assert.NotEqual(IndicationStatus.Met, Ind(Decide(Request(), Mri(), weakness, F("peroneal_nerve_injury", laterality: "right")), "neuro_deficit").Status);
        Assert.NotEqual(IndicationStatus.Met, Ind(Decide(Request(), Mri(), weakness, F("plexopathy")), "neuro_deficit").Status);
        // a diffuse neuropathy excludes only the deficits linked to it
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), Mri(), weakness, F("peripheral_neuropathy")), "neuro_deficit").Status);
    }

    [Fact, Trait("criterion", "neuro_deficit")]
    public void NeuroDeficit_WeaknessNormalOnALaterExam_IsNotCurrent()
    {
        var earlier = F("muscle_weakness", date: R.AddDays(-40), laterality: "bilateral");
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), Mri(), earlier), "neuro_deficit").Status);
        Assert.NotEqual(IndicationStatus.Met, Ind(Decide(Request(), Mri(), earlier, F("muscle_weakness", Assertion.Absent, date: R.AddDays(-5))), "neuro_deficit").Status);
        // normal on the other side only, or on the same day ('otherwise 5/5'), leaves it current
        var left = F("muscle_weakness", date: R.AddDays(-40), laterality: "left");
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), Mri(), left, F("muscle_weakness", Assertion.Absent, date: R.AddDays(-5), laterality: "right")), "neuro_deficit").Status);
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), Mri(), left, F("muscle_weakness", Assertion.Absent, date: R.AddDays(-40))), "neuro_deficit").Status);
    }

    [Fact, Trait("criterion", "neuro_deficit")]
    public void NeuroDeficit_OnlyANeurogenicGaitCounts()
    {
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), Mri(), F("gait_abnormality", attrs: ("gaitType", "neurogenic"))), "neuro_deficit").Status);
        foreach (var type in new[] { "unspecified", "antalgic", "sensory_ataxic" })
            Assert.NotEqual(IndicationStatus.Met, Ind(Decide(Request(), Mri(), F("gait_abnormality", attrs: ("gaitType", type))), "neuro_deficit").Status);
        Assert.NotEqual(IndicationStatus.Met, Ind(Decide(Request(), Mri(), F("gait_abnormality", attrs: ("gaitType", "neurogenic")), F("peroneal_nerve_injury")), "neuro_deficit").Status);
    }

    [Fact, Trait("criterion", "neuro_deficit"), Trait("criterion", "surgical.mri_or_surgeon"), Trait("criterion", "mri_unavailable")]
    public void Contradiction_DeficitPresentButMriPossibleAndNotSurgeon()
    {
        var d = Decide(Request(specialty: "Family Medicine"), F("muscle_weakness", attrs: ("new", true)), F("dermatomal_sensory_loss"));
        Assert.Equal(Outcomes.ReferToReviewer, d.Outcome);
        Assert.Empty(d.MetIndications);
        var ind = Ind(d, "neuro_deficit");
        Assert.Equal(IndicationStatus.Insufficient, ind.Status);
        Assert.Contains(ind.Missing, m => m.Contains("why lumbar spine MRI cannot be done"));
        Assert.Equal("family_medicine", d.UnderstoodSpecialty);
        Assert.NotEqual(IndicationStatus.Met, Ind(d, "surgical").Status);
    }

    [Fact, Trait("criterion", "neuro.sensory"), Trait("criterion", "neuro.reflexes")]
    public void NeuroDeficit_ExplainedByPeripheralNeuropathy_DoesNotCount()
    {
        var d = Decide(Request(), Mri(),
            F("dermatomal_sensory_loss", attrs: ("explainedBy", "peripheral_neuropathy")),
            F("abnormal_reflexes", attrs: ("explainedBy", "plexopathy")));
        Assert.Equal(IndicationStatus.Insufficient, Ind(d, "neuro_deficit").Status);
    }

    [Fact, Trait("criterion", "neuro.foot_drop"), Trait("criterion", "neuro.foot_drop.not_peroneal")]
    public void FootDrop_FromPeronealNerveInjury_DoesNotCount_ButLumbarFootDropDoes()
    {
        var peroneal = Decide(Request(), Mri(), F("foot_drop", attrs: ("new", true)), F("peroneal_nerve_injury"));
        Assert.Equal(IndicationStatus.Insufficient, Ind(peroneal, "neuro_deficit").Status);
        Assert.Contains(Ind(peroneal, "neuro_deficit").Missing, m => m.Contains("peroneal"));
        var lumbar = Decide(Request(), Mri(), F("foot_drop", attrs: ("new", true)), F("peroneal_nerve_injury", Assertion.Absent));
        Assert.Equal(IndicationStatus.Met, Ind(lumbar, "neuro_deficit").Status);
    }

    [Fact, Trait("criterion", "neuro.cauda_equina"), Trait("criterion", "neuro.cauda_equina.saddle"), Trait("criterion", "neuro.cauda_equina.achilles")]
    public void CaudaEquina_SciaticaWithSaddleAnesthesia_Met_PainAloneNot()
    {
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), Mri(), F("radicular_pain"), F("saddle_anesthesia")), "neuro_deficit").Status);
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), Mri(), F("radicular_pain"),
            F("abnormal_reflexes", laterality: "bilateral", attrs: ("pattern", "absent"))), "neuro_deficit").Status);
        // interpretation.md: reflex changes explained by a peripheral neuropathy do not count for the lumbar pathway
        Assert.NotEqual(IndicationStatus.Met, Ind(Decide(Request(), Mri(), F("radicular_pain"),
            F("abnormal_reflexes", laterality: "bilateral", attrs: [("pattern", "absent"), ("explainedBy", "peripheral_neuropathy")])), "neuro_deficit").Status);
        Assert.NotEqual(IndicationStatus.Met, Ind(Decide(Request(), Mri(), F("radicular_pain"), F("saddle_anesthesia", Assertion.Absent)), "neuro_deficit").Status);
    }

    [Fact, Trait("criterion", "neuro.cauda_equina.achilles")]
    public void CaudaEquina_BilateralAreflexiaWithANeuropathyOnRecord_CountsOnlyWithALumbarEmg()
    {
        // a letter lists the absent ankle jerks alone; another note records the polyneuropathy that explains them
        Finding[] areflexia = [Mri(), F("radicular_pain"), F("abnormal_reflexes", laterality: "bilateral", attrs: ("pattern", "absent"))];
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), areflexia), "neuro_deficit").Status);
        var neuropathy = Decide(Request(), [.. areflexia, F("peripheral_neuropathy")]);
        Assert.NotEqual(IndicationStatus.Met, Ind(neuropathy, "neuro_deficit").Status);
        Assert.False(Node(Ind(neuropathy, "neuro_deficit"), "neuro.cauda_equina.achilles.not_neuropathy").Value);
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), [.. areflexia, F("peripheral_neuropathy"), F("emg_radiculopathy", attrs: ("lumbar", true))]), "neuro_deficit").Status);
        // another sign still carries the syndrome beside the neuropathy; a neuropathy ruled out leaves the sign
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), [.. areflexia, F("peripheral_neuropathy"), F("saddle_anesthesia")]), "neuro_deficit").Status);
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), [.. areflexia, F("peripheral_neuropathy", Assertion.Absent)]), "neuro_deficit").Status);
    }

    [Fact, Trait("criterion", "neuro.gait"), Trait("criterion", "neuro.bowel_bladder")]
    public void Gait_AntalgicDoesNotCount_NeurogenicDoes_BladderFromInherentCauseDoesNot()
    {
        Assert.NotEqual(IndicationStatus.Met, Ind(Decide(Request(), Mri(), F("gait_abnormality", attrs: ("gaitType", "antalgic"))), "neuro_deficit").Status);
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), Mri(), F("gait_abnormality", attrs: ("gaitType", "neurogenic"))), "neuro_deficit").Status);
        Assert.NotEqual(IndicationStatus.Met, Ind(Decide(Request(), Mri(), F("bowel_bladder_dysfunction", attrs: ("inherentCause", true))), "neuro_deficit").Status);
    }

    // ---------- back_pain ----------
    [Fact, Trait("criterion", "back_pain"), Trait("criterion", "back_pain.conservative_failed"), Trait("criterion", "conservative.failed"),
     Trait("criterion", "conservative.active_6_weeks"), Trait("criterion", "conservative.inactive"), Trait("criterion", "conservative.failure_documented")]
    public void BackPain_Met_FailedSixWeeksOfPtAndNsaid()
    {
        var d = Decide(Request(specialty: "PM&R"), [Mri(), F("back_pain"), .. FailedConservativeCare()]);
        var ind = Ind(d, "back_pain");
        Assert.Equal(IndicationStatus.Met, ind.Status);
        Assert.Equal(Outcomes.CriteriaMet, d.Outcome);
        Assert.Equal("pmr", d.UnderstoodSpecialty);
        Assert.Contains("55 days", Node(ind, "conservative.active_6_weeks").Note);
    }

    [Fact, Trait("criterion", "conservative.active_6_weeks"), Trait("criterion", "back_pain.conservative_failed")]
    public void Contradiction_PtForFourWeeks_NotEnough()
    {
        var d = Decide(Request(), Mri(), F("back_pain"),
            F("conservative_treatment", date: R.AddDays(-10), attrs: [("modality", "physical_therapy"), ("weeks", 4)]),
            F("conservative_treatment", attrs: ("modality", "medication")),
            F("conservative_treatment_failed", attrs: ("reason", "no_improvement")));
        var ind = Ind(d, "back_pain");
        Assert.Equal(IndicationStatus.Insufficient, ind.Status);
        Assert.Contains(ind.Missing, m => m.Contains("at least 6 weeks of physical therapy"));
        Assert.Contains("28 days", Node(ind, "conservative.active_6_weeks").Note);
    }

    [Fact, Trait("criterion", "conservative.active_6_weeks"), Trait("criterion", "conservative.inactive")]
    public void Contradiction_PtEndedEightMonthsBeforeRequest_OutsideWindow()
    {
        var d = Decide(Request(), Mri(), F("back_pain"),
            F("conservative_treatment", date: R.AddDays(-3), attrs: [("modality", "physical_therapy"), ("startDate", R.AddMonths(-10)), ("endDate", R.AddMonths(-8))]),
            F("conservative_treatment", date: R.AddMonths(-9), attrs: ("modality", "medication")),
            F("conservative_treatment_failed", date: R.AddDays(-3), attrs: ("reason", "no_improvement")));
        var ind = Ind(d, "back_pain");
        Assert.Equal(IndicationStatus.Insufficient, ind.Status);
        Assert.False(Node(ind, "conservative.active_6_weeks").Value);
        Assert.Contains("outside 6 months", Node(ind, "conservative.active_6_weeks").Note);
        Assert.False(Node(ind, "conservative.inactive").Value);
    }

    [Fact, Trait("criterion", "conservative.no_nonqualifying_stop"), Trait("criterion", "back_pain.conservative_failed")]
    public void Contradiction_PtStoppedForInconvenience_IsNotFailure()
    {
        var d = Decide(Request(), [Mri(), F("back_pain"), .. FailedConservativeCare(),
            F("conservative_treatment_stopped", date: R.AddDays(-20), attrs: ("reason", "inconvenience"))]);
        var ind = Ind(d, "back_pain");
        Assert.Equal(IndicationStatus.Insufficient, ind.Status);
        Assert.Contains(ind.Missing, m => m.Contains("inconvenience"));
        Assert.Equal(Outcomes.ReferToReviewer, d.Outcome);
    }

    [Fact, Trait("criterion", "conservative.no_nonqualifying_stop"), Trait("criterion", "back_pain.conservative_failed")]
    public void A_break_the_course_came_back_from_does_not_end_it_and_an_old_stop_is_outside_the_window()
    {
        Finding[] Care(params Finding[] stops) => [Mri(), F("back_pain"), .. FailedConservativeCare(), .. stops];
        // a 2-week childcare gap in a course that resumed and completed: the course is judged by its outcome
        var resumed = Ind(Decide(Request(), Care(F("conservative_treatment_stopped", date: R.AddDays(-20), attrs: [("reason", "schedule"), ("resumed", true)]))), "back_pain");
        Assert.Equal(IndicationStatus.Met, resumed.Status);
        // a clinic that closed on an earlier course a year ago says nothing about the course in the window
        var old = Ind(Decide(Request(), Care(F("conservative_treatment_stopped", date: R.AddDays(-20), attrs: [("reason", "office_closure"), ("endDate", R.AddMonths(-12))]))), "back_pain");
        Assert.Equal(IndicationStatus.Met, old.Status);
        // the same stop without the break or the old date still blocks
        var stopped = Ind(Decide(Request(), Care(F("conservative_treatment_stopped", date: R.AddDays(-20), attrs: ("reason", "schedule")))), "back_pain");
        Assert.Equal(IndicationStatus.Insufficient, stopped.Status);
        Assert.False(Node(stopped, "conservative.no_nonqualifying_stop").Value);
    }

    [Fact, Trait("criterion", "conservative.no_nonqualifying_stop"), Trait("criterion", "back_pain.conservative_failed")]
    public void ChiropracticStoppedForSchedule_DoesNotUndoAFailedSevenWeekHomeProgram()
    {
        Finding[] care =
        [
            Mri(), F("back_pain"),
            F("conservative_treatment", date: R.AddDays(-100), attrs: [("modality", "chiropractic"), ("startDate", R.AddDays(-100)), ("endDate", R.AddDays(-86))]),
            F("conservative_treatment_stopped", date: R.AddDays(-50), attrs: [("reason", "schedule"), ("modality", "chiropractic")]),
            F("conservative_treatment", date: R.AddDays(-1), attrs: [("modality", "home_exercise_program"), ("prescribed", true), ("followUp", true), ("weeks", 7)]),
            F("conservative_treatment", date: R.AddDays(-50), attrs: ("modality", "medication")),
            F("conservative_treatment_failed", date: R.AddDays(-1), attrs: [("reason", "no_improvement"), ("modality", "home_exercise_program")]),
        ];
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), care), "back_pain").Status);

        // the stopped course is the only one long enough: the stop still blocks
        var onlyChiro = Ind(Decide(Request(), [Mri(), F("back_pain"),
            F("conservative_treatment", date: R.AddDays(-5), attrs: [("modality", "chiropractic"), ("startDate", R.AddDays(-60)), ("endDate", R.AddDays(-5))]),
            F("conservative_treatment_stopped", date: R.AddDays(-5), attrs: [("reason", "schedule"), ("modality", "chiropractic")]),
            F("conservative_treatment", date: R.AddDays(-50), attrs: ("modality", "medication")),
            F("conservative_treatment_failed", date: R.AddDays(-5), attrs: ("reason", "no_improvement"))]), "back_pain");
        Assert.Equal(IndicationStatus.Insufficient, onlyChiro.Status);
        Assert.False(Node(onlyChiro, "conservative.no_nonqualifying_stop").Value);
    }

    [Fact, Trait("criterion", "conservative.hep_requirements"), Trait("criterion", "conservative.active_6_weeks")]
    public void HomeExerciseProgram_CountsOnlyWithPrescriptionAndFollowUp()
    {
        Finding Hep(bool prescribed, bool followUp) => F("conservative_treatment", date: R.AddDays(-5),
            attrs: [("modality", "home_exercise_program"), ("startDate", R.AddDays(-60)), ("prescribed", prescribed), ("followUp", followUp)]);
        Finding[] rest = [Mri(), F("back_pain"), F("conservative_treatment", attrs: ("modality", "medication")), F("conservative_treatment_failed")];
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), [.. rest, Hep(true, true)]), "back_pain").Status);
        var unsupervised = Ind(Decide(Request(), [.. rest, Hep(true, false)]), "back_pain");
        Assert.Equal(IndicationStatus.Insufficient, unsupervised.Status);
        Assert.Contains(unsupervised.Missing, m => m.Contains("prescription and follow-up"));
    }

    [Fact, Trait("criterion", "conservative.active_6_weeks")]
    public void ActiveCareSpan_FirstToLastDatedPtNote()
    {
        Finding[] rest = [Mri(), F("back_pain"), F("conservative_treatment", attrs: ("modality", "injection")), F("conservative_treatment_failed", attrs: ("reason", "no_improvement"))];
        var met = Decide(Request(), [.. rest, F("conservative_treatment", date: R.AddDays(-60), attrs: ("modality", "chiropractic")),
            F("conservative_treatment", date: R.AddDays(-15), attrs: ("modality", "chiropractic"))]);
        Assert.Equal(IndicationStatus.Met, Ind(met, "back_pain").Status);
        var tooShort = Decide(Request(), [.. rest, F("conservative_treatment", date: R.AddDays(-40), attrs: ("modality", "chiropractic")),
            F("conservative_treatment", date: R.AddDays(-15), attrs: ("modality", "chiropractic"))]);
        Assert.Equal(IndicationStatus.Insufficient, Ind(tooShort, "back_pain").Status);
    }

    [Fact, Trait("criterion", "conservative.failure_documented"), Trait("criterion", "back_pain")]
    public void BackPain_Negated_FailureOnlyHypothetical()
    {
        var care = FailedConservativeCare();
        care[2] = care[2] with { Assertion = Assertion.Hypothetical };
        var ind = Ind(Decide(Request(), [Mri(), F("back_pain"), .. care]), "back_pain");
        Assert.Equal(IndicationStatus.Insufficient, ind.Status);
        Assert.Contains(ind.Missing, m => m.Contains("outcome of the conservative care") || m.Contains("no meaningful improvement"));
    }

    [Fact, Trait("criterion", "back_pain.emg"), Trait("criterion", "back_pain.progression"), Trait("criterion", "conservative.progression")]
    public void BackPain_EmgRadiculopathy_Or_WorseningDuringCare_Met()
    {
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), Mri(), F("back_pain"), F("emg_radiculopathy", attrs: ("lumbar", true))), "back_pain").Status);
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), Mri(), F("back_pain"), F("symptom_progression"),
            F("conservative_treatment", attrs: ("modality", "physical_therapy")),
            F("conservative_treatment", attrs: ("modality", "medication"))), "back_pain").Status);
        Assert.Equal(IndicationStatus.Insufficient, Ind(Decide(Request(), Mri(), F("back_pain"), F("symptom_progression")), "back_pain").Status);
        // Conservative treatment* is multimodal: worsening on a lone analgesic, or on PT alone, is not enough.
        Assert.Equal(IndicationStatus.Insufficient, Ind(Decide(Request(), Mri(), F("back_pain"), F("symptom_progression"),
            F("conservative_treatment", attrs: ("modality", "medication"))), "back_pain").Status);
        Assert.Equal(IndicationStatus.Insufficient, Ind(Decide(Request(), Mri(), F("back_pain"), F("symptom_progression"),
            F("conservative_treatment", attrs: ("modality", "physical_therapy"))), "back_pain").Status);
    }

    [Fact, Trait("criterion", "back_pain.pain"), Trait("criterion", "back_pain")]
    public void BackPain_FamilyMembersBackPain_DoesNotCount()
    {
        var d = Decide(Request(), [Mri(), F("back_pain", Assertion.Family), .. FailedConservativeCare()]);
        Assert.Equal(IndicationStatus.Insufficient, Ind(d, "back_pain").Status);
        Assert.Contains(Ind(d, "back_pain").Missing, m => m.Contains("back pain"));
    }

    // ---------- pediatric_back_pain ----------
    [Fact, Trait("criterion", "pediatric_back_pain"), Trait("criterion", "pediatric_back_pain.flag.limp"), Trait("criterion", "pediatric_back_pain.age")]
    public void PediatricBackPain_Met_RedFlagWithoutConservativeCare()
    {
        var d = Decide(Request(specialty: "pediatrics", dob: R.AddYears(-8)), Mri("sedation_unsafe"), F("back_pain"),
            F("pediatric_red_flag", attrs: ("flag", "limp")));
        Assert.Equal(IndicationStatus.Met, Ind(d, "pediatric_back_pain").Status);
        Assert.NotEqual(IndicationStatus.Met, Ind(d, "back_pain").Status);
        Assert.Equal(Outcomes.CriteriaMet, d.Outcome);
    }

    [Fact, Trait("criterion", "pediatric_back_pain.age")]
    public void PediatricBackPain_NarrowMiss_EighteenOnRequestDate()
    {
        var d = Decide(Request(dob: R.AddYears(-18)), Mri(), F("back_pain"), F("pediatric_red_flag", attrs: ("flag", "night_pain")));
        var ind = Ind(d, "pediatric_back_pain");
        Assert.Equal(IndicationStatus.Insufficient, ind.Status);
        Assert.Contains(ind.Missing, m => m.Contains("under 18"));
        var dayBefore = Decide(Request(dob: R.AddYears(-18).AddDays(1)), Mri(), F("back_pain"), F("pediatric_red_flag", attrs: ("flag", "night_pain")));
        Assert.Equal(IndicationStatus.Met, Ind(dayBefore, "pediatric_back_pain").Status);
    }

    [Fact, Trait("criterion", "pediatric_back_pain.red_flag"), Trait("criterion", "pediatric_back_pain.flag.constitutional")]
    public void PediatricBackPain_Negated_RedFlagsDenied()
    {
        var d = Decide(Request(dob: R.AddYears(-12)), Mri(), F("back_pain"),
            F("pediatric_red_flag", Assertion.Absent, attrs: ("flag", "constitutional_symptoms")),
            F("pediatric_red_flag", Assertion.Absent, attrs: ("flag", "night_pain")));
        var ind = Ind(d, "pediatric_back_pain");
        Assert.Equal(IndicationStatus.Insufficient, ind.Status);
        Assert.Contains(ind.Missing, m => m.Contains("pediatric red flag"));
    }

    [Fact, Trait("criterion", "pediatric_back_pain.flag.age_5")]
    public void PediatricBackPain_AgeFiveOrYounger_IsItselfARedFlag()
    {
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(dob: R.AddYears(-5).AddMonths(-6)), Mri(), F("back_pain")), "pediatric_back_pain").Status);
        Assert.NotEqual(IndicationStatus.Met, Ind(Decide(Request(dob: R.AddYears(-6)), Mri(), F("back_pain")), "pediatric_back_pain").Status);
    }

    // ---------- surgical ----------
    [Fact, Trait("criterion", "surgical"), Trait("criterion", "surgical.surgeon"), Trait("criterion", "surgical.preop")]
    public void Surgical_Met_SurgeonPlanningNeedsNoMriContraindication()
    {
        var d = Decide(Request(specialty: "Orthopaedic Spine Surgery"), F("planned_surgery", attrs: ("procedure", "L4-5 fusion")));
        Assert.Equal(IndicationStatus.Met, Ind(d, "surgical").Status);
        Assert.Equal("surgeon", d.UnderstoodSpecialty);
        Assert.Equal(Outcomes.CriteriaMet, d.Outcome);
    }

    [Fact, Trait("criterion", "surgical.mri_or_surgeon"), Trait("criterion", "surgical.preop")]
    public void Surgical_NarrowMiss_PlanningByNonSurgeonWithoutMriFact()
    {
        var ind = Ind(Decide(Request(specialty: "internal medicine"), F("planned_surgery")), "surgical");
        Assert.Equal(IndicationStatus.Insufficient, ind.Status);
        Assert.Contains(ind.Missing, m => m.Contains("neurosurgeon or orthopedic surgeon"));
    }

    [Fact, Trait("criterion", "surgical.preop"), Trait("criterion", "fracture.planned")]
    public void Surgical_PlanningAtAThoracicLevel_IsNotLumbarPlanning()
    {
        // 'IR referral to discuss T9 kyphoplasty' plans a thoracic procedure: a lumbar CT is not its planning study
        var t9 = Decide(Request(specialty: "neurosurgery"), Mri(), F("planned_surgery", attrs: ("procedure", "other")) with { Level = "T9" });
        Assert.NotEqual(IndicationStatus.Met, Ind(t9, "surgical").Status);
        static IEnumerable<TraceNode> All(TraceNode t) => t.Children.SelectMany(All).Prepend(t);
        Assert.Contains(All(Ind(t9, "surgical").Trace!), t => t.Note?.Contains("level T9 is not lumbar") == true);
        // a lumbar or thoracolumbar level, or none stated, is still lumbar planning
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(specialty: "neurosurgery"), F("planned_surgery") with { Level = "L4-L5" }), "surgical").Status);
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(specialty: "neurosurgery"), F("planned_surgery") with { Level = "T11-L1" }), "surgical").Status);
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(specialty: "neurosurgery"), F("planned_surgery")), "surgical").Status);
    }

    [Fact, Trait("criterion", "surgical.preop")]
    public void Surgical_Negated_SurgeryOnlyHypothetical()
    {
        var ind = Ind(Decide(Request(specialty: "neurological surgery"), F("planned_surgery", Assertion.Hypothetical)), "surgical");
        Assert.Equal(IndicationStatus.NotMet, ind.Status);
    }

    [Fact, Trait("criterion", "surgical.pseudoarthrosis"), Trait("criterion", "surgical.pseudoarthrosis.six_months"), Trait("criterion", "surgical.follow_up")]
    public void Contradiction_PostOpCtAtThreeMonths_TooEarlyForPseudoarthrosis()
    {
        var early = Decide(Request(specialty: "neurosurgery"), F("prior_lumbar_surgery", date: R.AddMonths(-3), attrs: ("fusion", true)),
            F("pseudoarthrosis", Assertion.Present), F("postop_xray"), F("postop_symptoms"));
        var ind = Ind(early, "surgical");
        Assert.Equal(IndicationStatus.Insufficient, ind.Status);
        Assert.Contains(ind.Missing, m => m.Contains("not be done before 6 months after surgery"));
        Assert.Equal(Outcomes.ReferToReviewer, early.Outcome);

        var late = Decide(Request(specialty: "neurosurgery"), F("prior_lumbar_surgery", date: R.AddMonths(-7)), F("pseudoarthrosis"), F("postop_xray"));
        Assert.Equal(IndicationStatus.Met, Ind(late, "surgical").Status);
    }

    [Fact, Trait("criterion", "surgical.postop_deficit"), Trait("criterion", "neuro.foot_drop")]
    public void Surgical_NewFootDropAfterFusion_SurgeonOrdered_Met()
    {
        var d = Decide(Request(specialty: "neurosurgery"), F("prior_lumbar_surgery", date: R.AddDays(-14)),
            F("foot_drop", laterality: "left", attrs: ("new", true)), F("peroneal_nerve_injury", Assertion.Absent));
        Assert.Equal(IndicationStatus.Met, Ind(d, "surgical").Status);
        Assert.NotEqual(IndicationStatus.Met, Ind(d, "neuro_deficit").Status);
    }

    [Fact, Trait("criterion", "surgical.postop_deficit")]
    public void Surgical_PostopDeficit_MustBeDatedAfterTheOperation()
    {
        // the pre-operative weakness of the operative note (same date as the surgery) is not a post-operative deficit
        var surgery = F("prior_lumbar_surgery", date: R.AddMonths(-2));
        var preop = Decide(Request(specialty: "orthopedic surgery"), surgery, F("muscle_weakness", date: R.AddMonths(-2), attrs: ("new", true)));
        Assert.NotEqual(IndicationStatus.Met, Ind(preop, "surgical").Status);
        Assert.Contains(Ind(preop, "surgical").Missing, m => m.Contains("after the operation"));
        var postop = Decide(Request(specialty: "orthopedic surgery"), surgery, F("muscle_weakness", date: R.AddDays(-5), attrs: ("new", true)));
        Assert.Equal(IndicationStatus.Met, Ind(postop, "surgical").Status);
    }

    [Fact, Trait("criterion", "surgical.follow_up")]
    public void Surgical_FollowUp_IncisionalSorenessIsNoReason_NewLegPainIs()
    {
        var surgery = F("prior_lumbar_surgery", date: R.AddMonths(-2));
        Assert.NotEqual(IndicationStatus.Met, Ind(Decide(Request(specialty: "neurosurgery"), surgery, F("postop_symptoms", attrs: ("site", "incision"))), "surgical").Status);
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(specialty: "neurosurgery"), surgery, F("postop_symptoms")), "surgical").Status);
    }

    [Fact, Trait("criterion", "neuro.weakness"), Trait("criterion", "neuro.reflexes"), Trait("criterion", "spondylolysis.adult")]
    public void Deficits_AndInstability_AtCervicalLevels_AreNotLumbar()
    {
        var c6 = Decide(Request(), Mri(), F("muscle_weakness", attrs: ("new", true)) with { Level = "C6" });
        Assert.NotEqual(IndicationStatus.Met, Ind(c6, "neuro_deficit").Status);
        static IEnumerable<TraceNode> All(TraceNode t) => t.Children.SelectMany(All).Prepend(t);
        Assert.Contains(All(Ind(c6, "neuro_deficit").Trace!), t => t.Note?.Contains("level C6 is not lumbar") == true);
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), Mri(), F("muscle_weakness", attrs: ("new", true)) with { Level = "L5" }), "neuro_deficit").Status);
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), Mri(), F("muscle_weakness", attrs: ("new", true)) with { Level = "T12-L1" }), "neuro_deficit").Status);
        Assert.NotEqual(IndicationStatus.Met, Ind(Decide(Request(), Mri(), F("abnormal_reflexes", attrs: [("new", true), ("reflex", "brachioradialis"), ("pattern", "decreased")])), "neuro_deficit").Status);
        Assert.NotEqual(IndicationStatus.Met, Ind(Decide(Request(), Mri(), F("dermatomal_sensory_loss", attrs: [("new", true), ("dermatome", "C6")])), "neuro_deficit").Status);
        Assert.NotEqual(IndicationStatus.Met, Ind(Decide(Request(), F("spondylolisthesis", attrs: ("instability", true)) with { Level = "C4-C5" }), "spondylolysis").Status);
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), F("spondylolisthesis", attrs: ("instability", true)) with { Level = "L4-L5" }), "spondylolysis").Status);
    }

    [Fact, Trait("criterion", "surgical.follow_up"), Trait("criterion", "surgical.discogram"), Trait("criterion", "surgical.csf_leak")]
    public void Surgical_FollowUpNeedsSymptoms_DiscogramAndCsfLeak()
    {
        Assert.NotEqual(IndicationStatus.Met, Ind(Decide(Request(specialty: "neurosurgery"), F("prior_lumbar_surgery", date: R.AddMonths(-2))), "surgical").Status);
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(specialty: "neurosurgery"), F("prior_lumbar_surgery", date: R.AddMonths(-2)), F("postop_symptoms")), "surgical").Status);
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(specialty: "neurosurgery", procedure: "ct_discogram")), "surgical").Status);
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(specialty: "pain management"), Mri(), F("csf_leak_suspected")), "surgical").Status);
    }

    // ---------- trauma ----------
    [Fact, Trait("criterion", "trauma"), Trait("criterion", "trauma.deficit"), Trait("criterion", "trauma.injury")]
    public void Trauma_Met_RecentInjuryWithDeficit_NoMriNeeded()
    {
        var d = Decide(Request(specialty: "emergency medicine"), F("trauma", date: R.AddDays(-3)), F("muscle_weakness", date: R.AddDays(-3)));
        Assert.Equal(IndicationStatus.Met, Ind(d, "trauma").Status);
        Assert.Equal(Outcomes.CriteriaMet, d.Outcome);
    }

    [Fact, Trait("criterion", "trauma.injury")]
    public void Trauma_NarrowMiss_InjuryFiveMonthsAgo()
    {
        var ind = Ind(Decide(Request(), F("trauma", date: R.AddMonths(-5)), F("muscle_weakness")), "trauma");
        Assert.Equal(IndicationStatus.Insufficient, ind.Status);
        Assert.Contains(ind.Missing, m => m.Contains("injury"));
    }

    [Fact, Trait("criterion", "trauma.injury"), Trait("criterion", "trauma.unevaluable_or_imaging")]
    public void Trauma_Negated_NoInjury()
    {
        var ind = Ind(Decide(Request(), F("trauma", Assertion.Absent), F("prior_imaging", attrs: [("modality", "xray"), ("result", "inconclusive")])), "trauma");
        Assert.Equal(IndicationStatus.Insufficient, ind.Status);
        Assert.True(Node(ind, "trauma.preliminary_imaging").Value);
    }

    [Fact, Trait("criterion", "trauma.injury")]
    public void Trauma_AFallTheNoteSaysCausedNoInjury_OpensNoTraumaPathway()
    {
        // 'Two falls in October, both backwards when turning, no injury': the fall happened, but injured false
        var followUp = F("prior_imaging", attrs: [("modality", "xray"), ("result", "abnormal"), ("needsFollowUp", true)]);
        var harmless = Ind(Decide(Request(), F("trauma", attrs: [("mechanism", "fall"), ("injured", false)]), followUp), "trauma");
        Assert.NotEqual(IndicationStatus.Met, harmless.Status);
        Assert.False(Node(harmless, "trauma.injury").Value);
        // a fall with no word on injury still counts
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), F("trauma", attrs: ("mechanism", "fall")), followUp), "trauma").Status);
    }

    [Fact, Trait("criterion", "trauma")]
    public void Trauma_AbnormalXrayAlone_NeedsNoFurtherEvaluation_FollowUpRecommendedDoes()
    {
        var injury = F("trauma", attrs: ("mechanism", "sports"));
        var abnormal = Ind(Decide(Request(), injury, F("prior_imaging", attrs: [("modality", "xray"), ("result", "abnormal")])), "trauma");
        Assert.False(Node(abnormal, "trauma.preliminary_imaging").Value);
        Assert.NotEqual(IndicationStatus.Met, abnormal.Status);
        var followUp = Ind(Decide(Request(), injury, F("prior_imaging", attrs: [("modality", "xray"), ("result", "abnormal"), ("needsFollowUp", true)])), "trauma");
        Assert.Equal(IndicationStatus.Met, followUp.Status);
    }

    // ---------- fracture ----------
    [Fact, Trait("criterion", "fracture"), Trait("criterion", "fracture.union")]
    public void Fracture_Met_DelayedHealing()
    {
        var d = Decide(Request(), F("fracture", attrs: [("fractureType", "compression"), ("delayedHealing", true)]));
        Assert.Equal(IndicationStatus.Met, Ind(d, "fracture").Status);
    }

    [Fact, Trait("criterion", "fracture.malignancy")]
    public void Fracture_NarrowMiss_MalignancyButMriPossible()
    {
        var ind = Ind(Decide(Request(), F("fracture", attrs: ("fractureType", "compression")), F("malignancy", attrs: ("cancerType", "breast"))), "fracture");
        Assert.Equal(IndicationStatus.Insufficient, ind.Status);
        Assert.Contains(ind.Missing, m => m.Contains("MRI cannot be done"));
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), Mri(), F("fracture"), F("malignancy")), "fracture").Status);
    }

    [Fact, Trait("criterion", "fracture.known")]
    public void Fracture_Negated_NoFracture()
    {
        var ind = Ind(Decide(Request(), F("fracture", Assertion.Absent), F("planned_surgery")), "fracture");
        Assert.Equal(IndicationStatus.Insufficient, ind.Status);
        Assert.Contains(ind.Missing, m => m.Contains("fracture"));
    }

    [Fact, Trait("criterion", "fracture.known")]
    public void Fracture_Negated_LaterNameOfAFractureTheCtCallsChronic()
    {
        // the CT reads the L2 compression deformity as chronic and healed; a later note's 'L2 compression fracture' without
        // an age is the same old fracture, not a known new one (unlessToldOld)
        var ct = F("fracture", date: R.AddDays(-50), attrs: [("fractureType", "compression"), ("new", false)]) with { Level = "L2" };
        var later = F("fracture", date: R.AddDays(-3), attrs: ("fractureType", "compression")) with { Level = "L2" };
        Assert.Equal(IndicationStatus.Insufficient, Ind(Decide(Request(), ct, later, F("planned_surgery")), "fracture").Status);
    }

    [Fact, Trait("criterion", "fracture.known")]
    public void Fracture_Met_NewFractureAtAnotherLevelThanTheChronicOne()
    {
        // an old healed L2 deformity does not make an L4 fracture, or one the note calls acute, old
        var ct = F("fracture", date: R.AddDays(-50), attrs: [("fractureType", "compression"), ("new", false)]) with { Level = "L2" };
        var other = F("fracture", date: R.AddDays(-3), attrs: ("fractureType", "compression")) with { Level = "L4" };
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), ct, other, F("planned_surgery")), "fracture").Status);
        var acute = F("fracture", date: R.AddDays(-3), attrs: [("fractureType", "compression"), ("new", true)]) with { Level = "L2" };
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), ct, acute, F("planned_surgery")), "fracture").Status);
    }

    // ---------- ct_myelogram ----------
    [Fact, Trait("criterion", "ct_myelogram"), Trait("criterion", "ct_myelogram.unexplained"), Trait("criterion", "ct_myelogram.surgeon")]
    public void CtMyelogram_Met_SurgeonWithUnexplainedSymptoms()
    {
        var d = Decide(Request(specialty: "neurosurgery", procedure: "ct_myelogram"), F("symptoms_unexplained_by_mri"));
        Assert.Equal(IndicationStatus.Met, Ind(d, "ct_myelogram").Status);
    }

    [Fact, Trait("criterion", "ct_myelogram.procedure")]
    public void CtMyelogram_NarrowMiss_PlainCtRequested()
    {
        var ind = Ind(Decide(Request(specialty: "neurosurgery"), F("symptoms_unexplained_by_mri")), "ct_myelogram");
        Assert.Equal(IndicationStatus.Insufficient, ind.Status);
        Assert.Contains(ind.Missing, m => m.Contains("CT myelogram"));
    }

    [Fact, Trait("criterion", "ct_myelogram.csf_leak")]
    public void CtMyelogram_Negated_CsfLeakRuledOut()
    {
        var ind = Ind(Decide(Request(procedure: "ct_myelogram"), Mri(), F("csf_leak_suspected", Assertion.Absent)), "ct_myelogram");
        Assert.Equal(IndicationStatus.Insufficient, ind.Status);
    }

    // ---------- spondylolysis ----------
    [Fact, Trait("criterion", "spondylolysis"), Trait("criterion", "spondylolysis.adult")]
    public void Spondylolysis_Met_AdultInstability()
    {
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), F("spondylolisthesis", attrs: ("instability", true))), "spondylolysis").Status);
    }

    [Fact, Trait("criterion", "spondylolysis.adult.instability")]
    public void Spondylolysis_NarrowMiss_StableOnFlexionExtension()
    {
        var ind = Ind(Decide(Request(), F("spondylolisthesis", attrs: ("instability", false))), "spondylolysis");
        Assert.NotEqual(IndicationStatus.Met, ind.Status);
        Assert.Contains(ind.Missing, m => m.Contains("instability"));
    }

    [Fact, Trait("criterion", "spondylolysis.adult.instability")]
    public void Spondylolysis_ALettersInstabilityClaim_LosesToTheReportThatReadsNoInstability()
    {
        // the letter says the flexion-extension films show instability; the radiology report of those films says none
        var claim = F("spondylolisthesis", attrs: ("instability", true)) with { Level = "L4-5", NoteKind = NoteKind.Letter };
        var reportNo = F("spondylolisthesis", Assertion.Absent, date: R.AddDays(-20), attrs: ("instability", true)) with { NoteKind = NoteKind.ImagingReport };
        var d = Decide(Request(specialty: "orthopedic surgery"), claim, reportNo);
        Assert.NotEqual(IndicationStatus.Met, Ind(d, "spondylolysis").Status);
        Assert.Contains("imaging report", Node(Ind(d, "spondylolysis"), "spondylolysis.adult.instability").Note);

        // a report stating the slip stable (instability false) denies it too
        var reportStable = F("spondylolisthesis", date: R.AddDays(-20), attrs: ("instability", false)) with { NoteKind = NoteKind.ImagingReport };
        Assert.NotEqual(IndicationStatus.Met, Ind(Decide(Request(), claim, reportStable), "spondylolysis").Status);

        // the claim alone, a report of another level, or a report that reads instability too: the claim counts
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), claim), "spondylolysis").Status);
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), claim, reportNo with { Level = "L2-3" }), "spondylolysis").Status);
        var reportYes = F("spondylolisthesis", date: R.AddDays(-10), attrs: ("instability", true)) with { NoteKind = NoteKind.ImagingReport };
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), claim, reportNo, reportYes), "spondylolysis").Status);
        // the report's own instability is never overruled by itself
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), reportYes), "spondylolysis").Status);
    }

    [Fact, Trait("criterion", "spondylolysis.pediatric")]
    public void Spondylolysis_Pediatric_MetWithSurgeonPreference_NegatedNot()
    {
        var kid = Request(specialty: "pediatrics", dob: R.AddYears(-14));
        Assert.Equal(IndicationStatus.Met, Ind(Decide(kid, F("spondylolysis", attrs: ("seenOnPlainFilms", false)), F("ct_preferred", attrs: ("by", "surgeon"))), "spondylolysis").Status);
        Assert.NotEqual(IndicationStatus.Met, Ind(Decide(kid, F("spondylolysis", Assertion.Absent), F("ct_preferred", attrs: ("by", "surgeon"))), "spondylolysis").Status);
        Assert.NotEqual(IndicationStatus.Met, Ind(Decide(kid, F("spondylolysis", attrs: ("seenOnPlainFilms", true)), Mri()), "spondylolysis").Status);
    }

    // ---------- tumor ----------
    [Fact, Trait("criterion", "tumor"), Trait("criterion", "tumor.active_treatment")]
    public void Tumor_Met_ActiveCancerTreatmentWithinYear()
    {
        var d = Decide(Request(specialty: "oncology"), F("malignancy", date: R.AddMonths(-2), attrs: [("active", true), ("cancerType", "lymphoma")]));
        Assert.Equal(IndicationStatus.Met, Ind(d, "tumor").Status);
        Assert.Equal("oncology", d.UnderstoodSpecialty);
    }

    [Fact, Trait("criterion", "tumor.active_treatment")]
    public void Tumor_NarrowMiss_TreatmentMoreThanAYearAgo()
    {
        var ind = Ind(Decide(Request(), F("malignancy", date: R.AddMonths(-14), attrs: ("active", true))), "tumor");
        Assert.NotEqual(IndicationStatus.Met, ind.Status);
    }

    [Fact, Trait("criterion", "tumor.malignancy_new_signs")]
    public void Tumor_Family_MothersBreastCancer_DoesNotCount_OwnDoes()
    {
        var pain = F("back_pain", attrs: ("new", true));
        Assert.NotEqual(IndicationStatus.Met, Ind(Decide(Request(), F("malignancy", Assertion.Family, attrs: ("spreadsToSpine", true)), pain), "tumor").Status);
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), F("malignancy", attrs: ("spreadsToSpine", true)), pain), "tumor").Status);
    }

    [Fact, Trait("criterion", "tumor.malignancy_new_signs")]
    public void Tumor_NewPainAfterAFall_IsTraumatic_NotANewSignOfTheCancer()
    {
        // "new or increasing nontraumatic pain": a prostate cancer in remission and new pain after a ladder fall
        var survivor = F("malignancy", attrs: [("spreadsToSpine", true), ("active", false), ("cancerType", "prostate")]);
        var pain = F("back_pain", date: R.AddDays(-1), attrs: ("new", true));
        var fall = F("trauma", date: R.AddDays(-1), attrs: ("mechanism", "fall"));
        var d = Decide(Request(), survivor, pain, fall);
        Assert.NotEqual(IndicationStatus.Met, Ind(d, "tumor").Status);
        Assert.False(Node(Ind(d, "tumor"), "tumor.malignancy_new_signs.signs.new_pain").Value);
        // without the injury, or with an injury long before, the new pain is a new sign
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), survivor, pain), "tumor").Status);
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), survivor, pain, fall with { Date = R.AddYears(-3) }), "tumor").Status);
        // a denied injury ("no fall") leaves it nontraumatic
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), survivor, pain, F("trauma", Assertion.Absent)), "tumor").Status);
    }

    [Fact, Trait("criterion", "tumor.malignancy_new_signs")]
    public void Tumor_NightPainOrRadiculopathy_CountWithActiveCancer_NotWithOneInRemission()
    {
        // the guideline ties radiculopathy and night pain to "known active cancer"; a chronic sciatica in a survivor is no new sign
        var remission = F("malignancy", attrs: [("spreadsToSpine", true), ("active", false)]);
        var active = F("malignancy", attrs: [("spreadsToSpine", true), ("active", true)]);
        foreach (var symptom in new[] { F("radicular_pain"), F("back_pain", attrs: ("nocturnal", true)) })
        {
            Assert.NotEqual(IndicationStatus.Met, Ind(Decide(Request(), remission, symptom), "tumor").Status);
            Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), active, symptom), "tumor").Status);
        }
    }

    [Fact, Trait("criterion", "tumor.primary_deficit")]
    public void Tumor_NewDeficit_CountsWithASpineSeekingOrActiveCancer_NotWithAnExcisedSkinCancer()
    {
        var deficit = F("foot_drop", attrs: ("new", true));
        Assert.NotEqual(IndicationStatus.Met, Ind(Decide(Request(), F("malignancy", attrs: ("cancerType", "other")), deficit), "tumor").Status);
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), F("malignancy", attrs: [("cancerType", "lung"), ("spreadsToSpine", true)]), deficit), "tumor").Status);
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), F("spinal_tumor"), deficit), "tumor").Status);
    }

    [Fact, Trait("criterion", "tumor.metastasis_imaging"), Trait("criterion", "tumor.staging_set")]
    public void Tumor_MetastasisOnBoneScan_And_StagingSetOfFive()
    {
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), F("metastasis", attrs: ("onBoneScan", true))), "tumor").Status);
        var staging = Request(other: ["71260", "74177", "72128", "72125"]);
        Assert.Equal(IndicationStatus.Met, Ind(Decide(staging, F("malignancy", attrs: ("active", true))), "tumor").Status);
        var tooMany = Request(other: ["71260", "74177", "72128", "72125", "70551"]);
        Assert.Equal(IndicationStatus.Met, Ind(Decide(tooMany, F("malignancy", attrs: ("active", true))), "tumor").Status); // active treatment bullet still applies
        Assert.False(Node(Ind(Decide(tooMany, F("malignancy", attrs: ("active", true))), "tumor"), "tumor.staging_set.count").Value);
    }

    // ---------- indeterminate_finding ----------
    [Fact, Trait("criterion", "indeterminate_finding"), Trait("criterion", "indeterminate_finding.ct_preferred")]
    public void Indeterminate_Met_RadiologistRecommendsCt()
    {
        var d = Decide(Request(), F("prior_imaging", date: R.AddMonths(-4), attrs: [("modality", "mri"), ("region", "lumbar"), ("result", "indeterminate")]),
            F("ct_preferred", attrs: ("by", "radiologist")));
        Assert.Equal(IndicationStatus.Met, Ind(d, "indeterminate_finding").Status);
        Assert.Equal(Outcomes.CriteriaMet, d.Outcome);
    }

    [Fact, Trait("criterion", "indeterminate_finding.mri_or_ct_preferred")]
    public void Indeterminate_NarrowMiss_PatientPrefersCt()
    {
        var ind = Ind(Decide(Request(), F("indeterminate_imaging_finding"), F("ct_preferred", attrs: ("by", "patient"))), "indeterminate_finding");
        Assert.Equal(IndicationStatus.Insufficient, ind.Status);
        Assert.Contains(ind.Missing, m => m.Contains("CT is preferred"));
    }

    [Fact, Trait("criterion", "indeterminate_finding.finding"), Trait("criterion", "trauma.preliminary_imaging")]
    public void Indeterminate_AtAThoracicLevel_IsNotALumbarQuestion()
    {
        // 'T9 compression fracture, age indeterminate' on a T/L-spine x-ray is a thoracic question, not what a lumbar CT answers
        var t9 = Decide(Request(), Mri(), F("indeterminate_imaging_finding") with { Level = "T9" });
        Assert.NotEqual(IndicationStatus.Met, Ind(t9, "indeterminate_finding").Status);
        static IEnumerable<TraceNode> All(TraceNode t) => t.Children.SelectMany(All).Prepend(t);
        Assert.Contains(All(Ind(t9, "indeterminate_finding").Trace!), t => t.Note?.Contains("level T9 is not lumbar") == true);
        // a lumbar, thoracolumbar or unstated level still is
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), Mri(), F("indeterminate_imaging_finding") with { Level = "L1" }), "indeterminate_finding").Status);
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), Mri(), F("indeterminate_imaging_finding") with { Level = "T12" }), "indeterminate_finding").Status);
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), Mri(), F("indeterminate_imaging_finding")), "indeterminate_finding").Status);
    }

    [Fact, Trait("criterion", "indeterminate_finding.finding")]
    public void Indeterminate_Negated_NoIndeterminateFinding()
    {
        var ind = Ind(Decide(Request(), Mri(), F("indeterminate_imaging_finding", Assertion.Absent)), "indeterminate_finding");
        Assert.Equal(IndicationStatus.Insufficient, ind.Status);
    }

    // ---------- infection_inflammatory ----------
    // A suspected spondyloarthropathy ('known or suspected ... inflammatory disease') counts when an x-ray read
    // indeterminate and a rheumatology work-up with raised ESR/CRP both carry it; a normal film or no labs does not.
    [Fact, Trait("criterion", "infection_inflammatory.spondyloarthropathy_suspected")]
    public void Spondyloarthropathy_Met_SuspectedWithIndeterminateSiFilmsAndRaisedEsr()
    {
        var d = Decide(Request(specialty: "rheumatology"), Mri(), F("spinal_abnormality_underlying", Assertion.Possible, attrs: ("condition", "spondyloarthropathy")),
            F("prior_imaging", attrs: [("modality", "xray"), ("region", "other"), ("result", "indeterminate")]), F("abnormal_inflammatory_labs", attrs: [("test", "esr"), ("value", 38.0)]));
        Assert.Equal(IndicationStatus.Met, Ind(d, "infection_inflammatory").Status);
    }

    [Fact, Trait("criterion", "infection_inflammatory.spondyloarthropathy_suspected")]
    public void Spondyloarthropathy_NarrowMiss_SuspectedWithNormalFilmsOrNoLabs()
    {
        Finding suspected = F("spinal_abnormality_underlying", Assertion.Possible, attrs: ("condition", "spondyloarthropathy"));
        var normalFilm = Ind(Decide(Request(), Mri(), suspected, F("prior_imaging", attrs: [("modality", "xray"), ("region", "lumbar"), ("result", "normal")]),
            F("abnormal_inflammatory_labs", attrs: [("test", "crp"), ("value", 2.6)])), "infection_inflammatory");
        Assert.NotEqual(IndicationStatus.Met, normalFilm.Status);
        var noLabs = Ind(Decide(Request(), Mri(), suspected, F("prior_imaging", attrs: [("modality", "xray"), ("region", "other"), ("result", "indeterminate")]),
            F("abnormal_inflammatory_labs", Assertion.Absent)), "infection_inflammatory");
        Assert.NotEqual(IndicationStatus.Met, noLabs.Status);
    }

    [Fact, Trait("criterion", "infection_inflammatory"), Trait("criterion", "infection_inflammatory.evidenced")]
    public void Infection_Met_DiscitisWithRaisedCrp()
    {
        var d = Decide(Request(specialty: "infectious disease"), Mri("neurostimulator"), F("infection", attrs: ("kind", "discitis")), F("abnormal_inflammatory_labs", attrs: [("test", "crp"), ("value", 88.0)]));
        Assert.Equal(IndicationStatus.Met, Ind(d, "infection_inflammatory").Status);
    }

    [Fact, Trait("criterion", "infection_inflammatory.mri")]
    public void Infection_NarrowMiss_MriPossible()
    {
        var ind = Ind(Decide(Request(), F("infection"), F("abnormal_inflammatory_labs")), "infection_inflammatory");
        Assert.Equal(IndicationStatus.Insufficient, ind.Status);
        Assert.Contains(ind.Missing, m => m.Contains("MRI cannot be done"));
    }

    [Fact, Trait("criterion", "infection_inflammatory.infection")]
    public void Infection_Negated_RuleOutOnly()
    {
        // a rule-out with nothing abnormal behind it: symptoms alone do not carry a suspected infection
        var ind = Ind(Decide(Request(), Mri(), F("infection", Assertion.Possible, attrs: ("kind", "discitis")), F("back_pain"), F("abnormal_inflammatory_labs", Assertion.Absent)), "infection_inflammatory");
        Assert.Equal(IndicationStatus.Insufficient, ind.Status);
        Assert.Contains(ind.Missing, m => m.Contains("spinal infection"));
    }

    // The guideline names suspected infection "as evidenced by ... laboratory ... or prior imaging findings":
    // a suspected (possible) spinal infection counts when present abnormal labs or imaging carry it.
    [Fact, Trait("criterion", "infection_inflammatory.suspected")]
    public void Infection_Met_SuspectedWithRaisedLabs()
    {
        var d = Decide(Request(), Mri(), F("infection", Assertion.Possible, attrs: ("kind", "discitis")), F("abnormal_inflammatory_labs", attrs: [("test", "esr"), ("value", 76.0)]));
        Assert.Equal(IndicationStatus.Met, Ind(d, "infection_inflammatory").Status);
        Assert.Equal(Outcomes.CriteriaMet, d.Outcome);
    }

    [Fact, Trait("criterion", "infection_inflammatory.suspected")]
    public void Infection_Met_SuspectedWithAbnormalFilms()
    {
        var d = Decide(Request(), Mri(), F("infection", Assertion.Possible, attrs: ("kind", "osteomyelitis")), F("prior_imaging", attrs: [("modality", "xray"), ("region", "lumbar"), ("result", "abnormal")]));
        Assert.Equal(IndicationStatus.Met, Ind(d, "infection_inflammatory").Status);
    }

    [Fact, Trait("criterion", "infection_inflammatory.suspected")]
    public void Infection_NarrowMiss_SuspectedLabsOlderThanThreeMonths()
    {
        var ind = Ind(Decide(Request(), Mri(), F("infection", Assertion.Possible, attrs: ("kind", "discitis")), F("abnormal_inflammatory_labs", date: R.AddMonths(-5))), "infection_inflammatory");
        Assert.Equal(IndicationStatus.Insufficient, ind.Status);
    }

    [Fact, Trait("criterion", "infection_inflammatory.suspected")]
    public void Infection_Negated_SuspicionJudgedUnlikely()
    {
        // 'low pretest probability of vertebral osteomyelitis', 'abscess less likely': raised labs do not make it suspected
        var ind = Ind(Decide(Request(), Mri(), F("infection", Assertion.Possible, attrs: [("kind", "osteomyelitis"), ("unlikely", true)]), F("abnormal_inflammatory_labs")), "infection_inflammatory");
        Assert.Equal(IndicationStatus.Insufficient, ind.Status);
    }

    [Fact, Trait("criterion", "infection_inflammatory.suspected")]
    public void Infection_Negated_SuspectedUrinaryInfectionIsNotSpinal()
    {
        var ind = Ind(Decide(Request(), Mri(), F("infection", Assertion.Possible, attrs: ("kind", "other")), F("abnormal_inflammatory_labs")), "infection_inflammatory");
        Assert.Equal(IndicationStatus.Insufficient, ind.Status);
    }

    [Fact, Trait("criterion", "infection_inflammatory.suspected")]
    public void Infection_Negated_SuspicionLaterRuledOut()
    {
        // a suspected osteomyelitis that a later biopsy or note reads absent ('NEGATIVE for osteomyelitis') no longer stands
        var ind = Ind(Decide(Request(), Mri(), F("infection", Assertion.Possible, date: R.AddDays(-30), attrs: ("kind", "osteomyelitis")),
            F("abnormal_inflammatory_labs", date: R.AddDays(-30)), F("infection", Assertion.Absent, date: R.AddDays(-10), attrs: ("kind", "osteomyelitis"))), "infection_inflammatory");
        Assert.Equal(IndicationStatus.Insufficient, ind.Status);
    }

    [Fact, Trait("criterion", "infection_inflammatory.suspected")]
    public void Infection_Met_SuspicionStandsBesideAnotherKindAbsent()
    {
        // 'no cellulitis' (kind other) does not answer a suspected discitis
        var d = Decide(Request(), Mri(), F("infection", Assertion.Possible, date: R.AddDays(-30), attrs: ("kind", "discitis")),
            F("abnormal_inflammatory_labs", date: R.AddDays(-30)), F("infection", Assertion.Absent, date: R.AddDays(-10), attrs: ("kind", "other")));
        Assert.Equal(IndicationStatus.Met, Ind(d, "infection_inflammatory").Status);
    }

    // ---------- immune_suppression ----------
    [Fact, Trait("criterion", "immune_suppression"), Trait("criterion", "immune_suppression.evidence")]
    public void ImmuneSuppression_Met()
    {
        var d = Decide(Request(), Mri(), F("immune_suppression", attrs: ("cause", "chemotherapy")), F("back_pain"));
        Assert.Equal(IndicationStatus.Met, Ind(d, "immune_suppression").Status);
    }

    [Fact, Trait("criterion", "immune_suppression.evidence")]
    public void ImmuneSuppression_NarrowMiss_NoSpinalSignsRecently()
    {
        var ind = Ind(Decide(Request(), Mri(), F("immune_suppression"), F("back_pain", date: R.AddMonths(-7))), "immune_suppression");
        Assert.Equal(IndicationStatus.Insufficient, ind.Status);
    }

    [Fact, Trait("criterion", "immune_suppression.state")]
    public void ImmuneSuppression_Negated()
    {
        var ind = Ind(Decide(Request(), Mri(), F("immune_suppression", Assertion.Absent), F("back_pain")), "immune_suppression");
        Assert.Equal(IndicationStatus.Insufficient, ind.Status);
        Assert.Contains(ind.Missing, m => m.Contains("immune suppression"));
    }

    // ---------- other_mri_contraindicated ----------
    [Fact, Trait("criterion", "other_mri_contraindicated"), Trait("criterion", "other.tethered_cord")]
    public void Other_Met_TetheredCord()
    {
        var d = Decide(Request(specialty: "pediatric neurosurgery", dob: R.AddYears(-7)), Mri("sedation_unsafe"), F("tethered_cord"));
        Assert.Equal(IndicationStatus.Met, Ind(d, "other_mri_contraindicated").Status);
        Assert.Equal("surgeon", d.UnderstoodSpecialty);
    }

    [Fact, Trait("criterion", "other.neuroinflammatory"), Trait("criterion", "other.tethered_cord")]
    public void Missing_NamesTheNearestBranchInAWholePhrase()
    {
        // a deficit on exam is the basis of a suspected dysraphism, so that branch is the nearest: its want reads whole
        var d = Decide(Request(specialty: "neurology"), Mri(), F("muscle_weakness", attrs: ("new", true)),
            F("neuroinflammatory_disease", Assertion.Possible));
        var ind = Ind(d, "other_mri_contraindicated");
        Assert.NotEqual(IndicationStatus.Met, ind.Status);
        Assert.NotEmpty(ind.Missing);
        Assert.All(ind.Missing, m => Assert.DoesNotMatch(@"^document: (?:or|and)\b", m));
    }

    [Fact, Trait("criterion", "other.sacral_dimple"), Trait("criterion", "other.sacral_dimple.over_3_months")]
    public void Contradiction_TwoMonthOldWithSacralDimple_UltrasoundNotCt()
    {
        var d = Decide(Request(specialty: "pediatrics", dob: R.AddMonths(-2)), Mri("sedation_unsafe"), F("sacral_dimple", attrs: ("suspicious", true)));
        var ind = Ind(d, "other_mri_contraindicated");
        Assert.Equal(IndicationStatus.NotMet, ind.Status);
        Assert.Contains(ind.Missing, m => m.Contains("ultrasound"));
        Assert.Equal(Outcomes.ReferToReviewer, d.Outcome);

        var sixMonths = Decide(Request(specialty: "pediatrics", dob: R.AddMonths(-6)), Mri("sedation_unsafe"), F("sacral_dimple", attrs: ("suspicious", true)));
        Assert.Equal(IndicationStatus.Met, Ind(sixMonths, "other_mri_contraindicated").Status);
    }

    [Fact, Trait("criterion", "other_mri_contraindicated.not_infant_dimple"), Trait("criterion", "other.tethered_cord")]
    public void InfantDimple_SuspectedDysraphismFromTheDimple_StillUltrasound()
    {
        var infant = Request(specialty: "pediatrics", dob: R.AddMonths(-2));
        var d = Decide(infant, Mri("sedation_unsafe"), F("sacral_dimple", attrs: ("suspicious", true)), F("spinal_dysraphism", Assertion.Possible));
        Assert.Equal(IndicationStatus.NotMet, Ind(d, "other_mri_contraindicated").Status);
        Assert.Contains(Ind(d, "other_mri_contraindicated").Missing, m => m.Contains("ultrasound"));
        var child = Request(specialty: "pediatrics", dob: R.AddYears(-4));
        // suspected needs a basis: preliminary imaging, the neurological exam or high-risk stigmata (a rule-out order alone is none)
        Assert.Equal(IndicationStatus.Met, Ind(Decide(child, Mri("sedation_unsafe"), F("spinal_dysraphism", Assertion.Possible),
            F("prior_imaging", attrs: [("modality", "xray"), ("result", "abnormal")])), "other_mri_contraindicated").Status);
        Assert.NotEqual(IndicationStatus.Met, Ind(Decide(child, Mri("sedation_unsafe"), F("spinal_dysraphism", Assertion.Possible)), "other_mri_contraindicated").Status);
        Assert.Equal(IndicationStatus.Met, Ind(Decide(child, Mri("sedation_unsafe"), F("spinal_dysraphism")), "other_mri_contraindicated").Status);
        Assert.NotEqual(IndicationStatus.Met, Ind(Decide(child, Mri("sedation_unsafe"), F("spinal_dysraphism", Assertion.Absent)), "other_mri_contraindicated").Status);
    }

    [Fact, Trait("criterion", "spondylolysis")]
    public void Spondylolisthesis_InstabilityNamedBeforeAFusion_WasTreatedByIt()
    {
        var unstable = F("spondylolisthesis", date: R.AddMonths(-3), attrs: ("instability", true));
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), unstable, F("prior_lumbar_surgery", date: R.AddYears(-6))), "spondylolysis").Status);
        Assert.NotEqual(IndicationStatus.Met, Ind(Decide(Request(), unstable, F("prior_lumbar_surgery", date: R.AddMonths(-3))), "spondylolysis").Status);

        // "8 wks s/p L4-5 TLIF for unstable degenerative spondylolisthesis" in today's post-op note: named as the fusion's indication
        var fusion = F("prior_lumbar_surgery", date: R.AddMonths(-2)) with { Evidence = [new EvidenceSpan("postop.txt", 1, 100, 113, "s/p L4-5 TLIF", null, null)] };
        var indication = F("spondylolisthesis", date: R, attrs: ("instability", true)) with { Evidence = [new EvidenceSpan("postop.txt", 1, 118, 156, "unstable degenerative spondylolisthesis", null, null)] };
        Assert.NotEqual(IndicationStatus.Met, Ind(Decide(Request(), fusion, indication), "spondylolysis").Status);
        var elsewhere = indication with { Evidence = [new EvidenceSpan("postop.txt", 1, 900, 938, "unstable degenerative spondylolisthesis", null, null)] };
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), fusion, elsewhere), "spondylolysis").Status);
    }

    [Fact, Trait("criterion", "surgical")]
    public void CsfLeak_ADurotomyAloneIsHistory_ASignIsTheSuspicion()
    {
        var surgeon = Request(specialty: "neurosurgery");
        Assert.False(Node(Ind(Decide(surgeon, F("csf_leak_suspected", attrs: ("sign", "durotomy"))), "surgical"), "surgical.csf_leak").Value);
        Assert.True(Node(Ind(Decide(surgeon, F("csf_leak_suspected", attrs: ("sign", "durotomy")), F("csf_leak_suspected", attrs: ("sign", "orthostatic headache"))), "surgical"), "surgical.csf_leak").Value);
    }

    [Fact, Trait("criterion", "surgical.pseudoarthrosis.suspected")]
    public void SuspectedPseudoarthrosis_Counts_NegatedDoesNot()
    {
        Finding[] rest = [F("prior_lumbar_surgery", date: R.AddMonths(-9)), F("prior_imaging", attrs: ("modality", "xray")) with { Section = "imaging" }];
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(specialty: "neurosurgery"), [.. rest, F("pseudoarthrosis", Assertion.Possible)]), "surgical").Status);
        Assert.NotEqual(IndicationStatus.Met, Ind(Decide(Request(specialty: "neurosurgery"), [.. rest, F("pseudoarthrosis", Assertion.Absent)]), "surgical").Status);
    }

    [Fact, Trait("criterion", "other.chiari_1_follow_up"), Trait("criterion", "other.chiari_2_4")]
    public void Other_ChiariOneWithoutNewSymptoms_NotEnough()
    {
        Assert.Equal(IndicationStatus.Insufficient, Ind(Decide(Request(), Mri(), F("chiari_malformation", attrs: ("chiariType", "I"))), "other_mri_contraindicated").Status);
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), Mri(), F("chiari_malformation", attrs: ("chiariType", "II"))), "other_mri_contraindicated").Status);
    }

    [Fact, Trait("criterion", "other.tethered_cord")]
    public void Other_Negated_TetheredCordRuledOut()
    {
        Assert.Equal(IndicationStatus.Insufficient, Ind(Decide(Request(), Mri(), F("tethered_cord", Assertion.Absent)), "other_mri_contraindicated").Status);
    }

    // ---------- combination ----------
    [Fact, Trait("criterion", "combination"), Trait("criterion", "combination.fracture"), Trait("criterion", "combination.requested")]
    public void Combination_Met_PathologicFractureSurgeonThoracicAndLumbarCt()
    {
        var d = Decide(Request(specialty: "orthopedic surgery", other: ["72128"]), F("fracture", attrs: ("fractureType", "pathologic")));
        Assert.Equal(IndicationStatus.Met, Ind(d, "combination").Status);
        Assert.Equal(Outcomes.CriteriaMet, d.Outcome);
        Assert.DoesNotContain(d.Reasons, r => r.Code == "overlapping_imaging");
    }

    [Fact, Trait("criterion", "combination.mri_or_surgeon"), Trait("criterion", "gate.overlap.justified")]
    public void Combination_NarrowMiss_NonSurgeonWithoutMriFact_GateBlocksOtherIndication()
    {
        var d = Decide(Request(specialty: "family medicine", other: ["72128"]), F("fracture", attrs: [("fractureType", "pathologic"), ("delayedHealing", true)]));
        Assert.Equal(IndicationStatus.Insufficient, Ind(d, "combination").Status);
        Assert.Equal(IndicationStatus.Met, Ind(d, "fracture").Status);
        Assert.Equal(Outcomes.ReferToReviewer, d.Outcome);
        Assert.Equal("overlapping_imaging", d.Reasons[0].Code);
    }

    [Fact, Trait("criterion", "combination.fracture")]
    public void Combination_Negated_NoFracture()
    {
        var d = Decide(Request(specialty: "orthopedic surgery", other: ["72128"]), F("fracture", Assertion.Absent));
        Assert.NotEqual(IndicationStatus.Met, Ind(d, "combination").Status);
    }
}
