using NoteCheck.Core;

namespace NoteCheck.Findings.Tests;

/// <summary>
/// The misreads behind retired test v12's false approvals (train-579, 584, 600), each with a positive, a negated or
/// not-so form and a distractor: a form's or clinic's 'injury' is no event, a crash or a kick is; one mechanism however the verb is written;
/// an examiner's 'not in any dermatomal pattern'; the nerve a mononeuropathy names, and a neuropathy said not to explain a deficit; a repeated-movement test's 'no change'; urine lost while intoxicated; a
/// preliminary read the note's final read replaces.
/// </summary>
public class RetoldRecordCaseTests : DetectorCaseTable
{
    private static readonly ImagingRequest Adult = new() { RequestDate = new DateOnly(2026, 8, 28), Patient = new Patient(null, new DateOnly(1966, 5, 19), "F") };

    protected override ImagingRequest? Request => Adult;

    private const string Visit = "Office visit 08/22/2026\n";

    public static TheoryData<string, string, string> Cases => new()
    {
        // a form's title and a clinic's name are no injury ...
        { "INITIAL WORK INJURY VISIT / FIRST REPORT OF INJURY (Form 801 attached)", "trauma", "none" },
        { "NORTHGATE FAMILY & INJURY MEDICINE      Ph 555-0186", "trauma", "none" },
        // ... an injury told as an event is
        { Visit + "HPI: Back injury from a fall off a ladder on 08/15/2026.", "trauma", "present" },
        // a named lesion's 'injury' is no event (a sphincter, a cauda equina, a pars) ...
        { Visit + "Known remote obstetric anal sphincter injury (3rd degree tear 1991).", "trauma", "none" },
        { Visit + "A: neurogenic bladder from the 2019 cauda equina injury.", "trauma", "none" },
        // sport and outdoor events told without 'fell', 'accident' or 'injury' ...
        { Visit + "CC: low back pain since a high-speed GS crash 01/24/2026.", "trauma", "present" },
        { Visit + "R low back pain after a horse kick 08/12.", "trauma", "present" },
        { Visit + "Landed seated, then struck his back on the edge of the bottom step.", "trauma", "present" },
        // ... not a course, a beacon or a blood sugar
        { Visit + "Completed an avalanche course last winter; carries a beacon.", "trauma", "none" },
        { Visit + "Blood sugar crash after skipping lunch.", "trauma", "none" },
        // one mechanism value however the verb is written, so a later 'no fall' names the same thing
        { Visit + "HPI: She fell from the loading dock on 08/15/2026, landing on her back.", "trauma(mechanism=fall)", "present" },
        { Visit + "OPINIONS: Lumbar strain. No fall, no trauma.", "trauma(mechanism=fall)", "absent" },
        { Visit + "HPI: Restrained driver in an MVC on 08/01/2026.", "trauma(mechanism=mva)", "present" },
        // an examiner's verdict that the loss follows no dermatome
        { Visit + "Sensory loss to pinprick over the entire R leg, ending sharply at the groin crease, not in any dermatomal or peripheral nerve pattern.", "dermatomal_sensory_loss", "absent" },
        { Visit + "Sensory loss to pinprick over the entire R leg, not in a dermatomal pattern.", "dermatomal_sensory_loss", "absent" },
        { Visit + "EXAM: Decreased pinprick over the L lateral calf and dorsum of the foot.", "dermatomal_sensory_loss", "present" },
        // the nerve a mononeuropathy names
        { Visit + "IMPRESSION: Acute R femoral neuropathy, axonal, consistent with compression by the R iliacus hematoma.", "peripheral_neuropathy(nerve=femoral)", "present" },
        { Visit + "IMPRESSION: No evidence of sciatic neuropathy or plexopathy.", "peripheral_neuropathy", "not present" },
        { Visit + "A: Meralgia paresthetica, L thigh.", "peripheral_neuropathy(nerve=femoral)", "none" },
        // a neuropathy named as what does not explain a deficit is there all the same
        { Visit + "A: L5 radiculopathy. Not explained by DPN (symmetric, distal, no weakness).", "peripheral_neuropathy", "present" },
        { Visit + "Weakness not from stroke nor from DM neuropathy (asymmetric, proximal L5 muscles involved).", "peripheral_neuropathy", "present" },
        { Visit + "NCS: no peripheral neuropathy.", "peripheral_neuropathy", "absent" },
        // a repeated-movement test's 'no change' is the exam's response, not the course's outcome
        { "PT PROGRESS NOTE 08/22/2026\nVisit 6 of PT.\nRepeated movements: rep ext in standing - no change in sx.", "conservative_treatment_failed", "none" },
        { "PT PROGRESS NOTE 08/22/2026\nVisit 6 of PT.\nRepeated extension in standing: centralizes/no change. Prone press-ups tolerated.", "conservative_treatment_failed", "none" },
        { "PT PROGRESS NOTE 08/22/2026\nAfter 6 visits of PT the back pain is about the same as when I started.", "conservative_treatment_failed", "present" },
        // urine lost while intoxicated is the intoxication's
        { Visit + "In the ED he had one episode of urinary incontinence on arrival while intoxicated.", "bowel_bladder_dysfunction(inherentCause=true)", "present" },
        { Visit + "New urinary incontinence since Tuesday, no alcohol use.", "bowel_bladder_dysfunction(inherentCause=true)", "none" },
        { Visit + "New urinary incontinence since Tuesday, no alcohol use.", "bowel_bladder_dysfunction", "present" },
        // a preliminary read the note's final read replaces ...
        { Visit + "XR L-spine prelim (ED, 8/20): possible L3 superior endplate compression deformity, age indeterminate.\nFinal radiology read 8/21: chronic Schmorl's node, no acute fracture.", "indeterminate_imaging_finding(superseded=true)", "present" },
        // ... not while the final read is pending, nor a read that was both
        { Visit + "XR L-spine prelim (ED, 8/20): possible L3 superior endplate compression deformity, age indeterminate.\nFinal read pending.", "indeterminate_imaging_finding(superseded=true)", "none" },
        { Visit + "XR L-spine prelim (ED, 8/20): possible L3 superior endplate compression deformity, age indeterminate.\nFinal read pending.", "indeterminate_imaging_finding(preliminary=true)", "present" },
        { Visit + "XR L-spine (prelim + final read): age-indeterminate L1 compression deformity.", "indeterminate_imaging_finding(preliminary=true)", "none" },
    };
}
