using NoteCheck.Core;

namespace NoteCheck.Criteria.Tests;

/// <summary>
/// The reviewer-safe reading of time (interpretation.md): a course told as done with no date of its own cannot be
/// placed in the 6-month window by its visit's date; a deficit already documented long before is chronic, not new;
/// a course the notes say helped did not fail.
/// </summary>
public sealed class ReviewerSafeReadingTests : EngineTestBase
{
    private static readonly DateOnly Visit = R.AddDays(-10);

    /// <summary>One office-visit note in note.txt dated <see cref="Visit"/>: findings without a date of their own carry it.</summary>
    private static Decision DecideWithNote(NoteKind kind, params Finding[] findings) => Engine.Decide(new CriteriaInput
    {
        Request = Request(), Findings = [.. findings.Select(f => f with { NoteKind = kind })],
        Documents = [new DocumentSummary("note.txt", 1, [PageStatus.Text], [new NoteSegment(0, 100, Visit, kind)])],
    });

    /// <summary>"Did 8 weeks of PT, no help": a PT course whose only date is the visit's.</summary>
    private static Finding[] CareToldAtTheVisit(params (string, object?)[] courseAttrs) =>
    [
        F("conservative_treatment", date: Visit, attrs: [("modality", "physical_therapy"), ("active", true), ("weeks", 8), .. courseAttrs]),
        F("conservative_treatment", date: Visit, attrs: ("modality", "medication")),
        F("conservative_treatment_failed", date: Visit, attrs: ("reason", "no_improvement")),
        F("back_pain", date: Visit),
        Mri(),
    ];

    [Fact, Trait("criterion", "surgical.preop")]
    public void PlannedSurgery_CancelledInALaterNote_DoesNotCount_ThoughItsDateIsLater()
    {
        // the booking form of the visit names the operation's own date (after the cancellation); the claim was made at the visit
        var booked = F("planned_surgery", date: Visit.AddDays(30), attrs: ("procedure", "fusion")) with { NoteKind = NoteKind.Letter };
        var cancelled = F("planned_surgery", Assertion.Absent, date: Visit.AddDays(5)) with { DocumentFile = "later.txt" };
        var withNote = new[] { new DocumentSummary("note.txt", 1, [PageStatus.Text], [new NoteSegment(0, 100, Visit, NoteKind.Letter)]) };
        Assert.Equal(IndicationStatus.Met, Ind(Engine.Decide(new CriteriaInput
            { Request = Request(specialty: "orthopedic spine surgery"), Findings = [booked], Documents = withNote }), "surgical").Status);
        Assert.NotEqual(IndicationStatus.Met, Ind(Engine.Decide(new CriteriaInput
            { Request = Request(specialty: "orthopedic spine surgery"), Findings = [booked, cancelled], Documents = withNote }), "surgical").Status);
    }

    [Fact, Trait("criterion", "neuro.reflexes.finding")]
    public void Deficit_AnotherNoteTellsAsOld_IsNotNew()
    {
        // a form lists 'L knee reflex absent'; the visit says 'L patellar reflex absent, unchanged since his 2018 surgery'
        var listed = F("abnormal_reflexes", date: Visit, laterality: "left", attrs: [("reflex", "patellar"), ("pattern", "absent")]);
        var toldOld = F("abnormal_reflexes", date: Visit, laterality: "left", attrs: [("reflex", "patellar"), ("pattern", "absent"), ("new", false)]);
        Assert.Equal(IndicationStatus.Met, Ind(DecideWithNote(NoteKind.OfficeVisit, Mri(), F("back_pain", date: Visit), listed), "neuro_deficit").Status);
        Assert.NotEqual(IndicationStatus.Met, Ind(DecideWithNote(NoteKind.OfficeVisit, Mri(), F("back_pain", date: Visit), listed, toldOld), "neuro_deficit").Status);
        // an old ankle jerk says nothing of the knee, nor the other side
        var otherReflex = toldOld with { Attributes = new SortedDictionary<string, object?>(StringComparer.Ordinal) { ["reflex"] = "achilles", ["pattern"] = "absent", ["new"] = false } };
        Assert.Equal(IndicationStatus.Met, Ind(DecideWithNote(NoteKind.OfficeVisit, Mri(), F("back_pain", date: Visit), listed, otherReflex), "neuro_deficit").Status);
        Assert.Equal(IndicationStatus.Met, Ind(DecideWithNote(NoteKind.OfficeVisit, Mri(), F("back_pain", date: Visit), listed, toldOld with { Laterality = "right" }), "neuro_deficit").Status);
    }

