using NoteCheck.Core;

namespace NoteCheck.Findings.Tests;

/// <summary>
/// MRI safety screens and sedation clearances (writer AA traps, helper peds5): a screening form's rows answered no,
/// a clearance, a request form's label, and a differential; a "Y" row or a real contraindication stays as written.
/// </summary>
public class MriScreeningCaseTests : DetectorCaseTable
{
    protected override ImagingRequest? Request { get; } = new() { RequestDate = new DateOnly(2026, 11, 20), Patient = new Patient(null, new DateOnly(2018, 3, 14), "M") };

    public static TheoryData<string, string, string> Cases => new()
    {
        { "MRI SAFETY SCREEN (patient)\n  Pacemaker / ICD ............ No\n  Cochlear implant ........... No", "mri_contraindication(reason=pacemaker_icd)", "absent, not present" },
        { "MRI SAFETY SCREEN (patient)\n  Pacemaker / ICD ............ No\n  Cochlear implant ........... No", "mri_contraindication(reason=cochlear_implant)", "absent, not present" },
        { "Does the PATIENT have any of the following?  (Y / N)\n  Cochlear / ear implant .............................   N\n  Aneurysm clip ......................................   N", "mri_contraindication(reason=aneurysm_clip)", "absent, not present" },
        { "  Metal in eyes / metal worker .......................   N\n", "mri_contraindication(reason=metallic_foreign_body)", "absent, not present" },
        { "  Cardiac pacemaker or defibrillator (ICD) ...........   Y\n", "mri_contraindication(reason=pacemaker_icd)", "not absent" },
        { "PLAN: OK for MRI under sedation. Tentative slot 11/24/2026 07:30.", "mri_contraindication", "absent, not present" },
        { "- Patient CLEARED for MRI. No sedation needed.", "mri_contraindication", "absent, not present" },
        { "Radiology: MRI not cleared for MRI until the BB is removed.", "mri_contraindication", "not absent" },
        { "Requested study: MRI lumbar spine w/o contrast (ordering: Peds Ortho)", "prior_imaging", "not present" },
        { "Exam requested: MRI lumbar spine + pelvis w/o contrast", "prior_imaging", "not present" },
        { "Differential: osteoid osteoma of the posterior elements.", "spinal_tumor", "possible, not present" },
        { "I am comfortable with CT, which shows an osteoid osteoma nidus well.", "spinal_tumor", "none" },
        { "MRI L-spine 10/2: 9 mm osteoid osteoma of the L3 lamina.", "spinal_tumor", "present" },
    };
}
