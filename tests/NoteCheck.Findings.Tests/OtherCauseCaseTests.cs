using NoteCheck.Core;

namespace NoteCheck.Findings.Tests;

/// <summary>
/// Symptoms a note lays to another cause: a decompressed Chiari I whose new symptoms are a raised-pressure picture
/// (IIH) has no new signs of its own, and a positional headache told with the signs of raised pressure is
/// intracranial hypertension's, not a CSF leak's; relief a posture does not bring describes a claudication, not failed care.
/// Positive, not-so and distractor sentences.
/// </summary>
public class OtherCauseCaseTests : DetectorCaseTable
{
    private static readonly ImagingRequest Adult = new() { RequestDate = new DateOnly(2026, 11, 20), Patient = new Patient(null, new DateOnly(1994, 8, 3), "F") };

    protected override ImagingRequest? Request => Adult;

    private const string Visit = "Office visit 11/16/2026\n";

    public static TheoryData<string, string, string> Cases => new()
    {
        // new symptoms beside a Chiari I are its new symptoms (chiari.new) ...
        { Visit + "s/p Chiari I decompression 03/2020, now with new occipital headaches and hand numbness.", "chiari_malformation(newSymptoms=true)", "present" },
        // ... not when the sentence lays them to another cause, nor when it says there are none
        { Visit + "s/p Chiari I decompression/duraplasty 03/2020, referred back by neuro-ophthalmology for new papilledema, presumed IIH.", "chiari_malformation(newSymptoms=true)", "none" },
        { Visit + "Chiari I, decompressed 2020: clinically and radiographically stable. No new myelopathic, tethering or syrinx signs today.", "chiari_malformation(newSymptoms=true)", "none" },
        // ... while a cause that is the Chiari's own keeps them new
        { Visit + "Chiari I s/p decompression with new leg weakness, likely recurrent tethering.", "chiari_malformation(newSymptoms=true)", "present" },
        // a positional headache after a durotomy is a leak sign (csf_leak_suspected.named) ...
        { Visit + "Positional headache since the durotomy, worse when upright.", "csf_leak_suspected", "present" },
        // ... one told with the signs of raised pressure is not
        { Visit + "Daily positional headache x 3 mo, pulsatile tinnitus, transient visual obscurations.", "csf_leak_suspected", "not present" },
        { Visit + "Papilledema with a positional headache, worse lying down.", "csf_leak_suspected", "not present" },
        // distractor: a named leak in an IIH patient is still a leak
        { Visit + "IIH patient with a CSF leak after the lumbar puncture.", "csf_leak_suspected", "present" },
        // relief a posture does not bring is how a claudication is told (vascular or neurogenic), not care that failed
        { Visit + "Calf cramping after supervised exercise therapy; eases standing still, no relief leaning on a shopping cart.", "conservative_treatment_failed", "none" },
        { Visit + "Buttock pain on walking after 10 weeks of PT, not relieved by bending forward.", "conservative_treatment_failed", "none" },
        { Visit + "Eight weeks of supervised PT and naproxen with no relief of the leg pain.", "conservative_treatment_failed", "present" },
    };
}
