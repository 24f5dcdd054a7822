using NoteCheck.Core;

namespace NoteCheck.Findings.Tests;

/// <summary>
/// The misreads behind retired test v13's pediatric decisions (train-622, 623, 625), each with a positive and a
/// distractor: a visit count told with its days listed is that course, not the plan of care after it; a discharge
/// 'not for lack of progress' is no failure; an incontinence the assessment explains by its numbered UTI or
/// constipation item is inherent, also when a known neurogenic bladder was named first in the note; an MRI the
/// device 'is NOT permitted' with is no study done; a myelomeningocele written MMC, not a clinic's name; a toe-walk strength test; and red-flag phrasings
/// (unsustained clonus, a febrile UTI's name, a precaution across a line, stiffness by its minutes, the pain's weeks in brackets).
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
        // a myelomeningocele written MMC is a dysraphism; a spina bifida clinic's name is none
        { Visit + "HPI: 9 yo with L4-level lumbosacral MMC (closed DOL 1), Chiari II, VP shunt.", "spinal_dysraphism", "present" },
        { "LAKESHORE CHILDREN'S HOSPITAL - PEDIATRIC NEUROSURGERY / SPINA BIFIDA CLINIC\nClinic note 09/14/2026", "spinal_dysraphism", "none" },
        // the toe-walk strength test is no toe walking ...
        { Visit + "Gait: mild L foot slap, baseline; heel walk OK, toe walk weaker on L as before.", "toe_walking", "none" },
        { Visit + "Heel walk: unable on R. Toe walk: able bilat.", "toe_walking", "none" },
        // ... toe walking as a gait is
        { Visit + "He still walks on his tiptoes most of the day.", "toe_walking", "present" },
        // a few beats of clonus, not sustained, is no abnormal neuro exam in a child; sustained clonus is
        { Visit + "Reflexes 2+ and symmetric. Ankle clonus 2 beats bilat, not sustained (normal at this age).", "pediatric_red_flag(flag=abnormal_neuro_exam)", "not present" },
        { Visit + "Reflexes 3+ at the knees with sustained ankle clonus on the L.", "pediatric_red_flag(flag=abnormal_neuro_exam)", "present" },
        // a febrile UTI or seizure names its illness, not the child's current fever; a measured fever is one
        { Visit + "History: two febrile E. coli UTIs (02/2026, 06/2026), both treated.", "pediatric_red_flag(flag=constitutional_symptoms)", "none" },
        { Visit + "Temp 38.4 C at home 09/12, 37.9 C yesterday.", "pediatric_red_flag(flag=constitutional_symptoms)", "present" },
        // a return precaution's fever across a line break is hypothetical
        { Visit + "Return to aid room / ED for leg weakness, numbness, bladder\nproblems or fever.", "pediatric_red_flag(flag=constitutional_symptoms)", "hypothetical, not present" },
        // morning stiffness told by its minutes
        { Visit + "Wakes him 2-3x/week; stiff for ~45 min when he gets up in the morning, loosens with a shower.", "pediatric_red_flag(flag=morning_stiffness)", "present" },
        { Visit + "He is stiff for a few minutes after long car rides.", "pediatric_red_flag(flag=morning_stiffness)", "none" },
        // the pain's weeks or months told in a parenthesis or as 'started N weeks ago'
        { Visit + "Mid-back pain since about July (~3 mo), aching all the time.", "pediatric_red_flag(flag=pain_over_4_weeks)", "present" },
        { Visit + "Low back pain started ~6 wks ago after a fall off the monkey bars.", "pediatric_red_flag(flag=pain_over_4_weeks)", "present" },
        { Visit + "Low back pain started ~2 wks ago after a fall off the monkey bars.", "pediatric_red_flag(flag=pain_over_4_weeks)", "none" },
    };
}
