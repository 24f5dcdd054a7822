using NoteCheck.Core;

namespace NoteCheck.Findings.Tests;

/// <summary>
/// Readings behind five missed approvals of ex-test v12 (train-582..602), each in general form: a device NOT on its
/// maker's MR Conditional list; a study line that says the study may not be done, or names it as the usual one; a
/// 'non-surgical candidate'; a stimulator's paresthesia coverage; falling more often as a gait; a transplant the patient
/// is only listed for; a count of no no-shows; pelvic-floor therapy as its own modality. Each with the turned case or a distractor.
/// </summary>
public class DeviceStudyAndCareReadingCaseTests : DetectorCaseTable
{
    protected override ImagingRequest? Request { get; } = new() { RequestDate = new DateOnly(2026, 10, 22), Patient = new Patient(null, new DateOnly(1960, 3, 4), "F") };

    public static TheoryData<string, string, string> Cases => new()
    {
        // a device NOT on the maker's MR Conditional list is not conditional (not_conditional), never a clearance
        { "Generator Meridian DR 2240, implanted 04/2013. Model 2240 is NOT on the manufacturer's MR Conditional\n list (the 2013 conditional system required the 2260 generator).", "mri_contraindication", "present, not absent" },
        { "Generator Meridian DR 2260 is on the manufacturer's MR Conditional list; cleared for 1.5 T.", "mri_contraindication", "absent, not present" },
        // a system no longer conditional; the people who decide will not scan (will_not_scan), unless something is done first
        { "RESULT: RV lead fracture 10/2025; system no longer MR Conditional.", "mri_contraindication", "present" },
        { "Our MR safety officer will not approve scanning. Pt informed.", "mri_contraindication", "present" },
        { "Our facility does not perform off-label scans on non-conditional pacing systems.", "mri_contraindication", "present" },
        { "The MRSO will not scan until the rep reprograms the device to MRI mode.", "mri_contraindication", "not present" },
        { "Orbital metal confirmed on films 08/06/2026 - radiology\n will not scan him.", "mri_contraindication", "present" },
        { "Harborview MR safety committee 05/28/2026: not approved for off-label scanning.", "mri_contraindication", "present" },
        // an attempt told by the minute it was aborted at, in an MRI's sentence or the two before
        { "MRI L-spine, second attempt after midazolam 1 mg IV: aborted again at ~4 min, pt sobbing.", "mri_contraindication", "present" },
        { "Treadmill test aborted at 4 min for dyspnea.", "mri_contraindication", "none" },
        // an attempt ended by panic (panic_removed), an exam aborted after it, an MRI told as not completed (study_not_completed)
        { "MRI tech note: lorazepam 1 mg PO 45 min prior. Panic at table entry, removed.", "mri_contraindication(reason=claustrophobia)", "present" },
        { "MRI attempt #2 w/ IV midazolam - hyperventilating, pulling at coil, removed. Exam\n aborted x2.", "mri_contraindication(~aborted)", "present" },
        { "MRI: anxious at table entry, removed earplugs, then completed without sedation.", "mri_contraindication", "not present" },
        { "MRI 03/09/2026, Redwater Imaging - NOT COMPLETED. Tech note pasted below.", "mri_contraindication", "present" },
        { "MRI not completed yet - insurance authorization pending.", "mri_contraindication", "not present" },
        // a study line that says it may not be done, or names the study as the usual one, is no study done
        { "MRI ELIGIBILITY\n MRI lumbar spine: NOT PERMITTED.", "prior_imaging", "not present" },
        { "Imaging: MRI L-spine is the usual study, but he would need general anesthesia.", "prior_imaging", "not present" },
        { "MRI lumbar spine: mild L4-5 disc bulge, no stenosis.", "prior_imaging", "present" },
        // a non-surgical candidate has no operation planned
        { "Indication at implant: chronic bilateral L5/S1 radicular leg pain, non-surgical candidate.", "planned_surgery", "not present" },
        { "He is a surgical candidate for L4-5 decompression.", "planned_surgery", "present" },
        // a stimulator's paresthesia coverage is the device's field, not saddle numbness
        { "Pt reports loss of L buttock paresthesia coverage since ~spring.", "saddle_anesthesia", "none" },
        { "Reports new buttock numbness since Tuesday.", "saddle_anesthesia", "present" },
        // falling more often is how a gait is told, not an injury
        { "Now on toes nearly always, falls more at preschool, can't keep up on the playground.", "trauma", "not present" },
        { "Mom reports toe walking has become constant, more falls, trips on his L foot.", "trauma", "not present" },
        { "She fell from a ladder on 10/02/2026 and landed on her back.", "trauma", "present" },
        // a transplant the patient is listed for has not happened
        { "PMH: restrictive cardiomyopathy with pulmonary hypertension, listed for heart transplant 03/2026.", "immune_suppression", "none" },
        { "PMH: kidney transplant 2019, on tacrolimus and mycophenolate.", "immune_suppression", "present" },
        // a count of none before the word is full attendance
        { "POC 08/10/2026 - 09/28/2026, 7 visits, 0 no-shows.", "conservative_treatment_stopped", "none" },
        { "Two no-shows without a call; discharged from PT.", "conservative_treatment_stopped", "present" },
        // pelvic-floor therapy is its own modality, in its sentence or in its own therapy note
        { "Pelvic floor PT at Bayside (for leakage, not her back) went well; urine leakage much better, pessary comfortable.", "conservative_treatment_improved(modality=pelvic_floor_pt)", "present" },
        { "BAYSIDE PELVIC HEALTH PHYSICAL THERAPY\n\nPELVIC FLOOR PT - DISCHARGE SUMMARY                  DOS 09/28/2026\n\nA: Good response. Urge leaks down ~70%. 4/4 pelvic goals met.\n", "conservative_treatment_improved(modality=pelvic_floor_pt)", "present" },
        { "Lumbar PT went well: significant improvement, goals met.", "conservative_treatment_improved(modality=physical_therapy)", "present" },
    };
}
