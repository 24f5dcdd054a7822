using NoteCheck.Core;

namespace NoteCheck.Findings.Tests;

/// <summary>
/// The other pathways' facts (rules/findings/detectors/70-pathways.json) on real sentences: the misreads fixed in
/// issue #4 each with a positive, a negated or uncertain form, and a distractor that must not read as present.
/// </summary>
public class PathwayDetectorCaseTests
{
    private static readonly ImagingRequest Adult = new() { RequestDate = new DateOnly(2025, 6, 9), Patient = new Patient(null, new DateOnly(1970, 1, 1), "F") };
    private static readonly ImagingRequest Child = new() { RequestDate = new DateOnly(2025, 6, 9), Patient = new Patient(null, new DateOnly(2023, 1, 1), "M") };

    [Theory]
    // trauma: events, exertion told as an event
    [InlineData("HPI: Low back pain since a rear-end car accident on 12/28/2024.", "trauma", "present")]
    [InlineData("HPI: S/p mechanical fall at home two days ago.", "trauma", "present")]
    [InlineData("HPI: LBP since early December after moving furniture; no fall.", "trauma", "present")]
    [InlineData("HPI: Onset 08/25/2025 lifting a 60-lb tile box at work.", "trauma", "present")]
    [InlineData("HPI: The patient was lifting at work and felt immediate sharp pain in his back.", "trauma", "present")]
    [InlineData("Polytrauma after a high-energy rollover; seat-belt sign across the lower abdomen.", "trauma", "present")]
    [InlineData("HPI: No fall or injury.", "trauma", "absent")]
    // fracture: type, healing, uncertainty
    [InlineData("Pathologic compression fractures of T11 and L2 on x-ray.", "fracture", "present")]
    [InlineData("ASSESSMENT: L1 compression fracture with delayed healing (non-union suspected).", "fracture", "present")]
    [InlineData("In March she fell and broke her wrist.", "fracture", "present")]
    [InlineData("There was possibility of subchondral fracture.", "fracture", "possible")]
    [InlineData("MDM: high risk for unstable three-column fracture; r/o fracture.", "fracture", "possible")]
    // spondylolysis / spondylolisthesis
    [InlineData("ASSESSMENT: Lumbar strain. Spondylolysis is not suspected clinically.", "spondylolysis", "absent")]
    [InlineData("Oblique views: lucency through the L4 pars interarticularis bilaterally.", "spondylolysis", "present")]
    [InlineData("Assessment: Clinically suspected right L5 spondylolysis, not seen on plain films.", "spondylolysis", "possible")]
    [InlineData("IMPRESSION: Dynamic instability at L4-5 with 7 mm translation.", "spondylolisthesis", "present")]
    [InlineData("Flexion/extension x-rays: no instability.", "spondylolisthesis", "absent")]
    [InlineData("O: Step-off palpable at L4-5.", "spondylolisthesis", "present")]
    // infection and labs
    [InlineData("MDM: leading concern L3-4 discitis.", "infection", "possible")]
    [InlineData("Plan: CT with contrast to look for paraspinal/psoas/epidural abscess.", "infection", "possible")]
    [InlineData("Also rule out discitis.", "infection", "possible")]
    [InlineData("Infection less likely given no fever.", "infection", "possible")]
    [InlineData("Back pain and elevated ESR/CRP: suspected L2-3 spondylodiscitis.", "abnormal_inflammatory_labs", "present")]
    [InlineData("Labs: WBC 7.9, CRP 6 mg/L (normal).", "abnormal_inflammatory_labs", "absent")]
    // immune suppression
    [InlineData("Methotrexate 15 mg weekly for RA.", "immune_suppression", "present")]
    [InlineData("Medications: Plavix. Arava. Nexium.", "immune_suppression", "present")]
    [InlineData("Immunosuppressed liver transplant recipient with suspected spondylodiscitis.", "immune_suppression", "present")]
    [InlineData("No steroid use.", "immune_suppression", "absent")]
    // tumor, metastasis, malignancy, new signs
    [InlineData("Known small lytic lesions of the pelvis and T8 (2023 skeletal survey).", "metastasis", "present")]
    [InlineData("X-ray: no destructive lesion identified.", "spinal_tumor", "absent")]
    [InlineData("Oncologic history: L breast IDC, stage IIB.", "malignancy", "present")]
    [InlineData("Past history of CA of the lung.", "malignancy", "present")]
    [InlineData("Tumor markers: CA 27-29 rose from 28 to 61 U/mL.", "new_signs_symptoms", "present")]
    // MRI explains or not; overlap
    [InlineData("A: Prior MRI (10/2025) doesn't explain the weakness.", "symptoms_unexplained_by_mri", "present")]
    [InlineData("A: Symptoms match the right L4-5 foraminal protrusion on MRI.", "symptoms_unexplained_by_mri", "absent")]
    [InlineData("Plan: CT of both regions; both regions are needed because the fractures span the junction.", "overlap_justified", "present")]
    // scoliosis, toe walking, pediatric skin and cord
    [InlineData("X-rays: 14 degree left thoracolumbar curve, no vertebral rotation.", "scoliosis", "present")]
    [InlineData("Rib hump on forward bend.", "scoliosis", "present")]
    [InlineData("He began walking on his toes around age 4.", "toe_walking", "present")]
    [InlineData("Exam: Skin: no dimple, no hair patch over the spine.", "sacral_dimple", "absent")]
    [InlineData("Back: midline dimple approx 6 mm diameter, deep.", "sacral_dimple", "present")]
    [InlineData("Exam: Lumbosacral skin: small midline lipoma with overlying faint capillary stain.", "cutaneous_stigmata", "present")]
    [InlineData("MRI: Conus terminates at L1, normal signal.", "tethered_cord", "absent")]
    [InlineData("Concern for spinal cord re-tethering.", "tethered_cord", "possible")]
    [InlineData("Known anorectal malformation with sacral agenesis (hemisacrum).", "spinal_dysraphism", "present")]
    [InlineData("HPI: He was hit by a car while crossing the street last week.", "trauma", "present")]
    [InlineData("Metastatic lung cancer to the spine, on chemotherapy.", "metastasis", "present")]
    [InlineData("X-ray: SI joints normal.", "spinal_abnormality_underlying", "absent")]
    [InlineData("Pelvis x-ray: equivocal SI joint sclerosis, non-diagnostic for sacroiliitis.", "spinal_abnormality_underlying", "possible")]
    [InlineData("CT lumbar spine requested to define the bony dysraphism and level before surgery.", "spinal_dysraphism", "possible")]
    public void Reads_the_type_with_its_assertion(string sentence, string type, string assertion)
    {
        var findings = Detect.Text(sentence, Adult);
        Assert.Contains(findings, f => f.Type == type && Detect.Name(f.Assertion) == assertion);
    }