    [Fact, Trait("criterion", "neuro.gait.neurogenic")]
    public void SteppageGait_OfAFootDropToldAsChronic_IsNotNew()
    {
        // an orthotist's 'Gait w/o AFO: L steppage' beside 'A: Chronic L foot drop, stable, s/p L4-5 microdiscectomy'
        var steppage = F("gait_abnormality", date: Visit, laterality: "left", attrs: ("gaitType", "neurogenic"));
        var chronicDrop = F("foot_drop", date: Visit, laterality: "left", attrs: ("new", false));
        Assert.Equal(IndicationStatus.Met, Ind(DecideWithNote(NoteKind.OfficeVisit, Mri(), F("back_pain", date: Visit), steppage), "neuro_deficit").Status);
        Assert.NotEqual(IndicationStatus.Met, Ind(DecideWithNote(NoteKind.OfficeVisit, Mri(), F("back_pain", date: Visit), steppage, chronicDrop), "neuro_deficit").Status);
        // a gait with no side stated is the chronic foot drop's too
        Assert.NotEqual(IndicationStatus.Met, Ind(DecideWithNote(NoteKind.OfficeVisit, Mri(), F("back_pain", date: Visit), steppage with { Laterality = null }, chronicDrop), "neuro_deficit").Status);
        // an old foot drop on the other side says nothing of this gait
        Assert.Equal(IndicationStatus.Met, Ind(DecideWithNote(NoteKind.OfficeVisit, Mri(), F("back_pain", date: Visit), steppage, chronicDrop with { Laterality = "right" }), "neuro_deficit").Status);
        // a gait its own words call new stays new
        var newGait = F("gait_abnormality", date: Visit, laterality: "left", attrs: [("gaitType", "neurogenic"), ("new", true)]);
        Assert.Equal(IndicationStatus.Met, Ind(DecideWithNote(NoteKind.OfficeVisit, Mri(), F("back_pain", date: Visit), newGait, chronicDrop), "neuro_deficit").Status);
    }

