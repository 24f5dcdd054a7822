using NoteCheck.Core;

namespace NoteCheck.Findings.Tests;

/// <summary>
/// Conservative care and the back-pain pathway facts (rules/findings/detectors/20-pain.json, 30-conservative.json):
/// positive, negated and distractor sentences, read through the whole text pipeline.
/// </summary>
public class ConservativeCaseTests : DetectorCaseTable
{
    protected override ImagingRequest? Request => null;

    public static TheoryData<string, string, string> Cases => new()
    {
        // care handed over at the visit is present in the plan; referrals and "consider" are planned
        { "Plan:\nNaproxen 500 mg BID, prednisone taper x 6 d. Start PT (referral sent).", "conservative_treatment(modality=medication)", "present" },
        { "Plan:\nNaproxen 500 mg BID, prednisone taper x 6 d. Start PT (referral sent).", "conservative_treatment(modality=physical_therapy)", "hypothetical" },
        { "A/P: Start a home stretching handout, continue naproxen as needed.", "conservative_treatment(modality=home_exercise_program)", "present" },
        { "Recommend: AFO, fibular head protection, repeat EMG in 3 months.", "conservative_treatment(modality=medical_device)", "present" },
        { "Plan: Re-refer PT for aquatic therapy; restart HEP. Cont meloxicam.", "conservative_treatment(modality=home_exercise_program)", "hypothetical" },
        { "Plan: Re-refer PT for aquatic therapy; restart HEP. Cont meloxicam.", "conservative_treatment(modality=physical_therapy)", "hypothetical" },
        { "Plan: Glycemic optimization; podiatry; PT for balance; continue duloxetine.", "conservative_treatment(modality=physical_therapy)", "hypothetical" },
        { "P: Consider L4-5 medial branch blocks after CT.", "conservative_treatment(modality=injection)", "hypothetical" },
        { "Plan: consider gabapentin if the leg pain persists.", "conservative_treatment(modality=medication)", "hypothetical" },
        // ongoing care written in a plan stays present
        { "Plan: CT L-spine. Cont gabapentin, PT.", "conservative_treatment(modality=physical_therapy)", "present" },
        { "A/P: Lumbar strain, improving with PT.", "conservative_treatment(modality=physical_therapy)", "present" },
        { "A/P: LBP with failure of 8 wks chiropractic care, worsening during care.", "conservative_treatment(modality=chiropractic)", "present" },
        { "Subjective: LBP is worse than at the start of PT.", "conservative_treatment(modality=physical_therapy)", "present" },
        // hospital doses and codes are no conservative care
        { "Pain: IV fentanyl 50 mcg, acetaminophen 1 g.", "conservative_treatment(~fentanyl)", "not present" },
        { "Current immunosuppression: tacrolimus, prednisone 5 mg daily.", "conservative_treatment(~prednisone)", "not present" },
        { "CPT code 63075: anterior cervical discectomy.", "conservative_treatment", "not present" },
        { "She was placed on IV Decadron for cord edema.", "conservative_treatment", "not present" },
        // reads pain and its course
        { "HPI: 4 weeks of new low back pain, steadily worse, now 7/10.", "symptom_progression", "present" },
        { "Three weeks of progressive low back pain, now constant.", "symptom_progression", "present" },
        { "Pain has steadily increased over the last 3-4 weeks despite care.", "symptom_progression", "present" },
        { "LBP x 2 yrs, worse past 4 months.", "symptom_progression", "present" },
        { "Pt reports LBP is worse than at start of PT.", "symptom_progression", "present" },
        { "Symptoms are not worsening.", "symptom_progression", "absent" },
        { "Assessment: subacute progressive back pain and fever: suspected L2-3 discitis.", "back_pain", "present" },
        { "Pain 7/10, wakes her 1-2x/night.", "back_pain", "present" },
        { "He states 25% of his pain is in his back.", "back_pain", "present" },
        { "Recurrent low back and left lower extremity pain.", "back_pain", "present" },
        { "No wt loss, night sweats, night pain.", "back_pain", "absent" },
        // aggravating factors and single bad days are no progression
        { "Pain worse after 1 h sitting, better walking.", "symptom_progression", "not present" },
        { "Romberg sway, worse with eyes closed.", "symptom_progression", "not present" },
        { "Morning stiffness; worse with rest.", "symptom_progression", "not present" },
        { "Constant aching LBP, worse w/ sitting >30 min.", "symptom_progression", "not present" },
        { "Worse with any movement, no radiation.", "symptom_progression", "not present" },
        // reads how care ended
        { "3. Remote PT (ended 04/2025) did not help; no active therapy since.", "conservative_treatment_failed", "present" },
        { "Naproxen 500 BID since 02/20 and cyclobenzaprine qhs, not helping.", "conservative_treatment_failed", "present" },
        { "PT course interrupted by clinic closure (3 wks, 6 visits) - not a failed course.", "conservative_treatment_failed", "absent" },
        { "If 6 weeks of PT and home exercise fail, imaging can be reconsidered.", "conservative_treatment_failed", "hypothetical" },
        { "Per clinic policy the patient is discharged from PT for non-attendance after 2 visits.", "conservative_treatment_stopped", "present" },
        { "Conservative care incomplete: PT stopped\nafter 2 visits for scheduling.", "conservative_treatment_stopped", "present" },
        { "Since then no PT, no home program (\"I stopped the exercises in April\").", "conservative_treatment_stopped", "present" },
        { "Gabapentin 300 mg TID (dizziness, stopped).", "conservative_treatment_stopped", "present" },
        { "PT course for balance 2024 helped.", "conservative_treatment_improved", "present" },
        // no failed back care: conditionals, another body part, a tibial plateau, a bare 'no change' or a no-show call log
        { "Follow up with PCP in 2-3 weeks if not improving.", "conservative_treatment_failed", "not present" },
        { "She tried physical therapy for the shoulder without benefit.", "conservative_treatment_failed", "not present" },
        { "The headaches were refractory to the treatment.", "conservative_treatment_failed", "not present" },
        { "Bilateral tibial plateau fracture, treated in a brace.", "conservative_treatment_failed", "not present" },
        { "Her deficits reached a plateau by 10/96.", "conservative_treatment_failed", "not present" },
        { "She had L sciatica in 2019 with decreased sensation over the left foot on exam at the time.", "conservative_treatment_stopped", "not present" },
        { "Naproxen 400 mg prn helps some.", "conservative_treatment_improved", "not present" },
        // reads radicular pain and the emg
        { "CC: low back pain radiating R leg x 2 wks", "radicular_pain", "present" },
        { "LBP now with new aching into the R buttock and posterior thigh since visit 5.", "radicular_pain", "present" },
        { "1. LBP with R posterior thigh radiation.", "radicular_pain", "present" },
        { "Mild low back ache. No rest pain in the legs, no numbness at rest.", "radicular_pain", "absent" },
        { "Impression: Normal paraspinals argue against L3-4 radiculopathy.", "emg_radiculopathy", "absent, not present" },
        { "EMG-confirmed plexopathy. Paraspinals normal - not radiculopathy.", "emg_radiculopathy", "absent" },
        // distractors of radicular pain
        { "26 months of low back and alternating buttock pain.", "radicular_pain", "not present" },
        { "He can fully extend the knees.", "radicular_pain", "not present" },
    };

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
}
