using NoteCheck.Core;

namespace NoteCheck.Findings.Tests;

/// <summary>
/// The misreads behind retired test v13's pediatric decisions (train-622, 623, 625), each with a positive and a
/// distractor: a visit count told with its days listed is that course, not the plan of care after it; a discharge
/// 'not for lack of progress' is no failure; an incontinence the assessment explains by its numbered UTI or
/// constipation item is inherent, also when a known neurogenic bladder was named first in the note; an MRI the
/// device 'is NOT permitted' with is no study done.
/// </summary>
public class PediatricPathwayCaseTests : DetectorCaseTable
{
    protected override ImagingRequest? Request { get; } = new() { RequestDate = new DateOnly(2026, 10, 15), Patient = new Patient(null, new DateOnly(2012, 4, 27), "F") };

    private const string PtDischarge = "PHYSICAL THERAPY DISCHARGE SUMMARY\nDate: 08/21/2026\n\n";
    private const string Visit = "Office visit 09/14/2026\n";

    public static TheoryData<string, string, string> Cases => new()
    {
        // the visits' listed days place the course; the plan of care told after them is no course done
        { PtDischarge + "Visits: 4 (07/31, 08/05, 08/12, 08/19) - plan of care was 12 visits / 6 weeks.", "conservative_treatment(visits=4)", "present" },
        { PtDischarge + "Visits: 4 (07/31, 08/05, 08/12, 08/19) - plan of care was 12 visits / 6 weeks.", "conservative_treatment(startDate=07/31/2026)", "present" },
        { PtDischarge + "Visits: 4 (07/31, 08/05, 08/12, 08/19) - plan of care was 12 visits / 6 weeks.", "conservative_treatment(endDate=08/19/2026)", "present" },
        { PtDischarge + "Visits: 4 to date - plan of care was 12 visits / 6 weeks.", "conservative_treatment(startDate=07/31/2026)", "none" },
        // a discharge for another reason, 'not for lack of progress', is no failure ...
        { PtDischarge + "Course not completed - discharged for relocation, not for lack of progress.", "conservative_treatment_failed", "none" },
        // ... a discharge for lack of progress is
        { PtDischarge + "Discharged after 8 visits with no meaningful improvement in pain or function.", "conservative_treatment_failed", "present" },
        // an incontinence the assessment explains by its numbered UTI and constipation items is inherent ...
        { Visit + "Assessment:\n1. Febrile UTI - likely from missed bedtime CIC.\n2. Constipation with large stool burden.\n3. New daytime incontinence - explained by #1 and #2 at this point.", "bowel_bladder_dysfunction(inherentCause=true)", "present" },
        // ... also when the note named a known neurogenic bladder's incontinence first
        { Visit + "PMH: Neurogenic bladder with urge incontinence, dry on timed voids.\n\nAssessment:\n1. Febrile UTI.\n2. New daytime incontinence - explained by #1.", "bowel_bladder_dysfunction(inherentCause=true)", "present" },
        // ... not when the item it names is no bowel or bladder cause
        { Visit + "Assessment:\n1. L5 radiculopathy.\n2. Febrile UTI, treated.\n3. New urinary incontinence - explained by #1.", "bowel_bladder_dysfunction(inherentCause=true)", "none" },
        // a lumbar MRI the device is not permitted with is no study done ...
        { Visit + "Per labeling the system is MR Conditional for head-only scans; MRI of the lumbar spine (body coil) is NOT permitted with this system.", "prior_imaging(modality=mri)", "none" },
        // ... a lumbar MRI told with its result is
        { Visit + "MRI of the lumbar spine (03/2025) showed a small L4-5 disc bulge.", "prior_imaging(modality=mri)", "present" },
    };
}