    [Fact, Trait("criterion", "neuro.peripheral_lesion")]
    public void PeronealLesion_RecordedInARecentNote_ExcludesWhateverOnsetDateItNames()
    {
        // 'L peroneal neuropathy, unchanged from 05/2026': the sentence's date is the onset or an earlier exam, the note
        // recording it present is inside the 6-month window
        var footDrop = F("foot_drop", date: Visit, laterality: "left", attrs: ("new", true));
        var oldDated = F("peroneal_nerve_injury", date: R.AddMonths(-8), laterality: "left");
        Assert.NotEqual(IndicationStatus.Met, Ind(DecideWithNote(NoteKind.OfficeVisit, Mri(), F("back_pain", date: Visit), footDrop, oldDated), "neuro_deficit").Status);
        // without the recording note (a finding of another document, no note date) the old date leaves it outside the window
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), Mri(), footDrop, oldDated with { DocumentFile = "old-emg.txt" }), "neuro_deficit").Status);
    }

    [Fact, Trait("criterion", "conservative.active_6_weeks")]
    public void ACourseToldAsDone_WithOnlyTheVisitsDate_CannotBePlacedInTheWindow()
    {
        var d = DecideWithNote(NoteKind.OfficeVisit, CareToldAtTheVisit());
        Assert.NotEqual(IndicationStatus.Met, Ind(d, "back_pain").Status);
        Assert.Contains("without a date", Node(Ind(d, "back_pain"), "conservative.active_6_weeks").Note);
    }

    [Fact, Trait("criterion", "conservative.active_6_weeks")]
    public void AnOngoingCourse_OrOneReadFromTheTherapistsNote_IsPlacedAtTheVisit()
    {
        Assert.Equal(IndicationStatus.Met, Ind(DecideWithNote(NoteKind.OfficeVisit, CareToldAtTheVisit(("current", true))), "back_pain").Status);
        Assert.Equal(IndicationStatus.Met, Ind(DecideWithNote(NoteKind.PtNote, CareToldAtTheVisit()), "back_pain").Status);
    }

    [Fact, Trait("criterion", "conservative.active_6_weeks")]
    public void ACourseWithItsOwnDates_CountsWhateverTheVisit()
    {
        var findings = CareToldAtTheVisit(("startDate", R.AddDays(-80)), ("endDate", R.AddDays(-20)));
        Assert.Equal(IndicationStatus.Met, Ind(DecideWithNote(NoteKind.OfficeVisit, findings), "back_pain").Status);
    }

    [Fact, Trait("criterion", "neuro.weakness")]
    public void ADeficitDocumentedAYearBefore_IsChronic_UnlessToldAsNewOrWorsening()
    {
        var old = F("muscle_weakness", date: R.AddYears(-1), laterality: "left");
        var now = F("muscle_weakness", date: R.AddDays(-7), laterality: "left");
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), Mri(), now), "neuro_deficit").Status);

        var d = Decide(Request(), Mri(), old, now);
        Assert.NotEqual(IndicationStatus.Met, Ind(d, "neuro_deficit").Status);
        Assert.Contains("chronic", Node(Ind(d, "neuro_deficit"), "neuro.weakness.finding").Note);

        // the other side, or the same deficit told as new or worsening, is new
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), Mri(), old, now with { Laterality = "right" }), "neuro_deficit").Status);
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), Mri(), old, F("muscle_weakness", date: R.AddDays(-7), laterality: "left", attrs: ("new", true))), "neuro_deficit").Status);
        // a deficit seen two months before is the same episode
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), Mri(), old with { Date = R.AddMonths(-2) }, now), "neuro_deficit").Status);
    }

    [Fact, Trait("criterion", "conservative.not_improved")]
    public void ACourseTheNotesSayHelped_DidNotFail_ButAnEarlyImprovementDoesNotUndoALaterFailure()
    {
        Finding[] failed = [.. FailedConservativeCare(), F("back_pain"), Mri()];
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), failed), "back_pain").Status);

        var helped = F("conservative_treatment_improved", date: R.AddDays(-5), attrs: ("modality", "physical_therapy"));
        var d = Decide(Request(), [.. failed, helped]);
        Assert.NotEqual(IndicationStatus.Met, Ind(d, "back_pain").Status);
        Assert.False(Node(Ind(d, "back_pain"), "conservative.not_improved").Value);

        // improvement noted early in the course, before the failure was documented
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), [.. failed, helped with { Date = R.AddDays(-60) }]), "back_pain").Status);
        // a drug that helps does not undo a failed active course
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), [.. failed, F("conservative_treatment_improved", date: R.AddDays(-5), attrs: ("modality", "medication"))]), "back_pain").Status);
    }

    [Fact, Trait("criterion", "conservative.not_improved")]
    public void PelvicFloorTherapy_IsNoSpineCare_ItsGainDoesNotUndoAFailedCourse_NorIsItsFailureOne()
    {
        Finding[] failed = [.. FailedConservativeCare(), F("back_pain"), Mri()];
        var pelvicGain = F("conservative_treatment_improved", date: R.AddDays(-5), attrs: ("modality", "pelvic_floor_pt"));
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), [.. failed, pelvicGain]), "back_pain").Status);
        // the same gain from spine PT does undo it
        Assert.NotEqual(IndicationStatus.Met, Ind(Decide(Request(), [.. failed, pelvicGain with { Attributes = new SortedDictionary<string, object?> { ["modality"] = "physical_therapy" } }]), "back_pain").Status);
        // a pelvic-floor course that did not help is no failed spine care
        Finding[] pelvicFailure = [.. failed.Select(f => f.Type == "conservative_treatment_failed"
            ? f with { Attributes = new SortedDictionary<string, object?> { ["reason"] = "no_improvement", ["modality"] = "pelvic_floor_pt" } } : f)];
        Assert.NotEqual(IndicationStatus.Met, Ind(Decide(Request(), pelvicFailure), "back_pain").Status);
    }

    [Fact, Trait("criterion", "neuro.weakness")]
    public void WeaknessThePatientOnlyReports_IsNoExamFinding_UnlessTheExamRecordsItToo()
    {
        var reported = F("muscle_weakness", laterality: "left") with { Section = "hpi", Sections = ["hpi"] };
        var d = Decide(Request(), Mri(), reported);
        Assert.NotEqual(IndicationStatus.Met, Ind(d, "neuro_deficit").Status);
        Assert.Contains("only in section hpi", Node(Ind(d, "neuro_deficit"), "neuro.weakness.finding").Note);
        // the same group with the exam's grade counts; a letter without sections counts
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), Mri(), reported with { Sections = ["hpi", "physical_exam"] }), "neuro_deficit").Status);
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), Mri(), reported with { Section = null, Sections = [] }), "neuro_deficit").Status);
    }

    [Fact, Trait("criterion", "mri_unavailable")]
    public void AContraindicationTheNotesLaterDeny_DoesNotCount_ButAChecklistNoForAnotherDeviceDoes()
    {
        var weakness = F("muscle_weakness", laterality: "left");
        var claimed = F("mri_contraindication", date: R.AddDays(-20), attrs: ("reason", "pacemaker_icd"));
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), claimed, weakness), "neuro_deficit").Status);

        var cleared = F("mri_contraindication", Assertion.Absent, date: R.AddDays(-10));
        var d = Decide(Request(), claimed, cleared, weakness);
        Assert.NotEqual(IndicationStatus.Met, Ind(d, "neuro_deficit").Status);
        Assert.Contains("notes disagree", Node(Ind(d, "neuro_deficit"), "mri_unavailable").Note);

        // same device cleared later: denied; another device's 'no' on the checklist, or a clearance before the device: not
        Assert.NotEqual(IndicationStatus.Met, Ind(Decide(Request(), claimed, F("mri_contraindication", Assertion.Absent, date: R.AddDays(-5), attrs: ("reason", "pacemaker_icd")), weakness), "neuro_deficit").Status);
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), claimed, F("mri_contraindication", Assertion.Absent, date: R.AddDays(-5), attrs: ("reason", "aneurysm_clip")), weakness), "neuro_deficit").Status);
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), claimed, cleared with { Date = R.AddDays(-60) }, weakness), "neuro_deficit").Status);
    }

    [Fact, Trait("criterion", "fracture.union")]
    public void ADoubtAboutUnion_ThatTheReportAtThatLevelCallsHealed_DoesNotCount()
    {
        // '?non-union' in the office note (delayedHealing true) vs the x-ray report's 'Healed chronic L2 compression fracture'
        var doubt = F("fracture", attrs: [("fractureType", "compression"), ("delayedHealing", true), ("new", false)]) with { Level = "L2" };
        var pain = F("back_pain");
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), doubt, pain), "fracture").Status);
        var healed = F("fracture", attrs: [("fractureType", "compression"), ("delayedHealing", false)]) with { Level = "L2", NoteKind = NoteKind.ImagingReport };
        Assert.NotEqual(IndicationStatus.Met, Ind(Decide(Request(), doubt, pain, healed), "fracture").Status);
        // a report about another level answers nothing
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), doubt, pain, healed with { Level = "L4" }), "fracture").Status);
    }

    [Fact, Trait("criterion", "mri_unavailable")]
    public void AClinicNotesNonDiagnosticClaim_LosesToTheEarlierMriReportThatCallsItselfDiagnostic()
    {
        // 'MRI L-spine 10/14: non-diagnostic due to hardware artifact' in a later clinic note vs the 10/14 report's
        // 'No artifact affecting the lumbar spine; the examination is diagnostic'
        var weakness = F("muscle_weakness", laterality: "left");
        var claim = F("mri_contraindication", date: R.AddDays(-3), attrs: ("reason", "non_diagnostic")) with { NoteKind = NoteKind.OfficeVisit };
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), claim, weakness), "neuro_deficit").Status);
        var diagnostic = F("mri_contraindication", Assertion.Absent, date: R.AddDays(-30), attrs: ("reason", "non_diagnostic"))
            with { NoteKind = NoteKind.ImagingReport, DocumentFile = "mri-report.txt" };
        var d = Decide(Request(), claim, diagnostic, weakness);
        Assert.NotEqual(IndicationStatus.Met, Ind(d, "neuro_deficit").Status);
        Assert.Contains("imaging report", Node(Ind(d, "neuro_deficit"), "mri_unavailable").Note);
        // a report about another reason, or a later report that reads the study non-diagnostic, leaves the claim standing
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), claim, diagnostic with { Attributes = new Dictionary<string, object?> { ["reason"] = "pacemaker_icd" } }, weakness), "neuro_deficit").Status);
        var laterNonDiagnostic = F("mri_contraindication", date: R.AddDays(-10), attrs: ("reason", "non_diagnostic"))
            with { NoteKind = NoteKind.ImagingReport, DocumentFile = "mri-report-2.txt" };
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), claim, diagnostic, laterNonDiagnostic, weakness), "neuro_deficit").Status);
    }

    [Fact, Trait("criterion", "gate.overlap.prior_inconclusive")]
    public void AStudysResultToldOutsideItsReport_LosesToTheReportOfThatStudy()
    {
        // the clinic note's 'MRI L-spine 10/14: non-diagnostic' (prior_imaging result inconclusive) vs that MRI's own
        // report, which calls the examination diagnostic: a conclusive lumbar MRI within 3 months, the overlap gate refers
        Finding[] met = [Mri(), F("back_pain"), .. FailedConservativeCare()];
        var day = R.AddDays(-30);
        var claim = F("prior_imaging", date: day, attrs: [("modality", "mri"), ("region", "lumbar"), ("result", "inconclusive")]) with { NoteKind = NoteKind.OfficeVisit };
        Assert.Equal(Outcomes.CriteriaMet, Decide(Request(), [.. met, claim]).Outcome);
        var title = F("prior_imaging", date: day, attrs: [("modality", "mri"), ("region", "lumbar")]) with { NoteKind = NoteKind.ImagingReport, DocumentFile = "mri-report.txt" };
        var diagnostic = F("mri_contraindication", Assertion.Absent, date: day, attrs: ("reason", "non_diagnostic")) with { NoteKind = NoteKind.ImagingReport, DocumentFile = "mri-report.txt" };
        Assert.Equal("overlapping_imaging", Decide(Request(), [.. met, claim, title, diagnostic]).Reasons[0].Code);
        // the report of another day's study, or a report that names an indeterminate finding, leaves the claim standing
        Assert.Equal(Outcomes.CriteriaMet, Decide(Request(), [.. met, claim, title with { Date = day.AddDays(-70) }, diagnostic with { Date = day.AddDays(-70) }]).Outcome);
        var indeterminate = F("indeterminate_imaging_finding", date: day) with { NoteKind = NoteKind.ImagingReport, DocumentFile = "mri-report.txt" };
        Assert.Equal(Outcomes.CriteriaMet, Decide(Request(), [.. met, claim, title, diagnostic, indeterminate]).Outcome);
    }

    [Fact, Trait("criterion", "mri_unavailable")]
    public void AClaustrophobiaClaim_IsAnsweredByAnMriThePatientCompletedAsTheNoteTellsIt()
    {
        // 'MRI contraindicated - severe claustrophobia' and in the same note 'brain MRI 2023 completed without premedication'
        var weakness = F("muscle_weakness", laterality: "left");
        var claim = F("mri_contraindication", date: R.AddDays(-5), attrs: ("reason", "claustrophobia"));
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), claim, weakness), "neuro_deficit").Status);
        var wentFine = F("mri_contraindication", Assertion.Absent, date: R.AddDays(-5), attrs: ("reason", "other"));
        Assert.NotEqual(IndicationStatus.Met, Ind(Decide(Request(), claim, wentFine, weakness), "neuro_deficit").Status);
        // it answers no device, and an MRI that went fine before a later failed attempt answers nothing
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), claim with { Attributes = new Dictionary<string, object?> { ["reason"] = "pacemaker_icd" } }, wentFine, weakness), "neuro_deficit").Status);
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), claim, wentFine with { Date = R.AddDays(-400) }, weakness), "neuro_deficit").Status);
    }

    [Fact, Trait("criterion", "mri_unavailable")]
    public void AScreensDeviceList_DeniesEveryImplantedDevice_ButNotSedationOrMetal()
    {
        var weakness = F("muscle_weakness", laterality: "left");
        // 'no implants, no pacemaker, no stimulator' (reason device_other): absentCovers in the criteria file
        var deviceList = F("mri_contraindication", Assertion.Absent, date: R.AddDays(-5), attrs: ("reason", "device_other"));
        foreach (var device in new[] { "pacemaker_icd", "neurostimulator", "cochlear_implant", "device_other" })
            Assert.NotEqual(IndicationStatus.Met, Ind(Decide(Request(), F("mri_contraindication", date: R.AddDays(-20), attrs: ("reason", device)), deviceList, weakness), "neuro_deficit").Status);
        foreach (var other in new[] { "sedation_unsafe", "metallic_foreign_body", "body_habitus", "claustrophobia" })
            Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), F("mri_contraindication", date: R.AddDays(-20), attrs: ("reason", other)), deviceList, weakness), "neuro_deficit").Status);
    }

    [Fact, Trait("criterion", "neuro.cauda_equina")]
    public void SexualDysfunction_IsACaudaEquinaSignOnlyWhenSudden()
    {
        var sciatica = F("radicular_pain", laterality: "right");
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), Mri(), sciatica, F("sexual_dysfunction", attrs: ("sudden", true))), "neuro_deficit").Status);
        Assert.NotEqual(IndicationStatus.Met, Ind(Decide(Request(), Mri(), sciatica, F("sexual_dysfunction")), "neuro_deficit").Status);
        Assert.NotEqual(IndicationStatus.Met, Ind(Decide(Request(), Mri(), sciatica, F("sexual_dysfunction", attrs: ("sudden", false))), "neuro_deficit").Status);
    }

    [Fact, Trait("criterion", "neuro.bowel_bladder")]
    public void BowelOrBladderDysfunction_CountsAsRetentionOrIncontinence_NotAComplaintOfNoKind()
    {
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), Mri(), F("bowel_bladder_dysfunction", attrs: ("kind", "retention"))), "neuro_deficit").Status);
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), Mri(), F("bowel_bladder_dysfunction", attrs: ("kind", "incontinence"))), "neuro_deficit").Status);
        Assert.NotEqual(IndicationStatus.Met, Ind(Decide(Request(), Mri(), F("bowel_bladder_dysfunction")), "neuro_deficit").Status);
        Assert.NotEqual(IndicationStatus.Met, Ind(Decide(Request(), Mri(), F("bowel_bladder_dysfunction", attrs: ("kind", "frequency"))), "neuro_deficit").Status);
    }
}
