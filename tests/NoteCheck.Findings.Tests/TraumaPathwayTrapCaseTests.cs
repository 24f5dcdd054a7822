using NoteCheck.Core;

namespace NoteCheck.Findings.Tests;

/// <summary>
/// Tuner d-trauma13: the trauma pathway opened by a fact the record itself qualifies. The patient's AS denied once the
/// history is clarified (a relative's AS on an intake sheet), a preliminary read that the study's final read replaces,
/// and a pan-scan whose listed exams and spine reformats are studies already done (the overlapping-imaging gate).
/// Each class: the positive, the negated or otherwise-not case, and a distractor.
/// </summary>
public class TraumaPathwayTrapCaseTests : DetectorCaseTable
{
    protected override ImagingRequest? Request { get; } = new() { RequestDate = new DateOnly(2026, 8, 14), Patient = new Patient(null, new DateOnly(1960, 3, 30), "M") };

    public static TheoryData<string, string, string> Cases => new()
    {
        // the patient's own AS denied in shorthand, where the note has named the spondylitis; not aortic stenosis
        { "Triage hx: ankylosing spondylitis per intake sheet. History clarified with pt and wife: pt does NOT have AS.", "spinal_abnormality_underlying(condition=ankylosing_spondylitis)", "absent" },
        { "Intake listed ankylosing spondylitis. Assessment: lumbar strain after a fall. No AS.", "spinal_abnormality_underlying(~AS)", "absent" },
        { "Known ankylosing spondylitis on adalimumab. Echo 2025: No AS, mild MR.", "spinal_abnormality_underlying(~AS)", "not absent" },
        { "No AS. Mild lumbar strain.", "spinal_abnormality_underlying", "none" },
        // the disease tagged as a relative's on an intake line
        { "Triage hx: \"ankylosing spondylitis - family/spine\" per intake sheet.", "spinal_abnormality_underlying(condition=ankylosing_spondylitis)", "family, not present" },
        { "PMH: ankylosing spondylitis - followed by rheumatology, on adalimumab.", "spinal_abnormality_underlying(condition=ankylosing_spondylitis)", "present" },
        // a preliminary read that the same note's final read replaces
        { "XR L-spine AP/lat (prelim, resident): fragment off the L4 corner, limbus vs avulsion fracture. XR L-spine FINAL (attending, 06/21 07:58): limbus vertebra, no acute fracture.", "prior_imaging(superseded=true)", "present" },
        { "XR L-spine AP/lat (prelim, resident): fragment off the L4 corner, limbus vs avulsion fracture. Final read pending.", "prior_imaging(superseded=true)", "none" },
        { "XR L-spine AP/lat (prelim, resident): fragment off the L4 corner, limbus vs avulsion fracture. Final disposition: home.", "prior_imaging(superseded=true)", "none" },
        // an exertional strain told as an 'injury' is the lifting the trauma criterion leaves out, not a fall
        { "Summary of care: Injury 06/29/2026 - low back pain while repositioning a resident.", "trauma(mechanism=lifting)", "present" },
        { "Back injury 07/02 shoveling snow off the driveway.", "trauma(mechanism=lifting)", "present" },
        { "Fell on the ice while carrying groceries, landed on her back.", "trauma(mechanism=fall)", "present" },
        // a fall its own clause says broke nothing; the trauma service's own words name no event
        { "My legs are getting weaker. I fell twice in June at home, no broken bones.", "trauma(injured=false)", "present" },
        { "Fell twice in June at home, broke her wrist.", "trauma(injured=false)", "none" },
        { "TERTIARY TRAUMA SURVEY (HD #3)      Trauma NP line 555-0128", "trauma", "none" },
        { "Trauma attending: I. Sakellarides-Pratt, MD. Only prior CT of this region is the pre-op trauma pan-scan.", "trauma", "none" },
        { "TRAUMA LEVEL II ACTIVATION: 46M, fell 12 ft from a roof.", "trauma", "present" },
        // a pan-scan's listed exams and spine reformats are studies done that day
        { "RADIOLOGY REPORT\nEXAM: CT TRAUMA PAN-SCAN\n - CT head w/o contrast\n - CT cervical spine w/o contrast\nDate: 08/11/2026\nIMPRESSION: No acute fracture.", "prior_imaging(region=cervical)", "present" },
        { "CT chest/abdomen/pelvis w/ IV contrast, with dedicated 1.25 mm thoracic and lumbar spine reformats: no spine fracture.", "prior_imaging(region=lumbar)", "present" },
        { "Plan: CT L-spine w/o contrast with sagittal and lumbar spine reformats - requested.", "prior_imaging(region=lumbar)", "not present" },
    };
}
