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

    [Theory]
    [InlineData("HPI: 4 weeks of new low back pain, steadily worse, now 7/10.", "symptom_progression", "present")]
    [InlineData("Three weeks of progressive low back pain, now constant.", "symptom_progression", "present")]
    [InlineData("Pain has steadily increased over the last 3-4 weeks despite care.", "symptom_progression", "present")]
    [InlineData("LBP x 2 yrs, worse past 4 months.", "symptom_progression", "present")]
    [InlineData("Pt reports LBP is worse than at start of PT.", "symptom_progression", "present")]
    [InlineData("Symptoms are not worsening.", "symptom_progression", "absent")]
    [InlineData("Assessment: subacute progressive back pain and fever: suspected L2-3 discitis.", "back_pain", "present")]
    [InlineData("Pain 7/10, wakes her 1-2x/night.", "back_pain", "present")]
    [InlineData("He states 25% of his pain is in his back.", "back_pain", "present")]
    [InlineData("Recurrent low back and left lower extremity pain.", "back_pain", "present")]
    [InlineData("No wt loss, night sweats, night pain.", "back_pain", "absent")]
    public void Reads_pain_and_its_course(string text, string type, string assertion)
    {
        var findings = Detect.Text(text);
        Assert.True(Has(findings, type, assertion), $"expected {type} {assertion}; got " + string.Join(", ", findings.Select(f => $"{f.Type} {Detect.Name(f.Assertion)}")));
    }

    [Theory]
    // aggravating factors and single bad days are no progression
    [InlineData("Pain worse after 1 h sitting, better walking.")]
    [InlineData("Romberg sway, worse with eyes closed.")]
    [InlineData("Morning stiffness; worse with rest.")]
    [InlineData("Constant aching LBP, worse w/ sitting >30 min.")]
    [InlineData("Worse with any movement, no radiation.")]
    public void Aggravating_factors_are_no_progression(string text) =>
        Assert.DoesNotContain(Detect.Text(text), f => f.Type == "symptom_progression" && f.Assertion == Assertion.Present);

    [Theory]
    [InlineData("3. Remote PT (ended 04/2025) did not help; no active therapy since.", "conservative_treatment_failed", "present")]
    [InlineData("Naproxen 500 BID since 02/20 and cyclobenzaprine qhs, not helping.", "conservative_treatment_failed", "present")]
    [InlineData("PT course interrupted by clinic closure (3 wks, 6 visits) - not a failed course.", "conservative_treatment_failed", "absent")]
    [InlineData("If 6 weeks of PT and home exercise fail, imaging can be reconsidered.", "conservative_treatment_failed", "hypothetical")]
    [InlineData("Per clinic policy the patient is discharged from PT for non-attendance after 2 visits.", "conservative_treatment_stopped", "present")]
    [InlineData("Conservative care incomplete: PT stopped\nafter 2 visits for scheduling.", "conservative_treatment_stopped", "present")]
    [InlineData("Since then no PT, no home program (\"I stopped the exercises in April\").", "conservative_treatment_stopped", "present")]
    [InlineData("Gabapentin 300 mg TID (dizziness, stopped).", "conservative_treatment_stopped", "present")]
    [InlineData("PT course for balance 2024 helped.", "conservative_treatment_improved", "present")]
    public void Reads_how_care_ended(string text, string type, string assertion)
    {
        var findings = Detect.Text(text);
        Assert.True(Has(findings, type, assertion), $"expected {type} {assertion}; got " + string.Join(", ", findings.Select(f => $"{f.Type} {Detect.Name(f.Assertion)}")));
    }

    [Theory]
    // no failed back care: conditionals, another body part, a tibial plateau, a bare 'no change' or a no-show call log
    [InlineData("Follow up with PCP in 2-3 weeks if not improving.", "conservative_treatment_failed")]
    [InlineData("She tried physical therapy for the shoulder without benefit.", "conservative_treatment_failed")]
    [InlineData("The headaches were refractory to the treatment.", "conservative_treatment_failed")]
    [InlineData("Bilateral tibial plateau fracture, treated in a brace.", "conservative_treatment_failed")]
    [InlineData("Her deficits reached a plateau by 10/96.", "conservative_treatment_failed")]
    [InlineData("She had L sciatica in 2019 with decreased sensation over the left foot on exam at the time.", "conservative_treatment_stopped")]
    [InlineData("Naproxen 400 mg prn helps some.", "conservative_treatment_improved")]
    public void Distractors_of_how_care_ended(string text, string type) =>
        Assert.DoesNotContain(Detect.Text(text), f => f.Type == type && f.Assertion == Assertion.Present);

    [Theory]
    [InlineData("CC: low back pain radiating R leg x 2 wks", "radicular_pain", "present")]
    [InlineData("LBP now with new aching into the R buttock and posterior thigh since visit 5.", "radicular_pain", "present")]
    [InlineData("1. LBP with R posterior thigh radiation.", "radicular_pain", "present")]
    [InlineData("Mild low back ache. No rest pain in the legs, no numbness at rest.", "radicular_pain", "absent")]
    [InlineData("Impression: Normal paraspinals argue against L3-4 radiculopathy.", "emg_radiculopathy", "absent")]
    [InlineData("EMG-confirmed plexopathy. Paraspinals normal - not radiculopathy.", "emg_radiculopathy", "absent")]
    public void Reads_radicular_pain_and_the_emg(string text, string type, string assertion)
    {
        var findings = Detect.Text(text);
        Assert.True(Has(findings, type, assertion), $"expected {type} {assertion}; got " + string.Join(", ", findings.Select(f => $"{f.Type} {Detect.Name(f.Assertion)}")));
    }

    [Theory]
    [InlineData("26 months of low back and alternating buttock pain.", "radicular_pain")]
    [InlineData("He can fully extend the knees.", "radicular_pain")]
    [InlineData("Impression: Normal paraspinals argue against L3-4 radiculopathy.", "emg_radiculopathy")]
    public void Distractors_of_radicular_pain(string text, string type) =>
        Assert.DoesNotContain(Detect.Text(text), f => f.Type == type && f.Assertion == Assertion.Present);
}
