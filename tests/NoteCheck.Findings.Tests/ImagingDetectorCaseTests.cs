using NoteCheck.Core;

namespace NoteCheck.Findings.Tests;

/// <summary>
/// The imaging types (prior_imaging, patient_identity, mri_contraindication, ct_preferred, indeterminate_imaging_finding,
/// clinically_unevaluable) on real sentences: positive, negated, and distractors that must not read as present
/// (a study being ordered or ruled out is not a prior study; a patient's wish is not a contraindication).
/// </summary>
public class ImagingDetectorCaseTests
{
    private static readonly ImagingRequest Adult = new() { RequestDate = new DateOnly(2026, 8, 1), Patient = new Patient(null, new DateOnly(1970, 1, 1), "F") };

    [Theory]
    [InlineData("Lumbar spine MRI 01/12/2026 showed a small L4-5 protrusion.", "prior_imaging", "present")]
    [InlineData("Outside x-ray of the lumbar spine revealed grade 1 L5-S1 spondylolisthesis.", "prior_imaging", "present")]
    [InlineData("Imaging: Pelvis/SI x-ray 12/2025: equivocal SI joint sclerosis.", "prior_imaging", "present")]
    [InlineData("Bone scan 05/04/2026: focal L3 uptake, indeterminate, ?metastasis.", "prior_imaging", "present")]
    [InlineData("Hemisacrum seen on pelvic x-ray.", "prior_imaging", "present")]
    [InlineData("HPI: back pain. She has never had an MRI of the lumbar spine.", "prior_imaging", "absent")]
    [InlineData("Patient: Theodore \"Teddy\" Vanterpool-Ashe     DOB: 07/09/2025", "patient_identity", "present")]
    [InlineData("Winifred A. Castellanos-Hume     DOB 10/21/1977     47 y/o F", "patient_identity", "present")]
    [InlineData("Impression: Indeterminate 11 mm T1/T2 hypointense lesion of the L3 body.", "indeterminate_imaging_finding", "present")]
    [InlineData("Bone scan: focal L3 body/pedicle uptake, indeterminate.", "indeterminate_imaging_finding", "present")]
    [InlineData("Pelvis x-ray: equivocal bilateral SI joint sclerosis and questionable erosions.", "indeterminate_imaging_finding", "present")]
    [InlineData("Recommend non-contrast CT of the lumbar spine for further characterization.", "indeterminate_imaging_finding", "present")]
    [InlineData("Preliminary x-ray concerning for an L1 fracture.", "indeterminate_imaging_finding", "present")]
    [InlineData("Intubated by flight crew for airway protection, GCS 3T.", "clinically_unevaluable", "present")]
    [InlineData("Motor and sensory exams cannot be performed - patient sedated and chemically paralyzed.", "clinically_unevaluable", "present")]
    [InlineData("Clinically unevaluable spine.", "clinically_unevaluable", "present")]
    [InlineData("Alert, GCS 15, moving all extremities.", "clinically_unevaluable", "absent")]
    [InlineData("HPI: back pain. No MRI of the lumbar spine has been done.", "prior_imaging", "absent")]
    [InlineData("HPI: back pain. No x-rays done to date.", "prior_imaging", "absent")]
    [InlineData("HPI: back pain. He had an MRI of the lumbar spine last year.", "prior_imaging", "present")]
    [InlineData("Assessment: MRI (the usual next test) is contraindicated by the sacral neuromodulator.", "mri_contraindication", "present")]
    [InlineData("Reconstruction: L tissue expander with integrated magnetic port placed 02/2026.", "mri_contraindication", "present")]
    [InlineData("Attempt 1 aborted at localizer - panic attack despite alprazolam 1 mg.", "mri_contraindication", "present")]
    [InlineData("Anesthesia consult (Dr. Brightwater) 03/23: declines IV sedation for MRI - severe OSA with difficult airway.", "mri_contraindication", "present")]
    [InlineData("Induction of general anesthesia in this setting carries a high risk of hemodynamic collapse.", "mri_contraindication", "present")]
    [InlineData("MRI not now - hemodynamically unstable, multiple lines and traction.", "mri_contraindication", "present")]
    [InlineData("Will send request given pacemaker rules out MRI.", "mri_contraindication", "present")]
    [InlineData("Mild claustrophobia (\"I don't like tubes\").", "mri_contraindication", "absent")]
    [InlineData("Sedation team has seen her, no airway or cardiac concerns.", "mri_contraindication", "absent")]
    [InlineData("Audiology: implants not approved for MRI at any field strength without magnet removal.", "mri_contraindication", "present")]
    [InlineData("Pt's daughter asks for a back CT \"to check for pinched nerves\".", "ct_preferred", "present")]
    [InlineData("Mother asked whether a CT \"today\" would be faster.", "ct_preferred", "present")]
    [InlineData("She asks for \"a CT to make sure.\"", "ct_preferred", "present")]
    [InlineData("I have placed an order for CT lumbar spine per family request.", "ct_preferred", "present")]
    [InlineData("CT is the preferred test to characterize a sclerotic lesion.", "ct_preferred", "present")]
    [InlineData("CT myelogram since MRI didn't explain symptoms and pt prefers to avoid MRI.", "ct_preferred", "present")]
    public void Reads_the_type_with_its_assertion(string sentence, string type, string assertion)
    {
        var findings = Detect.Text(sentence, Adult);
        Assert.Contains(findings, f => f.Type == type && Detect.Name(f.Assertion) == assertion);
    }

