using NoteCheck.Core;

namespace NoteCheck.Criteria.Tests;

/// <summary>
/// Round-3 safety causes over hand-made findings: undated notes and time windows, deficits a neuropathy explains,
/// a suspected non-union before 6 months, a scheduling preference for CT, an inconclusive study that raises no
/// tumor, and an unstable listhesis at a level already fused.
/// </summary>
public sealed class ApprovalTrapTests : EngineTestBase
{
    private static Finding Undated(Finding f) => f with { Date = null };

    [Fact, Trait("criterion", "neuro.weakness")]
    public void UndatedDeficit_DoesNotSatisfyAWindow_AndTheReasonNamesTheMissingDate()
    {
        var weakness = F("muscle_weakness", laterality: "left", attrs: ("new", true));
        Assert.Equal(Outcomes.CriteriaMet, Decide(Request(), Mri(), weakness).Outcome);

        var d = Decide(Request(), Mri(), Undated(weakness));
        Assert.Equal(Outcomes.ReferToReviewer, d.Outcome);
        Assert.Contains("undated", Node(Ind(d, "neuro_deficit"), "neuro.weakness.finding").Note);
        var reason = d.Reasons.Single(r => r.Code == "undated_evidence");
        Assert.Contains("neuro_deficit", reason.Message);
        Assert.Contains("note.txt", reason.Message);
    }

