using NoteCheck.Core;

namespace NoteCheck.Findings.Tests;

/// <summary>
/// Pediatric red flags (one finding per flag) and the surgical pathway facts on real sentences:
/// positive, negated, and distractors that must not read as present.
/// </summary>
public class PediatricSurgeryCaseTests
{
    private static readonly ImagingRequest Child = new() { RequestDate = new DateOnly(2025, 3, 1), Patient = new Patient(null, new DateOnly(2011, 6, 1), "M") };

    private static bool Flag(Finding f, string flag, Assertion assertion) =>
        f.Type == "pediatric_red_flag" && f.Assertion == assertion && f.Attr<string>("flag") == flag;

    [Theory]
    [InlineData("Constant low back pain, present all day now.", "constant_pain")]
    [InlineData("He says it hurts all the time.", "constant_pain")]
    [InlineData("It wakes him most nights around 2 am.", "night_pain")]
    [InlineData("The pain woke her from sleep twice this week.", "night_pain")]
    [InlineData("Stiff in the mornings for about an hour.", "morning_stiffness")]
    [InlineData("Back pain for 3 months.", "pain_over_4_weeks")]
    [InlineData("Standing: list to the right with a mild left thoracolumbar curve.", "postural_change")]
    [InlineData("Assessment: painful (non-rotational) scoliosis in an adolescent.", "postural_change")]
    [InlineData("Walks with a limp, favoring the left leg.", "limp")]
    [InlineData("Assessment: toe walking with upper motor neuron signs.", "abnormal_neuro_exam")]
    [InlineData("Motor: hamstrings 4/5, TA 3/5 bilaterally.", "abnormal_neuro_exam")]
    [InlineData("Achilles reflexes 3+ with sustained clonus on the right.", "abnormal_neuro_exam")]
    [InlineData("Pain shoots down the left leg to the foot.", "radicular_pain")]
    [InlineData("Fever to 38.9 C and 3 kg weight loss.", "constitutional_symptoms")]
    [InlineData("6 weeks of low back pain.", "pain_over_4_weeks")]
    [InlineData("2-month history of low back pain.", "pain_over_4_weeks")]
    [InlineData("Decreased appetite and more tired than usual.", "constitutional_symptoms")]
    public void A_red_flag_is_present(string sentence, string flag)
    {
        var findings = Detect.Text(sentence, Child);
        Assert.Contains(findings, f => Flag(f, flag, Assertion.Present));
    }

    [Theory]
    [InlineData("No night pain.", "night_pain")]
    [InlineData("Sleeps through the night.", "night_pain")]
    [InlineData("Afebrile.", "constitutional_symptoms")]
    [InlineData("No weight loss.", "constitutional_symptoms")]
    [InlineData("Pain comes and goes.", "constant_pain")]
    [InlineData("Normal posture, no scoliosis.", "postural_change")]
    [InlineData("Strength 5/5 throughout. Patellar and Achilles reflexes 2+ and symmetric. Sensation intact.", "abnormal_neuro_exam")]
    [InlineData("Neuro: moves both legs spontaneously and kicks symmetrically against resistance.", "abnormal_neuro_exam")]
    public void A_pertinent_negative_is_absent(string sentence, string flag)
    {
        var findings = Detect.Text(sentence, Child);
        Assert.Contains(findings, f => Flag(f, flag, Assertion.Absent));
        Assert.DoesNotContain(findings, f => Flag(f, flag, Assertion.Present));
    }

    [Theory]
    [InlineData("FHx: maternal aunt with scoliosis (braced as teen).", "postural_change")]
    [InlineData("No family history of scoliosis.", "postural_change")]
    [InlineData("Strength 5/5 throughout, no clonus, downgoing toes.", "abnormal_neuro_exam")]
    [InlineData("No hyperreflexia or clonus.", "abnormal_neuro_exam")]
    [InlineData("Played soccer since age 4; now 13 with back pain.", "age_5_or_younger")]
    [InlineData("Pain in the left knee 4/10.", "abnormal_neuro_exam")]
    [InlineData("3 weeks of low back pain.", "pain_over_4_weeks")]
    public void A_distractor_is_no_present_flag(string sentence, string flag)
    {
        var findings = Detect.Text(sentence, Child);
        Assert.DoesNotContain(findings, f => Flag(f, flag, Assertion.Present));
    }

    [Fact]
    public void A_normal_exam_line_with_a_deficit_is_not_read_as_normal()
    {
        var findings = Detect.Text("Strength 5/5 except left EHL 3/5, sensation intact.", Child);
        Assert.DoesNotContain(findings, f => Flag(f, "abnormal_neuro_exam", Assertion.Absent));
        Assert.Contains(findings, f => Flag(f, "abnormal_neuro_exam", Assertion.Present));
    }

    private static readonly ImagingRequest Adult = new() { RequestDate = new DateOnly(2025, 3, 1), Patient = new Patient(null, new DateOnly(1970, 1, 1), "F") };

