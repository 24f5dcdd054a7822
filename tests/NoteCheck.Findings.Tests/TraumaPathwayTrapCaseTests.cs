using NoteCheck.Core;

namespace NoteCheck.Findings.Tests;

/// <summary>
/// Tuner d-trauma13: the trauma pathway opened by a fact the record itself qualifies. The patient's AS denied once the
/// history is clarified (a relative's AS on an intake sheet), and a preliminary read that the study's final read
/// replaces.
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
        // a preliminary read that the same note's final read replaces
        { "XR L-spine AP/lat (prelim, resident): fragment off the L4 corner, limbus vs avulsion fracture. XR L-spine FINAL (attending, 06/21 07:58): limbus vertebra, no acute fracture.", "prior_imaging(superseded=true)", "present" },
        { "XR L-spine AP/lat (prelim, resident): fragment off the L4 corner, limbus vs avulsion fracture. Final read pending.", "prior_imaging(superseded=true)", "none" },
        { "XR L-spine AP/lat (prelim, resident): fragment off the L4 corner, limbus vs avulsion fracture. Final disposition: home.", "prior_imaging(superseded=true)", "none" },
    };
}
