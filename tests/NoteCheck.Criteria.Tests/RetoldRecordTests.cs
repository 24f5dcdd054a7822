using NoteCheck.Core;

namespace NoteCheck.Criteria.Tests;

/// <summary>
/// Readings from the false approvals of retired test v12 (train-584, 588, 600): a focal lesion of a mixed leg nerve
/// explains the leg's deficits as a peroneal lesion does; a course whose start, end and duration disagree is placed by
/// its start and duration; one note that reads a cancer metastatic and without recurrence contests the state.
/// </summary>
public sealed class RetoldRecordTests : EngineTestBase
{
    private static Finding Neuropathy(string? nerve) =>
        nerve is null ? F("peripheral_neuropathy") : F("peripheral_neuropathy", attrs: ("nerve", nerve));

    [Fact, Trait("criterion", "neuro.peripheral_lesion")]
    public void FemoralNeuropathy_ExplainsTheLegDeficits_AsAPeronealLesionDoes()
    {
        // 'Acute R femoral neuropathy ... consistent with compression by the R iliacus hematoma' on an EMG, the weak
        // quadriceps in the exam rows above it
        var weakness = F("muscle_weakness", laterality: "right", attrs: [("new", true), ("muscle", "quadriceps")]);
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), Mri(), weakness), "neuro_deficit").Status);
        Assert.NotEqual(IndicationStatus.Met, Ind(Decide(Request(), Mri(), weakness, Neuropathy("femoral")), "neuro_deficit").Status);
        Assert.NotEqual(IndicationStatus.Met, Ind(Decide(Request(), Mri(), weakness, Neuropathy("sciatic")), "neuro_deficit").Status);
        // a sensory nerve's lesion (meralgia), an arm's nerve or a diffuse neuropathy leaves a one-sided deficit standing
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), Mri(), weakness, Neuropathy("lateral_femoral_cutaneous")), "neuro_deficit").Status);
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), Mri(), weakness, Neuropathy("median")), "neuro_deficit").Status);
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), Mri(), weakness, Neuropathy(null)), "neuro_deficit").Status);
        // a femoral neuropathy ruled out explains nothing
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), Mri(), weakness,
            F("peripheral_neuropathy", Assertion.Absent, attrs: ("nerve", "femoral"))), "neuro_deficit").Status);
    }

    private static Finding[] CareWith(params (string, object?)[] courseAttrs) =>
    [
        Mri(), F("back_pain"),
        F("conservative_treatment", date: R.AddDays(-3), attrs: [("modality", "physical_therapy"), ("active", true), .. courseAttrs]),
        F("conservative_treatment", date: R.AddDays(-30), attrs: ("modality", "medication")),
        F("conservative_treatment_failed", date: R.AddDays(-3), attrs: ("reason", "no_improvement")),
    ];

    [Fact, Trait("criterion", "conservative.active_6_weeks")]
    public void Course_WhoseStartEndAndWeeksDisagree_IsItsWeeksFromItsStart()
    {
        // the log's 'PT 02/02-03/27/2026, 14 visits' (8 weeks, 8 months back) grouped with a later HPI's 'ended about
        // 7 weeks ago': start and end 34 weeks apart for an 8-week course
        var disagreeing = CareWith(("startDate", R.AddDays(-290)), ("endDate", R.AddDays(-49)), ("weeks", 8));
        var ind = Ind(Decide(Request(), disagreeing), "back_pain");
        Assert.NotEqual(IndicationStatus.Met, ind.Status);
        Assert.Contains("outside 6 months", Node(ind, "conservative.active_6_weeks").Note);
        // dates that agree with the weeks stand as written ...
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), CareWith(("startDate", R.AddDays(-105)), ("endDate", R.AddDays(-49)), ("weeks", 8))), "back_pain").Status);
        // ... as do a start and an end with no duration, and a course a little longer than its weeks
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), CareWith(("startDate", R.AddDays(-150)), ("endDate", R.AddDays(-20)))), "back_pain").Status);
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), CareWith(("startDate", R.AddDays(-90)), ("endDate", R.AddDays(-20)), ("weeks", 6))), "back_pain").Status);
    }

    private static readonly DocumentSummary[] TwoNotes =
    [
        new("visit1.txt", 1, [PageStatus.Text], [new NoteSegment(0, 100, R.AddDays(-30), NoteKind.OfficeVisit)]),
        new("visit2.txt", 1, [PageStatus.Text], [new NoteSegment(0, 100, R.AddDays(-5), NoteKind.OfficeVisit)]),
    ];

    private static Finding In(string file, Finding f) =>
        f with { DocumentFile = file, NoteKind = NoteKind.OfficeVisit, Evidence = [.. f.Evidence.Select(e => e with { Document = file })] };

    private static Decision DecideWith(params Finding[] findings) =>
        Engine.Decide(new CriteriaInput { Request = Request(), Findings = findings, Documents = TwoNotes });

    [Fact, Trait("criterion", "gate.disagreement")]
    public void CancerReadMetastaticAndWithoutRecurrence_InOneNote_ContestsTheState()
    {
        // an imported problem list's 'Metastatic prostate cancer' and, in the same summary, 'pT2 N0 M0, radical
        // prostatectomy 2017 ... no evidence of recurrence'
        var claim = In("visit2.txt", F("malignancy", attrs: [("active", true), ("metastatic", true), ("cancerType", "prostate")]));
        Assert.Equal(Outcomes.CriteriaMet, DecideWith(claim).Outcome);
        var noRecurrence = In("visit2.txt", F("malignancy", Assertion.Absent, attrs: ("cancerType", "prostate")) with { RuleId = "malignancy.no_recurrence" });
        var d = DecideWith(claim, noRecurrence);
        Assert.Equal(Outcomes.ReferToReviewer, d.Outcome);
        Assert.Contains(d.Reasons, r => r.Code == ReasonCodes.ConflictingDocumentation && r.Message.Contains("malignancy absent"));
        // another cancer's remission says nothing of this one
        var otherCancer = noRecurrence with { Attributes = new SortedDictionary<string, object?>(StringComparer.Ordinal) { ["cancerType"] = "breast" } };
        Assert.Equal(Outcomes.CriteriaMet, DecideWith(claim, otherCancer).Outcome);
        // a later note's remission is the course of a treated cancer (active treatment in the past year still holds)
        var earlierClaim = In("visit1.txt", F("malignancy", attrs: [("active", true), ("cancerType", "prostate")]));
        Assert.Equal(Outcomes.CriteriaMet, DecideWith(earlierClaim, noRecurrence).Outcome);
    }
}
