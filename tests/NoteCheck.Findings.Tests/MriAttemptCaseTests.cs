using NoteCheck.Core;

namespace NoteCheck.Findings.Tests;

/// <summary>
/// MRI attempts and barriers told the way the ex-v10 writers (train-516..545) told them: an attempt that failed or was
/// stopped, a repeat told without its subject, 'MRI not tolerated' as a plan line's words, anesthesia 'not advised',
/// metal in an orbit, an MRI that could not answer the question, a weight within the table limit; and an attempted or
/// abandoned study that is no done study. Each with a turned case or a distractor.
/// </summary>
public class MriAttemptCaseTests : DetectorCaseTable
{
    protected override ImagingRequest? Request { get; } = new() { RequestDate = new DateOnly(2026, 11, 20), Patient = new Patient(null, new DateOnly(1970, 3, 27), "M") };

    public static TheoryData<string, string, string> Cases => new()
    {
        // 'MRI not tolerated' names the MRI itself: it needs no MRI word before it (not_tolerated)
        { "P: - TRICARE network referral + CT L-spine w/o (72131), MRI not tolerated.", "mri_contraindication", "present" },
        { "P: - Tolerated the injection, no complications.", "mri_contraindication", "none" },
        // an attempt told as failed (attempt_failed), a repeat told without its subject (repeat_attempt_failed, aborted)
        { "MRI attempt 11/09 failed - panic (see RN/radiology note).", "mri_contraindication", "present" },
        { "MRI attempt 10/28 failed x2 (claustrophobia despite lorazepam).", "mri_contraindication(reason=claustrophobia)", "present" },
        { "Lumbar MRI 10/28 aborted. Second failed attempt with oral sedation.", "mri_contraindication(~Second)", "present" },
        { "Lumbar MRI ordered. Second attempt at the PT home program failed.", "mri_contraindication", "none" },
        { "MRI L-spine attempted at 14:00, panic in the bore. Second attempt same day feet-first and music also aborted.", "mri_contraindication(~also aborted)", "present" },
        { "MRI tech: pt panicked at the localizer. Exam stopped, pt removed.", "mri_contraindication(~Exam stopped)", "present" },
        // anesthesia or sedation 'not advised' (sedation_unsafe)
        { "Anesthesia phone note 11/13: GA not advised - severe COPD on home O2.", "mri_contraindication(~GA not advised)", "present" },
        { "Failed x2; further attempts w/o general anesthesia not advised from psych standpoint.", "mri_contraindication(reason=sedation_unsafe)", "none" },
        { "GA for MRI discussed with anesthesia: not advised at present given fever.", "mri_contraindication(reason=sedation_unsafe)", "present" },
        { "GA for MRI was advised by anesthesia and booked for 11/30.", "mri_contraindication(reason=sedation_unsafe)", "none" },
        // metal in an orbit: a density on films, or a problem line saying no MRI (eye_metal, orbit_metal_no_mri)
        { "MRI screen flagged metal. Orbit XR: \"2 mm metallic density in the L orbit posterior to the globe.\"", "mri_contraindication(reason=metallic_foreign_body)", "present" },
        { "4. Retained metallic FB R orbit - no MRI; ophtho referral for vision.", "mri_contraindication(reason=metallic_foreign_body)", "present" },
        { "4. Retained metallic FB R orbit; ophtho referral for vision.", "mri_contraindication", "none" },
        // an MRI tried that could not answer the question (tried_cannot_answer)
        { "MRI has been tried and cannot answer the question because of the retained fragments.", "mri_contraindication(reason=non_diagnostic)", "present" },
        { "MRI was done and answered the question: no fracture.", "mri_contraindication(reason=non_diagnostic)", "none" },
        // a weight within the table limit without the word weight before it (habitus_within_limit)
        { "Wt 131 kg, BMI 41.2 (within MRI table limits).", "mri_contraindication(reason=body_habitus)", "absent, not present" },
        { "Weighed on the department scale 211.8 kg - within table limit.", "mri_contraindication(reason=body_habitus)", "absent, not present" },
        { "Weighed 240 kg - not within table limit.", "mri_contraindication(reason=body_habitus)", "not absent" },
        // an attempted or abandoned study is prior_imaging.attempted's (non-diagnostic), not a done study
        { "History: MRI L-spine attempted 10/28/26 at Valleycrest MRI (70 cm bore) after lorazepam 2 mg PO.", "prior_imaging(result=non_diagnostic)", "present" },
        { "Records review: MRI L-spine 14 APR 26 Kaiserwald RMC - aborted x2, panic attack in bore.", "prior_imaging(modality=mri)", "none" },
        { "A knee MRI in 2019 was also abandoned.", "prior_imaging", "none" },
        { "A knee MRI in 2019 was normal.", "prior_imaging", "present" },
        { "MRI L-spine 10/28/26 at Valleycrest: L4-5 disc protrusion.", "prior_imaging(modality=mri)", "present" },
        // severe claustrophobia told just after the failed attempt it explains (severe_claustrophobia_after_attempt)
        { "MRI 11/03: pt panicked and the scan was stopped. Lifelong severe claustrophobia (trapped in a grain bin at age 11).", "mri_contraindication(~Lifelong severe)", "present" },
        { "Lumbar MRI ordered for next week. Lifelong severe claustrophobia (trapped in a grain bin at age 11).", "mri_contraindication(~Lifelong severe)", "none" },
        // no images after an attempt is the attempt's failure, present (no_images_after_attempt); a report's own verdict is not
        { "MRI attempted: pressed the squeeze ball, pulled out. No diagnostic images.", "mri_contraindication(~No diagnostic images)", "present" },
        { "IMPRESSION: No diagnostic images of the lumbar spine were obtained.", "mri_contraindication", "none" },
        // anesthesia declining sedation as unsafe (sedation_declined_unsafe); no more attempts (no_further_attempts)
        { "Anesthesia: severe OSA + BMI 44, declined MAC/GA for an elective MRI as unsafe.", "mri_contraindication(reason=sedation_unsafe)", "present" },
        { "Pt declined PT as unsafe for her knee.", "mri_contraindication", "none" },
        { "Two failed attempts; further MRI attempts are not recommended.", "mri_contraindication(~further MRI attempts)", "present" },
        { "Further MRI attempts under GA are planned for 12/02.", "mri_contraindication", "not present" },
        // a weight said to exceed the limit named just before (weight_exceeds_it)
        { "The table limit for this system is 227 kg on the 70 cm wide-bore unit; client's measured weight today exceeds it.", "mri_contraindication(reason=body_habitus)", "present" },
        { "Her pain score exceeds it on most days; weight stable.", "mri_contraindication", "none" },
        // no more imaging needed, or CT would not change care: overlap_justified absent, never present (not_needed)
        { "2. No further imaging recommended from a lumbar standpoint.", "overlap_justified", "absent, not present" },
        { "Explained MRI was conclusive and CT would not change his care.", "overlap_justified", "absent, not present" },
        { "A repeat of imaging is not necessary with the present course.", "overlap_justified", "absent, not present" },
        { "The CT result will change the operation: further imaging is needed for screw planning.", "overlap_justified", "not absent" },
    };
}
