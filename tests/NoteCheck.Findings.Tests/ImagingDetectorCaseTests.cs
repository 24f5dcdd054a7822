using NoteCheck.Core;

namespace NoteCheck.Findings.Tests;

/// <summary>
/// The imaging types (prior_imaging, patient_identity, mri_contraindication, ct_preferred, indeterminate_imaging_finding,
/// clinically_unevaluable) on real sentences: positive, negated, and distractors that must not read as present
/// (a study being ordered or ruled out is not a prior study; a patient's wish is not a contraindication).
/// </summary>
public class ImagingDetectorCaseTests : DetectorCaseTable
{
    private static readonly ImagingRequest Adult = new() { RequestDate = new DateOnly(2026, 8, 1), Patient = new Patient(null, new DateOnly(1970, 1, 1), "F") };

    protected override ImagingRequest? Request => Adult;

    public static TheoryData<string, string, string> Cases => new()
    {
        // reads the type with its assertion
        { "Lumbar spine MRI 01/12/2026 showed a small L4-5 protrusion.", "prior_imaging", "present" },
        { "Outside x-ray of the lumbar spine revealed grade 1 L5-S1 spondylolisthesis.", "prior_imaging", "present" },
        { "Imaging: Pelvis/SI x-ray 12/2025: equivocal SI joint sclerosis.", "prior_imaging", "present" },
        { "Bone scan 05/04/2026: focal L3 uptake, indeterminate, ?metastasis.", "prior_imaging", "present" },
        { "Hemisacrum seen on pelvic x-ray.", "prior_imaging", "present" },
        { "HPI: back pain. She has never had an MRI of the lumbar spine.", "prior_imaging", "absent" },
        { "She had an MRI of the lumbar spine with and without contrast 03/02/2026: a small L2 hemangioma.", "prior_imaging", "present" },
        { "Restaging FDG PET/CT 09/14/2026: new focus at T11.", "prior_imaging", "present" },
        { "Osteopenia on DXA 2024, on alendronate.", "prior_imaging", "present" },
        { "Standing flexion-extension films showed 5 mm of translation at L4-5.", "prior_imaging", "present" },
        { "X-rays today (AP/lateral, in clinic): hardware unchanged.", "prior_imaging", "present" },
        { "IMAGING: None available.", "prior_imaging", "absent" },
        { "Under fluoroscopic guidance the needle was advanced; fluoroscopy confirmed the level.", "prior_imaging", "not present" },
        { "Plan: DXA next year and a screening mammogram.", "prior_imaging", "not present" },
        { "Patient: Theodore \"Teddy\" Vanterpool-Ashe     DOB: 07/09/2025", "patient_identity", "present" },
        { "Winifred A. Castellanos-Hume     DOB 10/21/1977     47 y/o F", "patient_identity", "present" },
        { "Impression: Indeterminate 11 mm T1/T2 hypointense lesion of the L3 body.", "indeterminate_imaging_finding", "present" },
        { "Bone scan: focal L3 body/pedicle uptake, indeterminate.", "indeterminate_imaging_finding", "present" },
        { "Pelvis x-ray: equivocal bilateral SI joint sclerosis and questionable erosions.", "indeterminate_imaging_finding", "present" },
        { "Recommend non-contrast CT of the lumbar spine for further characterization.", "indeterminate_imaging_finding", "present" },
        { "IMPRESSION: Lucent focus in the L2 body with sclerotic rim. Findings are indeterminate; MRI is recommended.", "indeterminate_imaging_finding", "present" },
        { "Outside x-ray: L4 endplate irregularity, read as indeterminate for early discitis.", "indeterminate_imaging_finding", "present" },
        { "The T12 lesion is not indeterminate: it is a typical hemangioma.", "indeterminate_imaging_finding", "not present" },
        { "Preliminary x-ray concerning for an L1 fracture.", "indeterminate_imaging_finding", "present" },
        { "Intubated by flight crew for airway protection, GCS 3T.", "clinically_unevaluable", "present" },
        { "Motor and sensory exams cannot be performed - patient sedated and chemically paralyzed.", "clinically_unevaluable", "present" },
        { "Clinically unevaluable spine.", "clinically_unevaluable", "present" },
        { "Alert, GCS 15, moving all extremities.", "clinically_unevaluable", "absent" },
        { "HPI: back pain. No MRI of the lumbar spine has been done.", "prior_imaging", "absent" },
        { "HPI: back pain. No x-rays done to date.", "prior_imaging", "absent" },
        { "HPI: back pain. He had an MRI of the lumbar spine last year.", "prior_imaging", "present" },
        { "Assessment: MRI (the usual next test) is contraindicated by the sacral neuromodulator.", "mri_contraindication", "present" },
        { "Reconstruction: L tissue expander with integrated magnetic port placed 02/2026.", "mri_contraindication", "present" },
        { "Attempt 1 aborted at localizer - panic attack despite alprazolam 1 mg.", "mri_contraindication", "present" },
        { "Anesthesia consult (Dr. Brightwater) 03/23: declines IV sedation for MRI - severe OSA with difficult airway.", "mri_contraindication", "present" },
        { "Induction of general anesthesia in this setting carries a high risk of hemodynamic collapse.", "mri_contraindication", "present" },
        { "MRI not now - hemodynamically unstable, multiple lines and traction.", "mri_contraindication", "present" },
        { "Will send request given pacemaker rules out MRI.", "mri_contraindication", "present" },
        { "Mild claustrophobia (\"I don't like tubes\").", "mri_contraindication", "absent" },
        { "Sedation team has seen her, no airway or cardiac concerns.", "mri_contraindication", "absent" },
        { "Audiology: implants not approved for MRI at any field strength without magnet removal.", "mri_contraindication", "present" },
        { "Pt's daughter asks for a back CT \"to check for pinched nerves\".", "ct_preferred", "present" },
        { "Mother asked whether a CT \"today\" would be faster.", "ct_preferred", "present" },
        { "She asks for \"a CT to make sure.\"", "ct_preferred", "present" },
        { "I have placed an order for CT lumbar spine per family request.", "ct_preferred", "present" },
        { "CT is the preferred test to characterize a sclerotic lesion.", "ct_preferred", "present" },
        { "CT myelogram since MRI didn't explain symptoms and pt prefers to avoid MRI.", "ct_preferred", "present" },
        { "Disc spaces: mild narrowing at L4-L5, similar to the prior MRI.", "prior_imaging", "present" },
        { "She presents with her dad to go over her x-rays.", "prior_imaging", "present" },
        { "Low back pain for 7 weeks with raised ESR/CRP and normal x-rays.", "prior_imaging", "present" },
        { "Now evaluable with a normal neuro exam and negative lumbar radiographs.", "prior_imaging", "present" },
        { "HPI: back pain. Harper had a brain MRI at age 10 for headaches without sedation.", "prior_imaging", "present" },
        { "HPI: back pain. Tolerated MRI in April with no problem.", "prior_imaging", "present" },
        { "Deep SSI with rising CRP and a large collection on MRI.", "prior_imaging", "present" },
        { "MRI 05/2026 severe L4-5 stenosis; flex/ext XR with 5 mm translation at L4-5.", "prior_imaging", "present" },
        { "Feed-and-bundle (natural sleep) MRI was attempted 04/17/2026 with child life.", "prior_imaging", "present" },
        { "HPI: fell at the pharmacy.\n\nED COURSE / RESULTS\n16:10 XR THORACOLUMBAR SPINE 2 VIEWS (prelim, pasted):\n  FINDINGS: flowing syndesmophytes.", "prior_imaging", "present" },
        // distractors are not present
        { "Our program has cleared her for a 1.5 T MRI of the lumbar spine under these conditions.", "prior_imaging", "not present" },
        { "A friend told her CT is faster.", "prior_imaging", "not present" },
        { "If the MRI would be nondiagnostic, we will need CT; fracture to be assessed on CT.", "prior_imaging", "not present" },
        { "Plan: CT lumbar spine w/o contrast (72131) to assess fusion.", "prior_imaging", "not present" },
        { "Will submit CT L-spine (72131) today.", "prior_imaging", "not present" },
        { "MRI cervical, thoracic and lumbar spine cannot be performed.", "prior_imaging", "not present" },
        { "Re: anesthesia for MRI lumbar spine.", "prior_imaging", "not present" },
        { "Thank you for asking about MRI of the lumbar spine for this patient.", "prior_imaging", "not present" },
        { "CT lumbar spine was requested as an alternative.", "prior_imaging", "not present" },
        { "I am ordering MRI lumbar spine without contrast and CT lumbar spine without contrast, to be done this week.", "prior_imaging", "not present" },
        { "Pt and son want a back CT - CT L-spine 72131 submitted.", "prior_imaging", "not present" },
        { "Device clinic cleared him for MRI 03/03.", "prior_imaging", "not present" },
        { "Requested by: neurology. Question: can the patient undergo MRI lumbar spine?", "prior_imaging", "not present" },
        { "He is not able to undergo an MRI of the lumbar spine with this device.", "prior_imaging", "not present" },
        { "Continue naproxen. Hold PT. AFO L. Return after imaging.", "patient_identity", "not present" },
        { "Patient: UNKNOWN, TRAUMA \"Zulu-4417\"", "patient_identity", "not present" },
        { "QuantiFERON result indeterminate; repeat in 2 weeks.", "indeterminate_imaging_finding", "not present" },
        { "Cauda equina syndrome cannot be excluded clinically.", "indeterminate_imaging_finding", "not present" },
        { "Back pain unresponsive to extensive conservative treatment.", "clinically_unevaluable", "not present" },
        { "Sedated MRI is not an option given her lung disease.", "clinically_unevaluable", "not present" },
        { "If MRI is contraindicated, we will obtain CT instead.", "mri_contraindication", "not present" },
        { "Patient declines sedation because she dislikes needles.", "mri_contraindication", "not present" },
        { "She would rather have a CT because the MRI wait is long.", "mri_contraindication", "not present" },
        { "MRI is the study of choice; CT is not needed.", "ct_preferred", "not present" },
        { "MRI contraindicated (pacemaker); I would rather not delay imaging.", "ct_preferred", "not present" },
    };
}
