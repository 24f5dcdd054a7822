using NoteCheck.Core;

namespace NoteCheck.Findings.Tests;

/// <summary>
/// detector.json "assertionPolicy" on care written in a plan: what is handed over at the visit (a prescription, a brace,
/// a written program) has begun; a referral or procedure is planned; a clause's own cue decides whether care goes on.
/// </summary>
public class AssertionPolicyTests
{
    private static readonly ImagingRequest Adult = new() { RequestDate = new DateOnly(2025, 3, 1), Patient = new Patient(null, new DateOnly(1970, 1, 1), "F") };

    private static Assertion? Care(string note, string modality) =>
        Detect.Text(note, Adult).Where(f => f.Type == "conservative_treatment" && Equals(f.Attr<object>("modality")?.ToString(), modality))
            .Select(f => (Assertion?)f.Assertion).OrderBy(a => a).FirstOrDefault();

    [Theory]
    [InlineData("Plan:\nNaproxen 500 mg BID, prednisone taper x 6 days. Start PT (referral sent).\n", "medication", Assertion.Present)]
    [InlineData("Plan:\nNaproxen 500 mg BID, prednisone taper x 6 days. Start PT (referral sent).\n", "physical_therapy", Assertion.Hypothetical)]
    [InlineData("Plan:\nHold PT. AFO L. Return after imaging.\n", "medical_device", Assertion.Present)]
    [InlineData("Plan:\nStart a home stretching handout, recheck in 4 weeks.\n", "home_exercise_program", Assertion.Present)]
    [InlineData("Plan:\nWill start gabapentin if no better in 2 weeks.\n", "medication", Assertion.Hypothetical)]
    // the clause decides: "continue duloxetine" does not make "PT for balance" ongoing
    [InlineData("Plan:\nGlycemic optimization; podiatry; PT for balance; continue duloxetine.\n", "physical_therapy", Assertion.Hypothetical)]
    [InlineData("P: Glycemic optimization; podiatry; PT for balance; continue duloxetine.\n", "medication", Assertion.Present)]
    [InlineData("Plan:\nRefer to PT to resume; restart HEP; cont naproxen.\n", "home_exercise_program", Assertion.Hypothetical)]
    public void Care_in_a_plan(string note, string modality, Assertion expected) =>
        Assert.Equal(expected, Care(note, modality));

    [Fact]
    public void Besides_breaks_a_negated_list() =>
        Assert.Equal(Assertion.Present, Care("S: LBP x 10 wks, axial. No prior tx besides acetaminophen.\n", "medication"));

    [Fact]
    public void A_negative_diagnostic_block_still_happened() =>
        Assert.Equal(Assertion.Present, Care("HPI: Two ESIs in 2024 and L4-S1 medial branch blocks 08/2025 (negative, < 20% relief).\n", "injection"));
}
