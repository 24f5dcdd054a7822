using NoteCheck.Core;

namespace NoteCheck.Findings.Tests;

/// <summary>Each finding type on real sentences: positive, negated, and a distractor that must not read as present.</summary>
public class DetectorCaseTests
{
    private static readonly ImagingRequest Adult = new() { RequestDate = new DateOnly(2025, 3, 1), Patient = new Patient(null, new DateOnly(1970, 1, 1), "F") };
    private static readonly ImagingRequest Child = new() { RequestDate = new DateOnly(2025, 3, 1), Patient = new Patient(null, new DateOnly(2016, 6, 1), "M") };

    [Theory]
    // dermatomal sensory loss
    [InlineData("Exam: decreased pinprick over the left L5 dermatome.", "dermatomal_sensory_loss", "present")]
    [InlineData("Sensation intact to light touch and pinprick in both legs.", "dermatomal_sensory_loss", "absent")]
    [InlineData("Exam: diminished light touch over the dorsum of the right foot.", "dermatomal_sensory_loss", "present")]
    // foot drop
    [InlineData("Left ankle dorsiflexion 0/5 with a new foot slap.", "foot_drop", "present")]
    [InlineData("No foot drop.", "foot_drop", "absent")]
    // saddle anesthesia
    [InlineData("Decreased pinprick in the perineum and buttocks (saddle distribution).", "saddle_anesthesia", "present")]
    [InlineData("Denies saddle anesthesia.", "saddle_anesthesia", "absent")]
    // failed conservative care
    [InlineData("Completed 8 weeks of PT with no meaningful improvement.", "conservative_treatment_failed", "present")]
    [InlineData("Pain worsening despite 6 weeks of chiropractic care.", "conservative_treatment_failed", "present")]
    // weakness
    [InlineData("Motor: left EHL 4/5.", "muscle_weakness", "present")]
    [InlineData("Strength 5/5 throughout.", "muscle_weakness", "absent")]
    // reflexes
    [InlineData("Achilles absent bilaterally.", "abnormal_reflexes", "present")]
    [InlineData("Reflexes 2+ and symmetric.", "abnormal_reflexes", "absent")]
    [InlineData("Positive Babinski on the right.", "abnormal_reflexes", "present")]
    // bowel / bladder
    [InlineData("New urinary retention since yesterday.", "bowel_bladder_dysfunction", "present")]
    [InlineData("Denies bowel or bladder incontinence.", "bowel_bladder_dysfunction", "absent")]
    // gait
    [InlineData("Antalgic gait favoring the left.", "gait_abnormality", "present")]
    [InlineData("Gait normal.", "gait_abnormality", "absent")]
    // tone
    [InlineData("Spasticity in both lower extremities.", "increased_muscle_tone", "present")]
    [InlineData("Tone normal.", "increased_muscle_tone", "absent")]
    // cauda equina and its parts
    [InlineData("Dx: cauda equina syndrome.", "cauda_equina_syndrome", "present")]
    [InlineData("Absent anal wink.", "absent_anal_reflex", "present")]
    [InlineData("New erectile dysfunction since the injury.", "sexual_dysfunction", "present")]
    // exclusions
    [InlineData("Diabetic peripheral neuropathy.", "peripheral_neuropathy", "present")]
    [InlineData("Lumbosacral plexopathy on EMG.", "plexopathy", "present")]
    [InlineData("Common peroneal nerve palsy.", "peroneal_nerve_injury", "present")]
    // pain
    [InlineData("Chronic low back pain.", "back_pain", "present")]
    [InlineData("Denies back pain.", "back_pain", "absent")]
    [InlineData("Sciatica down the right leg.", "radicular_pain", "present")]
    [InlineData("No radiation into the legs.", "radicular_pain", "absent")]
    [InlineData("Leg weakness is worsening despite PT.", "symptom_progression", "present")]
    [InlineData("EMG/NCS: acute left L5 radiculopathy.", "emg_radiculopathy", "present")]
    [InlineData("EMG shows no evidence of lumbar radiculopathy.", "emg_radiculopathy", "absent")]
    // conservative care
    [InlineData("Physical therapy 2x/week for 6 wks.", "conservative_treatment", "present")]
    [InlineData("Meloxicam 15 mg daily.", "conservative_treatment", "present")]
    [InlineData("Stopped PT after 3 visits because the clinic closed.", "conservative_treatment_stopped", "present")]
    [InlineData("Significant improvement with PT, goals met.", "conservative_treatment_improved", "present")]
    // MRI
    [InlineData("MRI is contraindicated due to a non-MR-conditional pacemaker.", "mri_contraindication", "present")]
    [InlineData("No contraindication to MRI.", "mri_contraindication", "absent")]
    [InlineData("Patient prefers CT rather than MRI.", "ct_preferred", "present")]
    // surgery
    [InlineData("S/p L4-5 laminectomy in 2019.", "prior_lumbar_surgery", "present")]
    [InlineData("No prior back surgery.", "prior_lumbar_surgery", "absent")]
    [InlineData("Scheduled for L4-5 TLIF next month.", "planned_surgery", "present")]
    [InlineData("Pseudarthrosis at L5-S1 on CT.", "pseudoarthrosis", "present")]
    [InlineData("Broken S1 pedicle screw on x-ray.", "hardware_complication", "present")]
    [InlineData("Positional headache since the durotomy.", "csf_leak_suspected", "present")]
    [InlineData("Purulent drainage from the incision.", "surgical_site_infection", "present")]
    // other pathways
    [InlineData("Fell from a ladder yesterday.", "trauma", "present")]
    [InlineData("No trauma.", "trauma", "absent")]
    [InlineData("Acute L1 compression fracture.", "fracture", "present")]
    [InlineData("History of metastatic breast cancer.", "malignancy", "present")]
    [InlineData("No known cancer.", "malignancy", "absent")]
    [InlineData("MRI consistent with L3-4 discitis.", "infection", "present")]
    [InlineData("On methotrexate for rheumatoid arthritis.", "immune_suppression", "present")]
    [InlineData("ESR 68 and CRP 4.2 mg/dL.", "abnormal_inflammatory_labs", "present")]
    [InlineData("Ankylosing spondylitis since age 30.", "spinal_abnormality_underlying", "present")]
    [InlineData("Grade 1 isthmic spondylolisthesis at L5-S1.", "spondylolisthesis", "present")]
    [InlineData("Bilateral L5 pars defects.", "spondylolysis", "present")]
    [InlineData("Known tethered cord.", "tethered_cord", "present")]
    [InlineData("Known lipomyelomeningocele.", "spinal_dysraphism", "present")]
    [InlineData("Deep sacral dimple 7 mm above the gluteal crease.", "sacral_dimple", "present")]
    [InlineData("Persistent toe walking with brisk reflexes.", "toe_walking", "present")]
    [InlineData("Chiari I malformation.", "chiari_malformation", "present")]
    [InlineData("History of multiple sclerosis.", "neuroinflammatory_disease", "present")]
    [InlineData("Imperforate anus repaired at birth.", "anorectal_malformation", "present")]
    [InlineData("Lumbosacral hairy patch noted.", "cutaneous_stigmata", "present")]
    [InlineData("MRI lumbar spine 03/01/2024 showed an L4-5 disc herniation.", "prior_imaging", "present")]
    public void Reads_the_type_with_its_assertion(string sentence, string type, string assertion)
    {
        var findings = Detect.Text(sentence, Adult);
        Assert.Contains(findings, f => f.Type == type && Detect.Name(f.Assertion) == assertion);
    }