    [Fact, Trait("criterion", "neuro.peripheral_lesion")]
    public void UndatedExclusion_StillExcludes()
    {
        var footDrop = F("foot_drop", laterality: "right", attrs: ("new", true));
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), Mri(), footDrop), "neuro_deficit").Status);
        Assert.NotEqual(IndicationStatus.Met, Ind(Decide(Request(), Mri(), footDrop, Undated(F("peroneal_nerve_injury", laterality: "right"))), "neuro_deficit").Status);
    }

    [Fact, Trait("criterion", "neuro.foot_drop")]
    public void FootDrop_WithAPeripheralNeuropathy_NeedsALumbarCause()
    {
        var neuropathy = F("peripheral_neuropathy");
        var bilateral = F("foot_drop", laterality: "bilateral");
        var right = F("foot_drop", laterality: "right", attrs: ("new", true));
        Assert.NotEqual(IndicationStatus.Met, Ind(Decide(Request(), Mri(), bilateral, neuropathy), "neuro_deficit").Status);
        Assert.NotEqual(IndicationStatus.Met, Ind(Decide(Request(), Mri(), right, neuropathy), "neuro_deficit").Status);
        // a bilateral foot drop with sciatica is still the neuropathy's pattern
        Assert.NotEqual(IndicationStatus.Met, Ind(Decide(Request(), Mri(), bilateral, neuropathy, F("radicular_pain")), "neuro_deficit").Status);
        // EMG showing a lumbar radiculopathy, or a one-sided drop with radicular pain, is a lumbar cause
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), Mri(), bilateral, neuropathy, F("emg_radiculopathy", attrs: ("lumbar", true))), "neuro_deficit").Status);
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), Mri(), right, neuropathy, F("radicular_pain", laterality: "right")), "neuro_deficit").Status);
        Assert.NotEqual(IndicationStatus.Met, Ind(Decide(Request(), Mri(), bilateral, neuropathy, F("emg_radiculopathy", attrs: ("lumbar", true)), F("peroneal_nerve_injury")), "neuro_deficit").Status);
    }

    [Theory, Trait("criterion", "neuro.sensory")]
    [InlineData("dermatomal_sensory_loss")]
    [InlineData("abnormal_reflexes")]
    public void BilateralSensoryLossOrReflexChange_WithAPeripheralNeuropathy_IsTheNeuropathysPattern(string type)
    {
        // 'Vibration diminished both great toes' beside 'DM2 w/ early distal sensory neuropathy' (train-413)
        var neuropathy = F("peripheral_neuropathy");
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), Mri(), F(type, laterality: "bilateral", attrs: ("new", true))), "neuro_deficit").Status);
        Assert.NotEqual(IndicationStatus.Met, Ind(Decide(Request(), Mri(), F(type, laterality: "bilateral", attrs: ("new", true)), neuropathy), "neuro_deficit").Status);
        Assert.NotEqual(IndicationStatus.Met, Ind(Decide(Request(), Mri(), F(type, attrs: ("new", true)), neuropathy), "neuro_deficit").Status);
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), Mri(), F(type, laterality: "left", attrs: ("new", true)), neuropathy), "neuro_deficit").Status);
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), Mri(), F(type, laterality: "bilateral", attrs: ("new", true)), neuropathy, F("emg_radiculopathy", attrs: ("lumbar", true))), "neuro_deficit").Status);
    }

    [Fact, Trait("criterion", "neuro.weakness")]
    public void SymmetricWeakness_WithAPeripheralNeuropathy_IsTheNeuropathysPattern()
    {
        var neuropathy = F("peripheral_neuropathy");
        Assert.NotEqual(IndicationStatus.Met, Ind(Decide(Request(), Mri(), F("muscle_weakness", laterality: "bilateral"), neuropathy), "neuro_deficit").Status);
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), Mri(), F("muscle_weakness", laterality: "left", attrs: ("new", true)), neuropathy), "neuro_deficit").Status);
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), Mri(), F("muscle_weakness", laterality: "bilateral"), neuropathy, F("emg_radiculopathy", attrs: ("lumbar", true))), "neuro_deficit").Status);
    }

    [Fact, Trait("criterion", "neuro.gait")]
    public void SteppageGait_WithAPeripheralNeuropathy_NeedsEmgShowingALumbarRadiculopathy()
    {
        var steppage = F("gait_abnormality", attrs: ("gaitType", "neurogenic"));
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), Mri(), steppage), "neuro_deficit").Status);
        Assert.NotEqual(IndicationStatus.Met, Ind(Decide(Request(), Mri(), steppage, F("peripheral_neuropathy")), "neuro_deficit").Status);
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), Mri(), steppage, F("peripheral_neuropathy"), F("emg_radiculopathy", attrs: ("lumbar", true))), "neuro_deficit").Status);
    }

    [Fact, Trait("criterion", "surgical.follow_up")]
    public void SuspectedNonUnionFourMonthsAfterFusion_IsNoFollowUpStudy()
    {
        Finding[] course =
        [
            F("prior_lumbar_surgery", date: R.AddMonths(-4), attrs: ("fusion", true)),
            F("postop_symptoms", attrs: ("site", "back")),
        ];
        var surgeon = Request(specialty: "orthopedic surgery");
        Assert.Equal(IndicationStatus.Met, Ind(Decide(surgeon, course), "surgical").Status);
        Assert.NotEqual(IndicationStatus.Met, Ind(Decide(surgeon, [.. course, F("pseudoarthrosis", Assertion.Possible)]), "surgical").Status);
        Assert.Equal(IndicationStatus.Met, Ind(Decide(surgeon, [.. course, F("pseudoarthrosis", Assertion.Family)]), "surgical").Status);
    }

    [Fact, Trait("criterion", "indeterminate_finding.ct_preferred")]
    public void CtChosenBecauseItIsSooner_IsNotCtPreferredToCharacterize()
    {
        var finding = F("indeterminate_imaging_finding", attrs: ("modality", "xray"));
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), finding, F("ct_preferred", attrs: ("by", "radiologist"))), "indeterminate_finding").Status);
        Assert.NotEqual(IndicationStatus.Met, Ind(Decide(Request(), finding, F("ct_preferred", attrs: ("by", "other"))), "indeterminate_finding").Status);
        Assert.NotEqual(IndicationStatus.Met, Ind(Decide(Request(), finding, F("ct_preferred", attrs: ("by", "patient"))), "indeterminate_finding").Status);
    }

    [Fact, Trait("criterion", "tumor.metastasis_imaging")]
    public void InconclusivePriorStudy_CountsForTheTumorPathwayOnlyWhenItRaisesATumor()
    {
        Finding[] basis =
        [
            F("malignancy", attrs: ("cancerType", "leukemia")),
            F("prior_imaging", attrs: [("modality", "xray"), ("region", "lumbar"), ("result", "indeterminate")]),
        ];
        Assert.NotEqual(IndicationStatus.Met, Ind(Decide(Request(), [.. basis, F("infection", Assertion.Possible, attrs: ("kind", "discitis"))]), "tumor").Status);
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), [.. basis, F("metastasis", Assertion.Possible)]), "tumor").Status);
        Assert.NotEqual(IndicationStatus.Met, Ind(Decide(Request(), [.. basis, F("metastasis", Assertion.Absent)]), "tumor").Status);
    }

    [Fact, Trait("criterion", "spondylolysis.adult")]
    public void UnstableListhesis_AtALevelAlreadyFused_IsHistoryWhateverTheNoteDate()
    {
        var listhesis = F("spondylolisthesis", date: R.AddDays(-3), attrs: ("instability", true)) with { Level = "L4-5" };
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), listhesis), "spondylolysis").Status);
        var fusion = F("prior_lumbar_surgery", date: R.AddMonths(-2), attrs: ("fusion", true)) with { Level = "L4-S1" };
        Assert.NotEqual(IndicationStatus.Met, Ind(Decide(Request(), listhesis, fusion), "spondylolysis").Status);
        // an adjacent level above the fusion is a new question
        var adjacent = listhesis with { Level = "L3-4" };
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), adjacent, fusion), "spondylolysis").Status);
        // a decompression without fusion did not treat the instability
        var decompression = F("prior_lumbar_surgery", date: R.AddMonths(-2), attrs: ("fusion", false)) with { Level = "L4-5" };
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), listhesis, decompression), "spondylolysis").Status);
    }
}