    [Theory]
    [InlineData("Plan: CT lumbar spine w/o contrast (72131) to assess fusion.", "prior_imaging")]
    [InlineData("Will submit CT L-spine (72131) today.", "prior_imaging")]
    [InlineData("MRI cervical, thoracic and lumbar spine cannot be performed.", "prior_imaging")]
    [InlineData("Re: anesthesia for MRI lumbar spine.", "prior_imaging")]
    [InlineData("Thank you for asking about MRI of the lumbar spine for this patient.", "prior_imaging")]
    [InlineData("CT lumbar spine was requested as an alternative.", "prior_imaging")]
    [InlineData("I am ordering MRI lumbar spine without contrast and CT lumbar spine without contrast, to be done this week.", "prior_imaging")]
    [InlineData("Pt and son want a back CT - CT L-spine 72131 submitted.", "prior_imaging")]
    [InlineData("Device clinic cleared him for MRI 03/03.", "prior_imaging")]
    [InlineData("Requested by: neurology. Question: can the patient undergo MRI lumbar spine?", "prior_imaging")]
    [InlineData("He is not able to undergo an MRI of the lumbar spine with this device.", "prior_imaging")]
    [InlineData("Continue naproxen. Hold PT. AFO L. Return after imaging.", "patient_identity")]
    [InlineData("Patient: UNKNOWN, TRAUMA \"Zulu-4417\"", "patient_identity")]
    [InlineData("QuantiFERON result indeterminate; repeat in 2 weeks.", "indeterminate_imaging_finding")]
    [InlineData("Cauda equina syndrome cannot be excluded clinically.", "indeterminate_imaging_finding")]
    [InlineData("Back pain unresponsive to extensive conservative treatment.", "clinically_unevaluable")]
    [InlineData("Sedated MRI is not an option given her lung disease.", "clinically_unevaluable")]
    [InlineData("If MRI is contraindicated, we will obtain CT instead.", "mri_contraindication")]
    [InlineData("Patient declines sedation because she dislikes needles.", "mri_contraindication")]
    [InlineData("She would rather have a CT because the MRI wait is long.", "mri_contraindication")]
    [InlineData("MRI is the study of choice; CT is not needed.", "ct_preferred")]
    [InlineData("MRI contraindicated (pacemaker); I would rather not delay imaging.", "ct_preferred")]
    public void Distractors_are_not_present(string sentence, string type)
    {
        var findings = Detect.Text(sentence, Adult);
        Assert.DoesNotContain(findings, f => f.Type == type && f.Assertion == Assertion.Present);
    }
}
