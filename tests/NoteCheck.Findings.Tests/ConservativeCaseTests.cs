using NoteCheck.Core;

namespace NoteCheck.Findings.Tests;

/// <summary>
/// Conservative care and the back-pain pathway facts (rules/findings/detectors/20-pain.json, 30-conservative.json):
/// positive, negated and distractor sentences, read through the whole text pipeline.
/// </summary>
public class ConservativeCaseTests
{
    private static bool Has(IEnumerable<Finding> findings, string type, string assertion, string? modality = null) =>
        findings.Any(f => f.Type == type && Detect.Name(f.Assertion) == assertion && (modality is null || f.Attr<string>("modality") == modality));

    [Theory]
    // care handed over at the visit is present in the plan; referrals and "consider" are planned
    [InlineData("Plan:\nNaproxen 500 mg BID, prednisone taper x 6 d. Start PT (referral sent).", "medication", "present")]
    [InlineData("Plan:\nNaproxen 500 mg BID, prednisone taper x 6 d. Start PT (referral sent).", "physical_therapy", "hypothetical")]
    [InlineData("A/P: Start a home stretching handout, continue naproxen as needed.", "home_exercise_program", "present")]
    [InlineData("Recommend: AFO, fibular head protection, repeat EMG in 3 months.", "medical_device", "present")]
    [InlineData("Plan: Re-refer PT for aquatic therapy; restart HEP. Cont meloxicam.", "home_exercise_program", "hypothetical")]
    [InlineData("Plan: Re-refer PT for aquatic therapy; restart HEP. Cont meloxicam.", "physical_therapy", "hypothetical")]
    [InlineData("Plan: Glycemic optimization; podiatry; PT for balance; continue duloxetine.", "physical_therapy", "hypothetical")]
    [InlineData("P: Consider L4-5 medial branch blocks after CT.", "injection", "hypothetical")]
    [InlineData("Plan: consider gabapentin if the leg pain persists.", "medication", "hypothetical")]
    // ongoing care written in a plan stays present
    [InlineData("Plan: CT L-spine. Cont gabapentin, PT.", "physical_therapy", "present")]
    [InlineData("A/P: Lumbar strain, improving with PT.", "physical_therapy", "present")]
    [InlineData("A/P: LBP with failure of 8 wks chiropractic care, worsening during care.", "chiropractic", "present")]
    [InlineData("Subjective: LBP is worse than at the start of PT.", "physical_therapy", "present")]
    public void Reads_care_in_a_plan_as_given_ongoing_or_planned(string text, string modality, string assertion)
    {
        var findings = Detect.Text(text);
        Assert.True(Has(findings, "conservative_treatment", assertion, modality),
            $"expected {modality} {assertion}; got " + string.Join(", ", findings.Where(f => f.Type == "conservative_treatment").Select(f => $"{f.Attr<string>("modality")} {Detect.Name(f.Assertion)}")));
    }

    [Fact]
    public void A_pt_clinic_heading_is_no_episode_but_its_plan_of_care_is()
    {
        const string note = "SUMMIT RIDGE PHYSICAL THERAPY - DISCHARGE SUMMARY\nDate: 07/28/2025\nDx: M54.50 LBP\n\n"
            + "IE 06/02/2025: LBP x 5 months, axial. POC 2x/wk x 6 wks.\n";
        var pt = Detect.Text(note, file: "2025-07-28-pt-note.txt").Where(f => f.Type == "conservative_treatment" && f.Attr<string>("modality") == "physical_therapy").ToList();
        var finding = Assert.Single(pt);
        Assert.Equal(Assertion.Present, finding.Assertion);
        Assert.DoesNotContain(finding.Evidence, e => e.Text.Contains("PHYSICAL THERAPY", StringComparison.Ordinal));
        Assert.Contains(finding.Evidence, e => e.Text.StartsWith("POC 2x/wk", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Pain: IV fentanyl 50 mcg, acetaminophen 1 g.", "fentanyl")]
    [InlineData("Current immunosuppression: tacrolimus, prednisone 5 mg daily.", "prednisone")]
    [InlineData("CPT code 63075: anterior cervical discectomy.", null)]
    [InlineData("She was placed on IV Decadron for cord edema.", null)]
    public void Hospital_doses_and_codes_are_no_conservative_care(string text, string? drug)
    {
        var findings = Detect.Text(text);
        Assert.DoesNotContain(findings, f => f.Type == "conservative_treatment" && f.Assertion == Assertion.Present
            && (drug is null || f.Evidence.Any(e => e.Text.Contains(drug, StringComparison.OrdinalIgnoreCase))));
    }
}