    [Theory]
    [InlineData("MAPLECROFT INTERNAL MEDICINE, 77 Orchard Lane, Holcomb Falls, VT 05601", "trauma")]
    [InlineData("Clinic: Cedar Falls Family Practice. HPI: Low back pain for 8 weeks.", "trauma")]
    [InlineData("Plan: fall precautions, walker at home.", "trauma")]
    [InlineData("Ibuprofen at night lets him fall back asleep.", "trauma")]
    [InlineData("Status post AV fistula in the fall of 2006.", "trauma")]
    [InlineData("Pain is worse with lifting and after lifting heavy objects.", "trauma")]
    [InlineData("Risks include nerve injury, vascular injury, infection and bleeding.", "trauma")]
    [InlineData("History of cerebrovascular accident in 2019.", "trauma")]
    [InlineData("Lumbar puncture with a pencil-tip needle for minimal trauma.", "trauma")]
    [InlineData("MRI: L4-5 disc desiccation with loss of height.", "fracture")]
    [InlineData("Imaging: no pars defect, no spondylolisthesis.", "fracture")]
    [InlineData("She had fractured sesamoid bones, but this was later found not to be the case.", "fracture")]
    [InlineData("Had a complicated UTI (E. coli) in June, treated with antibiotics.", "infection")]
    [InlineData("Discussed risks of infection, bleeding and nerve damage.", "infection")]
    [InlineData("MDM: r/o vertebral osteomyelitis.", "infection")]
    [InlineData("Plan: CT of the SI joints before starting a TNF inhibitor.", "immune_suppression")]
    [InlineData("Treated with AC-T chemotherapy in 2019, now on letrozole.", "immune_suppression")]
    [InlineData("He forgot his hearing aids at home.", "immune_suppression")]
    [InlineData("Trial of prednisone with a taper over 6 days.", "immune_suppression")]
    [InlineData("Chronic steroid use, which was discontinued in July 2001.", "immune_suppression")]
    [InlineData("Gait is normal, heel and toe walking without difficulty.", "toe_walking")]
    [InlineData("Gait nl, heel/toe walk nl.", "toe_walking")]
    [InlineData("Grade I degenerative spondylolisthesis of L4 on L5 without instability.", "spondylolisthesis_absent")]
    [InlineData("High suspicion for tethered cord (likely lipomatous filum/conus lipoma).", "cutaneous_stigmata")]
    [InlineData("Status post brain tumor removal.", "malignancy")]
    [InlineData("He was wheeled back to the recovery room; the drain tail was trimmed.", "cutaneous_stigmata")]
    [InlineData("MRI: facet arthropathy and previously described sacroiliitis.", "spinal_abnormality_underlying")]
    public void Distractors_are_not_present(string sentence, string type)
    {
        var findings = Detect.Text(sentence, Adult);
        // "X_absent": the type must not come out absent either (a qualifier of a present finding).
        if (type.EndsWith("_absent", StringComparison.Ordinal))
            Assert.DoesNotContain(findings, f => f.Type == type[..^"_absent".Length] && f.Assertion == Assertion.Absent);
        else
            Assert.DoesNotContain(findings, f => f.Type == type && f.Assertion == Assertion.Present);
    }

