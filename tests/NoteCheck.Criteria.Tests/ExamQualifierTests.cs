using NoteCheck.Core;

namespace NoteCheck.Criteria.Tests;

/// <summary>
/// What an exam's own words take back: a limb whose strength the examiner qualifies as effort (give-way, a positive
/// Hoover sign, variable effort) has no objective foot drop, sensory loss or gait in that exam (unlessSameNote), and a
/// healed scar seen on exam dates no surgery, and a letter's 'new' deficit the record tells old is not new (train-628, train-629).
/// </summary>
public sealed class ExamQualifierTests : EngineTestBase
{
    private static Finding InNote(string file, Finding f) =>
        f with { DocumentFile = file, Evidence = [.. f.Evidence.Select(e => e with { Document = file })] };

    private static Finding GiveWay(string side) =>
        F("muscle_weakness", laterality: side, attrs: [("grade", "3/5"), ("effortLimited", true)]);

    [Theory, Trait("criterion", "neuro.foot_drop")]
    [InlineData("foot_drop")]
    [InlineData("dermatomal_sensory_loss")]
    public void ADeficitOfALimbTheSameExamCallsEffortLimited_DoesNotOpenNeuroDeficit(string type)
    {
        var deficit = F(type, laterality: "right", attrs: ("new", true));
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), Mri(), deficit), "neuro_deficit").Status);

        var d = Decide(Request(), Mri(), deficit, GiveWay("right"));
        Assert.NotEqual(IndicationStatus.Met, Ind(d, "neuro_deficit").Status);
        Assert.Contains("qualifies the exam", string.Join(" ", Flatten(Ind(d, "neuro_deficit").Trace!).Select(t => t.Note)));
        // the other leg's give-way, or the same leg's in another note, says nothing of this exam
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), Mri(), deficit, GiveWay("left")), "neuro_deficit").Status);
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), Mri(), deficit, InNote("other.txt", GiveWay("right"))), "neuro_deficit").Status);
    }

    [Fact, Trait("criterion", "neuro.weakness")]
    public void ALetter_sNewDeficit_TheRecordTellsOld_IsNotNew()
    {
        // a PCP letter's 'new and worsening' EHL weakness; the disability examiner found it unchanged since the 2021 post-op note
        var letter = F("muscle_weakness", laterality: "left", attrs: [("muscle", "ehl"), ("new", true)]) with { NoteKind = NoteKind.Letter };
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), Mri(), letter), "neuro_deficit").Status);

        var examOld = InNote("ce.txt", F("muscle_weakness", laterality: "left", attrs: [("muscle", "ehl"), ("new", false)]) with { NoteKind = NoteKind.Consult });
        var d = Decide(Request(), Mri(), letter, examOld);
        Assert.NotEqual(IndicationStatus.Met, Ind(d, "neuro_deficit").Status);
        Assert.Contains("letter's claim", Node(Ind(d, "neuro_deficit"), "neuro.weakness.finding").Note);
        // another letter's 'old', or the record's old reading of another muscle, does not answer it
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), Mri(), letter, examOld with { NoteKind = NoteKind.Letter }), "neuro_deficit").Status);
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), Mri(), letter, InNote("ce.txt", F("muscle_weakness", laterality: "left", attrs: [("muscle", "quadriceps"), ("new", false)]) with { NoteKind = NoteKind.Consult })), "neuro_deficit").Status);
    }

    [Fact, Trait("criterion", "surgical.follow_up")]
    public void AHealedScarOnToday_sExam_DatesNoRecentSurgery()
    {
        var progression = F("symptom_progression");
        var recent = F("prior_lumbar_surgery", attrs: ("procedure", "discectomy"));
        Assert.Equal(IndicationStatus.Met, Ind(Decide(Request(), Mri(), recent, progression), "surgical").Status);

        var scar = F("prior_lumbar_surgery", attrs: ("procedure", "healed_scar"));
        var old = F("prior_lumbar_surgery", date: R.AddYears(-4), attrs: ("procedure", "discectomy"));
        var d = Decide(Request(), Mri(), scar, old, progression);
        Assert.NotEqual(IndicationStatus.Met, Ind(d, "surgical").Status);
        Assert.Contains("healed_scar", Node(Ind(d, "surgical"), "surgical.follow_up.recent.surgery").Note);
    }
}
