using NoteCheck.Core;

namespace NoteCheck.Findings.Tests;

/// <summary>
/// Tuner t-mri: MRI inability that is only a wait or a sedation plan, a fall that did no harm, a differential set
/// aside, a study that was never done (a guideline's title, a question, a label with no result), and a course's length
/// dictated in words. Each class: the positive, the negated or otherwise-not case, and a distractor.
/// </summary>
public class MriTraumaApprovalCaseTests : DetectorCaseTable
{
    protected override ImagingRequest? Request { get; } = new() { RequestDate = new DateOnly(2026, 11, 20), Patient = new Patient(null, new DateOnly(1970, 3, 14), "F") };

    public static TheoryData<string, string, string> Cases => new()
    {
        // sedation or anesthesia cleared: no contraindication on sedation grounds (it denies only that reason)
        { "Assessment: cannot hold still for MRI awake but is a good candidate for general anesthesia.", "mri_contraindication(reason=sedation_unsafe)", "absent" },
        { "No contraindication to sedation or anesthesia. MRI under GA is appropriate and safe.", "mri_contraindication(reason=sedation_unsafe)", "absent, not present" },
        { "He is not a good candidate for general anesthesia (difficult airway).", "mri_contraindication(reason=sedation_unsafe)", "not absent" },
        { "If MRI under GA is safe, we will book it.", "mri_contraindication(reason=sedation_unsafe)", "not absent" },
        { "MRI booked under GA for 01/12/2027.", "mri_contraindication(reason=sedation_unsafe)", "absent" },
        // a wait or a wish for a sooner scan is no contraindication: possible, for a reviewer
        { "For these reasons an MRI cannot be performed in a timely way and I am requesting CT instead.", "mri_contraindication", "possible, not present" },
        { "MRI cannot be scheduled soon enough for the family.", "mri_contraindication", "possible, not present" },
        { "MRI cannot be performed because of his non-MR-conditional pacemaker.", "mri_contraindication", "present" },
        // a fall the clause says did no harm is no injury to evaluate; a head spared says nothing of the back
        { "Two falls in October, both backwards when turning, no injury.", "trauma(injured=false)", "present" },
        { "Fell from a ladder 10/02, no head injury, severe low back pain since.", "trauma(injured=false)", "none" },
        { "No falls, no injury.", "trauma", "not present" },
        // a differential weighed and set aside
        { "Peroneal neuropathy considered but the inversion weakness and shin distribution favor the L5 root.", "peroneal_nerve_injury", "absent, not present" },
        { "Left peroneal neuropathy at the fibular head, confirmed on NCS.", "peroneal_nerve_injury", "present" },
        { "Peroneal neuropathy considered but the inversion weakness and shin distribution favor the L5 root.", "peripheral_neuropathy", "none" },
        { "Lumbosacral plexopathy was considered, but the paraspinal denervation points to the root.", "plexopathy", "absent, not present" },
        // a study never done: a guideline's title, a question, a label whose text is no result
        { "Criteria applied: NIA lumbar spine CT guideline; state WC treatment guidelines.", "prior_imaging", "none" },
        { "Question: Can this patient have an MRI of the lumbar spine?", "prior_imaging", "not present" },
        { "MRI L-spine was the first choice - CANNOT be performed: the pacemaker system is NOT MR conditional.", "prior_imaging", "not present" },
        { "MRI L-spine: pt had brain MRI 2025 with lorazepam and did fine; she asks to avoid the scanner.", "prior_imaging(region=lumbar)", "not present" },
        { "MRI L-spine 10/2: 9 mm osteoid osteoma of the L3 lamina.", "prior_imaging(modality=mri)", "present" },
        // a course's length dictated in words where the words sum it up, not a plan
        { "She had thirteen visits of physical therapy from September eight through October twenty seven which is seven weeks.", "conservative_treatment(weeks=7)", "present" },
        { "Continue physical therapy twice weekly for six weeks.", "conservative_treatment(weeks=6)", "none" },
        { "Started physical therapy seven weeks ago.", "conservative_treatment(weeks=7)", "none" },
    };
}