    [Fact]
    public void Trauma_takes_the_accident_date_not_the_note_date()
    {
        var findings = Detect.Text("HPI: Low back pain since a rear-end car accident on 12/28/2024. Pain persists.", Adult);
        var trauma = Assert.Single(findings, f => f.Type == "trauma" && f.Assertion == Assertion.Present);
        Assert.Equal(new DateOnly(2024, 12, 28), trauma.Date);
    }

    [Fact]
    public void Pathologic_compression_fracture_is_typed_pathologic()
    {
        var findings = Detect.Text("HPI: Pathologic compression fractures of T11 and L2 on x-ray, with severe pain.", Adult);
        var fracture = Assert.Single(findings, f => f.Type == "fracture" && f.Assertion == Assertion.Present);
        Assert.Equal("pathologic", fracture.Attr<string>("fractureType"));
    }

    [Fact]
    public void Known_fracture_with_non_union_is_present_with_delayed_healing()
    {
        var findings = Detect.Text("ASSESSMENT: L1 compression fracture with delayed healing (non-union suspected).", Adult);
        var fracture = Assert.Single(findings, f => f.Type == "fracture" && f.Assertion == Assertion.Present);
        Assert.True(fracture.Attr<bool>("delayedHealing"));
        Assert.Equal("compression", fracture.Attr<string>("fractureType"));
    }

    [Fact]
    public void No_dynamic_instability_leaves_the_slip_stable()
    {
        var findings = Detect.Text("IMAGING: grade I degenerative spondylolisthesis of L4 on L5 (4 mm), unchanged between flexion and extension; no dynamic instability.", Adult);
        var slip = Assert.Single(findings, f => f.Type == "spondylolisthesis" && f.Assertion == Assertion.Present);
        Assert.NotEqual(true, slip.Attributes.GetValueOrDefault("instability"));
    }

    [Fact]
    public void A_dimple_said_not_suspicious_is_not_suspicious()
    {
        var findings = Detect.Text("EXAM: Simple coccygeal dimple, 3 mm, within the gluteal crease, base visible, no hair. Not a suspicious dimple; low risk.", Child);
        var dimples = findings.Where(f => f.Type == "sacral_dimple" && f.Assertion == Assertion.Present).ToList();
        Assert.NotEmpty(dimples);
        Assert.All(dimples, d => Assert.NotEqual(true, d.Attributes.GetValueOrDefault("suspicious")));
    }

    [Fact]
    public void Normal_and_high_labs_split_by_threshold()
    {
        var findings = Detect.Text("Labs: WBC 13.8, CRP 42 mg/L, ESR 12 mm/h.", Adult);
        Assert.Contains(findings, f => f.Type == "abnormal_inflammatory_labs" && f.Assertion == Assertion.Present && f.Attr<string>("test") == "wbc");
        Assert.Contains(findings, f => f.Type == "abnormal_inflammatory_labs" && f.Assertion == Assertion.Present && f.Attr<string>("test") == "crp");
        Assert.Contains(findings, f => f.Type == "abnormal_inflammatory_labs" && f.Assertion == Assertion.Absent && f.Attr<string>("test") == "esr");
    }
}
