using NoteCheck.Core;

namespace NoteCheck.Findings.Tests;

/// <summary>
/// MRI contraindication phrasings the RA-RF packets (train-606..635) and older writers used that no rule read: a prior
/// MRI done without sedation, a screen's claustrophobia row answered mild, a device ruled out at any field strength, a
/// contraindication named as a noun, a site's 'too heavy', a technologist's account of a panic that ended the attempt, eye metal taken out, and a scanner table's 'Fit?' column answered no.
/// Each with a turned case and a distractor.
/// </summary>
public class MriRecallRound13CaseTests : DetectorCaseTable
{
    protected override ImagingRequest? Request { get; } = new() { RequestDate = new DateOnly(2026, 11, 20), Patient = new Patient(null, new DateOnly(1970, 3, 4), "F") };

    public static TheoryData<string, string, string> Cases => new()
    {
        // a prior MRI done or tolerated without sedation, 'w/o' spelled short (prior_mri_tolerated, done_awake_after_mri)
        { "Rheum note: MRI SI joints/L-spine 2021 normal (tolerated w/o sedation).", "mri_contraindication", "absent, not present" },
        { " - MRI T/L-spine (07/21, done w/o sedation): edema confined to the anterior column at L2-3.", "mri_contraindication", "absent, not present" },
        { "MRI L-spine to be done w/o sedation if she can hold still.", "mri_contraindication", "not absent" },
        { "Lumbar ESI done w/o sedation, tolerated.", "mri_contraindication", "none" },
        // a screen's claustrophobia row answered mild (screen_row_claustrophobia_mild)
        { " Claustrophobia ..................................... \"a little\" - declines meds", "mri_contraindication(reason=claustrophobia)", "absent, not present" },
        { " Claustrophobia: [x] mild - prior MRI brain 1/2022 at this site, completed.", "mri_contraindication(reason=claustrophobia)", "absent, not present" },
        { " Claustrophobia ..................................... YES - severe, aborted 2 scans", "mri_contraindication(reason=claustrophobia)", "not absent" },
        { " Pain ..................................... a little better with PT", "mri_contraindication", "none" },
        // ruled out at any field strength (any_field_strength)
        { "Status: MR UNSAFE - ferromagnetic alloy. Do NOT scan at any field strength.", "mri_contraindication", "present" },
        { "Letter: \"clip is ferromagnetic; MRI at any field strength is unsafe.\" CT requested instead.", "mri_contraindication", "present" },
        { "Titanium clip: safe to scan at any field strength.", "mri_contraindication", "not present" },
        { "Field strength 1.5 T; any artifact noted below.", "mri_contraindication", "none" },
        // a contraindication to MRI named as a noun (contraindication_to_mri)
        { "This clip type is an absolute contraindication to MRI at this facility.", "mri_contraindication", "present" },
        { "Given the failed conservative care and the contraindication to MRI, we believe CT meets criteria.", "mri_contraindication", "present" },
        { "There is no contraindication to MRI.", "mri_contraindication", "not present" },
        { "CT is approvable when there is a contraindication to MRI.", "mri_contraindication", "not present" },
        { "Recommend lumbar spine imaging; CT with/without myelography given MRI contraindication.", "mri_contraindication", "present, not absent" },
        { "Manufacturer: MRI contraindicated for this model. No scan at any field strength.", "mri_contraindication", "present, not absent" },
        { "Anticoagulation is a contraindication to the injection.", "mri_contraindication", "none" },
        // a site's word that the patient is too heavy for its scanner (too_heavy)
        { " - Coldwater Memorial 1.5T: table limit 159 kg - pt too heavy, confirmed.", "mri_contraindication(reason=body_habitus)", "present" },
        { "If the pt is too heavy for the 1.5T table, we will try the open unit.", "mri_contraindication(reason=body_habitus)", "not present" },
        { "She is too heavy to lift her child; back pain since.", "mri_contraindication", "none" },
        // a technologist's account of a panic that ended the attempt (panic_removed)
        { "MRI attempt 1 (1.5 T, 70-cm wide bore):\nPatient became panicked on table advance, HR 128, exited before the localizer. No images.", "mri_contraindication(reason=claustrophobia)", "present" },
        { "MRI 10/27 - 1.5T closed bore, lorazepam 1 mg PO. Panic at table entry\n   (tachycardic, crying), removed before first sequence.", "mri_contraindication(reason=claustrophobia)", "present" },
        { "MRI 10/27: brief panic at table entry, coached, then completed the study without difficulty.", "mri_contraindication", "not present" },
        { "MRI bill arrived; she panicked about the cost and stopped PT.", "mri_contraindication", "none" },
        // eye metal told as taken out (eye_metal_removed): historical; a doubted removal is not
        { "PMH: HTN. R eye \"metal out\" at urgent care 2019. Metalwork/grinding 30 yrs.", "mri_contraindication(reason=metallic_foreign_body)", "historical, not present" },
        { "Assessment: 2. Old R corneal FB, removed 2019 - resolved.", "mri_contraindication(reason=metallic_foreign_body)", "historical, not present" },
        { "Hx metal sliver in R eye (machine shop 2021 - ? removed at urgent care) -> orbit x-rays first.", "mri_contraindication", "not historical" },
        { "Foreign body removed from the L knee 2019.", "mri_contraindication", "none" },
        // a scanner table's 'Fit?' column answered NO with the limit it fails (fit_column_no): present for that unit
        { "Unit                              Table limit   Bore     Fit?\nSite A 1.5T Meridian Classic      159 kg        60 cm    NO - weight and bore\nSite B 1.5T Meridian Aperture     250 kg        70 cm    NO - over table limit by 24 kg", "mri_contraindication(~over table limit)", "present, not absent" },
        { "Unit                              Table limit   Bore     Fit?\nSite C 3T wide bore                250 kg        70 cm    YES", "mri_contraindication", "not present" },
        { "Weight loss: NO - weight stable. Fit? good.", "mri_contraindication", "none" },
    };
}
