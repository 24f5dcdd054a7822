using NoteCheck.Core;

namespace NoteCheck.Criteria.Tests;

/// <summary>
/// The read-twice rule (rules/criteria 'readTwice'): an approval must stand once every narrated fact (care, its failure,
/// an injury, a plan, a red flag) that the packet states at one place only is set aside; otherwise it refers with read_once.
/// </summary>
public sealed class ReadTwiceTests : EngineTestBase
{
    private static Decision DecideWith(params Finding[] findings) => Decide(Request(), findings);

    private static Finding[] BackPain(Func<Finding, Finding> failure) =>
        [Mri(), F("back_pain"), .. FailedConservativeCare().Select(f => f.Type == "conservative_treatment_failed" ? failure(f) : f)];

    [Fact, Trait("criterion", "gate.read_twice")]
    public void AFailureStatedOnce_Refers_AndTheReasonNamesIt()
    {
        Assert.Equal(Outcomes.CriteriaMet, DecideWith(BackPain(f => f)).Outcome);
        var d = DecideWith(BackPain(Once));
        Assert.Equal(Outcomes.ReferToReviewer, d.Outcome);
        Assert.Contains("back_pain", d.MetIndications); // met as read; the careful reading refers
        var reason = d.Reasons.Single(r => r.Code == ReasonCodes.ReadOnce);
        Assert.Contains("conservative_treatment_failed present", reason.Message);
    }

    [Fact, Trait("criterion", "gate.read_twice")]
    public void TwoNotesStatingItOnceEach_AreTwoReadings()
    {
        var inTheLetter = Once(F("conservative_treatment_failed", date: R.AddDays(-10), attrs: ("reason", "no_improvement"))) is var l
            ? l with { DocumentFile = "letter.txt", Evidence = [l.Evidence[0] with { Document = "letter.txt" }] } : null!;
        Assert.Equal(Outcomes.CriteriaMet, DecideWith([.. BackPain(Once), inTheLetter]).Outcome);
    }

    [Fact, Trait("criterion", "gate.read_twice")]
    public void ResultsAndExamFindings_AreRecordedOnce_AndNeedNoSecondReading()
    {
        // a weakness in one exam row is not a narrated fact; a report states its result once
        Assert.Equal(Outcomes.CriteriaMet, DecideWith(Once(Mri()), Once(F("muscle_weakness", laterality: "left", attrs: ("new", true)))).Outcome);
        var failureInAReport = Once(FailedConservativeCare()[2]) with { NoteKind = NoteKind.ImagingReport };
        Assert.Equal(Outcomes.CriteriaMet, DecideWith([.. BackPain(_ => failureInAReport)]).Outcome);
    }

    [Fact, Trait("criterion", "gate.read_twice")]
    public void TwoMentionsInOneBreath_AreOneReading()
    {
        // 'failed PT, no better' within a few characters of each other: one statement
        var once = Once(FailedConservativeCare()[2]);
        var close = once with { Evidence = [once.Evidence[0], once.Evidence[0] with { Start = once.Evidence[0].Start + 20, End = once.Evidence[0].End + 20 }] };
        Assert.Contains(DecideWith(BackPain(_ => close)).Reasons, r => r.Code == ReasonCodes.ReadOnce);
    }

    [Fact, Trait("criterion", "gate.read_twice")]
    public void ALettersNarratedClaim_NeedsTheRecordsReading_WhenTheRecordIsInThePacket()
    {
        // the letter says twice that care failed; the PT discharge in the packet never does
        DocumentSummary Doc(string file, NoteKind kind) => new(file, 1, [PageStatus.Text], [new NoteSegment(0, 100, R.AddDays(-10), kind)]);
        Finding Letter(Finding f) => f with { NoteKind = NoteKind.Letter, DocumentFile = "letter.txt" };
        Finding Record(Finding f) => f with { NoteKind = NoteKind.PtNote, DocumentFile = "pt.txt" };
        var care = FailedConservativeCare();
        Decision With(Finding failure, params DocumentSummary[] docs) => Engine.Decide(new CriteriaInput
        {
            Request = Request(), Documents = docs,
            Findings = [Letter(Mri()), Record(F("back_pain")), Record(care[0]), Record(care[1]), failure],
        });

        var claimed = Letter(care[2]);
        var d = With(claimed, Doc("letter.txt", NoteKind.Letter), Doc("pt.txt", NoteKind.PtNote));
        Assert.Equal(Outcomes.ReferToReviewer, d.Outcome);
        Assert.Contains(d.Reasons, r => r.Code == ReasonCodes.ReadOnce && r.Message.Contains("conservative_treatment_failed"));
        // the record reads the failure too: the claim stands
        Assert.Equal(Outcomes.CriteriaMet, Engine.Decide(new CriteriaInput
        {
            Request = Request(), Documents = [Doc("letter.txt", NoteKind.Letter), Doc("pt.txt", NoteKind.PtNote)],
            Findings = [Letter(Mri()), Record(F("back_pain")), Record(care[0]), Record(care[1]), claimed, Record(care[2])],
        }).Outcome);
        // a packet of letters and reports only: the letter is all there is to read
        Assert.Equal(Outcomes.CriteriaMet, With(claimed, Doc("letter.txt", NoteKind.Letter), Doc("pt.txt", NoteKind.ImagingReport)).Outcome);
    }
}