    [Theory]
    [InlineData("Plan: L4-5 laminectomy planned for 06/2025.", "planned_surgery", "present")]
    [InlineData("He is scheduled for L4-5 fusion next month.", "planned_surgery", "present")]
    [InlineData("PLAN: Likely L4-5 microdiscectomy soon given motor deficit.", "planned_surgery", "present")]
    [InlineData("Tentative surgery after cardiac risk assessment.", "planned_surgery", "present")]
    [InlineData("If nonunion is confirmed, plan revision L4-5 posterior fusion with screw exchange.", "planned_surgery", "possible")]
    [InlineData("If not, he might be a candidate for a lumbar spine fusion.", "planned_surgery", "possible")]
    [InlineData("Not a surgical candidate.", "planned_surgery", "absent")]
    [InlineData("Recently had his right knee replaced and also back surgery about a year ago.", "prior_lumbar_surgery", "present")]
    [InlineData("Surgery 01/06/2026 (urgent): L4-5 laminotomy and microdiscectomy, left.", "prior_lumbar_surgery", "present")]
    [InlineData("Her brother has a spondylolisthesis that was fused last year.", "prior_lumbar_surgery", "family")]
    public void Reads_the_surgical_fact(string sentence, string type, string assertion)
    {
        var findings = Detect.Text(sentence, Adult);
        Assert.Contains(findings, f => f.Type == type && Detect.Name(f.Assertion) == assertion);
    }

    [Theory]
    // an operative report's indications and narrative describe the operation done, not a plan
    [InlineData("INDICATIONS: She wished to proceed with the aforementioned surgery due to her persistent symptoms.", "planned_surgery")]
    [InlineData("She had agreed to proceed with the surgery.", "planned_surgery")]
    [InlineData("He was subsequently taken back for a dural repair.", "planned_surgery")]
    [InlineData("The patient is now being recommended to undergo decompression and fusion at C5-C6.", "planned_surgery")]
    [InlineData("He did not wish to proceed with surgery.", "planned_surgery")]
    // a discectomy in the plan is planned, not prior; a specialty name or a non-spine organ is no prior surgery
    [InlineData("Plan: consider L5-S1 microdiscectomy if no better in 6 weeks.", "prior_lumbar_surgery")]
    [InlineData("Surgeon: A. Bell, MD, Orthopaedic Spine Surgery", "prior_lumbar_surgery")]
    [InlineData("PSH: cholecystectomy, right knee arthroscopy, hernia repair.", "prior_lumbar_surgery")]
    [InlineData("Longstanding cervical spinal stenosis status post decompression, with low back pain.", "prior_lumbar_surgery")]
    [InlineData("Left C5-6 hemilaminotomy and foraminotomy for decompression of the nerve root.", "prior_lumbar_surgery")]
    [InlineData("Need to assess posterior wall integrity before kyphoplasty.", "prior_lumbar_surgery")]
    public void Surgical_distractors_are_not_present(string sentence, string type)
    {
        var findings = Detect.Text(sentence, Adult);
        Assert.DoesNotContain(findings, f => f.Type == type && f.Assertion == Assertion.Present);
    }

    [Theory]
    [InlineData("Headache x 5 days, severe when upright, gone within 15 min of lying flat.", "csf_leak_suspected", "present")]
    [InlineData("\"Clear water\" dripping from the lower end of the incision since yesterday.", "csf_leak_suspected", "present")]
    [InlineData("Incidental 4 mm dural tear repaired primarily.", "csf_leak_suspected", "present")]
    [InlineData("New 2 mm lucency around both L5 screws.", "hardware_complication", "present")]
    [InlineData("Assessment: suspected pseudarthrosis L4-5, 9 months after TLIF, with possible L5 screw loosening.", "hardware_complication", "present")]
    [InlineData("L5-S1 hardware intact, interbody cage in good position.", "hardware_complication", "absent")]
    [InlineData("Symptomatic suspected pseudarthrosis L4-5, 9 months after TLIF.", "pseudoarthrosis", "present")]
    [InlineData("After the L4-5 fusion there is no definite bridging trabecular bone across the disc space.", "pseudoarthrosis", "present")]
    [InlineData("No signs of pseudarthrosis.", "pseudoarthrosis", "absent")]
    [InlineData("Incision well healed, no erythema or drainage.", "surgical_site_infection", "absent")]
    [InlineData("Recurrent left leg pain 3 months after the discectomy.", "postop_symptoms", "present")]
    [InlineData("No new numbness or weakness since surgery.", "postop_symptoms", "absent")]
    [InlineData("Imaging: standing AP/lateral and flexion/extension lumbar x-rays today: L5-S1 hardware intact.", "postop_xray", "present")]
    public void Reads_the_postoperative_fact(string sentence, string type, string assertion)
    {
        var findings = Detect.Text(sentence, Adult);
        Assert.Contains(findings, f => f.Type == type && Detect.Name(f.Assertion) == assertion);
    }

    [Theory]
    [InlineData("Headache for 2 days, no fever.", "csf_leak_suspected")]
    [InlineData("Clear nasal discharge with a cold.", "csf_leak_suspected")]
    [InlineData("Erythema and warmth of the left knee.", "surgical_site_infection")]
    [InlineData("X-rays show grade 1 spondylolisthesis; fusion recommended.", "postop_xray")]
    [InlineData("Healed L1 compression fracture, no motion on flexion-extension.", "pseudoarthrosis")]
    [InlineData("New left leg weakness for 2 weeks, no prior surgery.", "postop_symptoms")]
    public void Postoperative_distractors_are_not_present(string sentence, string type)
    {
        var findings = Detect.Text(sentence, Adult);
        Assert.DoesNotContain(findings, f => f.Type == type && f.Assertion == Assertion.Present);
    }
}