    [Theory]
    [InlineData("She reports tingling in her toes at night.", "dermatomal_sensory_loss")]
    [InlineData("Dorsiflexion 5/5 bilaterally.", "foot_drop")]
    [InlineData("Numbness in the left great toe.", "saddle_anesthesia")]
    [InlineData("Significant improvement with PT; goals met.", "conservative_treatment_failed")]
    [InlineData("Generalized weakness and fatigue from the flu.", "muscle_weakness")]
    [InlineData("Bladder scan 90 mL after voiding.", "bowel_bladder_dysfunction")]
    [InlineData("Her MR-conditional pacemaker was cleared for MRI by cardiology.", "mri_contraindication")]
    [InlineData("Patient prefers CT rather than MRI.", "mri_contraindication")]
    [InlineData("Peroneal neuropathy at the fibular head.", "peripheral_neuropathy")]
    [InlineData("ESR 8, CRP 0.3 mg/dL.", "abnormal_inflammatory_labs")]
    [InlineData("Brother s/p lumbar laminectomy.", "prior_lumbar_surgery")]
    [InlineData("Neck pain only.", "back_pain")]
    [InlineData("Hemangioma in the L2 vertebral body.", "cutaneous_stigmata")]
    [InlineData("If new weakness or urinary retention develop, go to the ED.", "bowel_bladder_dysfunction")]
    [InlineData("Ibuprofen injection site rash on the arm.", "trauma")]
    public void Distractors_are_not_present(string sentence, string type)
    {
        var findings = Detect.Text(sentence, Adult);
        Assert.DoesNotContain(findings, f => f.Type == type && f.Assertion == Assertion.Present);
    }

    [Fact]
    public void Pediatric_red_flags_fire_for_children_only()
    {
        const string text = "Low back pain for 6 weeks. Pain wakes him from sleep. Fever to 38.9 C. No weight loss.";
        var child = Detect.Text(text, Child);
        Assert.Contains(child, f => f.Type == "pediatric_red_flag" && f.Assertion == Assertion.Present && f.Attr<string>("flag") == "night_pain");
        Assert.Contains(child, f => f.Type == "pediatric_red_flag" && f.Assertion == Assertion.Present && f.Attr<string>("flag") == "pain_over_4_weeks");
        Assert.Contains(child, f => f.Type == "pediatric_red_flag" && f.Assertion == Assertion.Present && f.Attr<string>("flag") == "constitutional_symptoms");
        Assert.All(child.Where(f => f.Type == "pediatric_red_flag"), f => Assert.Equal(8, f.Attr<int>("age")));
        Assert.DoesNotContain(Detect.Text(text, Adult), f => f.Type == "pediatric_red_flag");
    }

    [Fact]
    public void Age_five_or_younger_is_a_flag_read_from_the_note()
    {
        var findings = Detect.Text("4-year-old boy with back pain, refuses to walk.");
        Assert.Contains(findings, f => f.Type == "pediatric_red_flag" && f.Attr<string>("flag") == "age_5_or_younger");
        Assert.Contains(findings, f => f.Type == "pediatric_red_flag" && f.Attr<string>("flag") == "limp");
    }
}
