using NoteCheck.Core;

namespace NoteCheck.Findings.Tests;

/// <summary>
/// Cases for the kinds of case (positive, negated, distractor) that the per-area tables did not have for a type;
/// <see cref="CaseCoverageTests"/> found the gaps. Adults here; children in <see cref="PediatricCoverageCaseTests"/>.
/// </summary>
public class CoverageCaseTests : DetectorCaseTable
{
    protected override ImagingRequest? Request { get; } = new() { RequestDate = new DateOnly(2025, 11, 1), Patient = new Patient(null, new DateOnly(1968, 4, 2), "F") };

    public static TheoryData<string, string, string> Cases => new()
    {
        { "MRI 10/2025: enhancing intradural extramedullary mass at L2, consistent with a schwannoma.", "spinal_tumor", "present" },
        { "Family history: mother had a spinal cord tumor removed in her forties.", "spinal_tumor", "family, not present" },
        { "Will check the bulbocavernosus reflex if urinary retention develops.", "absent_anal_reflex", "not present" },
        { "No Chiari malformation on the brain MRI of 2023.", "chiari_malformation", "absent" },
        { "Her cousin has a Chiari I malformation.", "chiari_malformation", "not present" },
        { "No history of multiple sclerosis or transverse myelitis.", "neuroinflammatory_disease", "absent" },
        { "Her sister has multiple sclerosis.", "neuroinflammatory_disease", "family, not present" },
        { "A cervical CT was ordered separately for neck pain after the fall.", "overlap_justified", "not present" },
        { "Rule out peroneal nerve palsy at the fibular head.", "peroneal_nerve_injury", "not present" },
        { "EMG: no evidence of a lumbosacral plexopathy.", "plexopathy", "absent" },
        { "Differential diagnosis includes lumbosacral plexopathy.", "plexopathy", "not present" },
        { "If the MRI does not explain her symptoms, we will consider CT myelography.", "symptoms_unexplained_by_mri", "not present" },
        { "No post-operative x-rays have been taken since the fusion.", "postop_xray", "absent, not present" },
    };
}

public class PediatricCoverageCaseTests : DetectorCaseTable
{
    protected override ImagingRequest? Request { get; } = new() { RequestDate = new DateOnly(2025, 11, 1), Patient = new Patient(null, new DateOnly(2019, 5, 20), "M") };

    public static TheoryData<string, string, string> Cases => new()
    {
        { "Perineum: anus normally placed and patent; no anorectal malformation.", "anorectal_malformation", "absent" },
        { "Gait: walks heel-to-toe, no toe walking.", "toe_walking", "absent" },
    };
}
