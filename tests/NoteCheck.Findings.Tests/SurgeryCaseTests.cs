using NoteCheck.Core;

namespace NoteCheck.Findings.Tests;

/// <summary>
/// The surgical pathway facts (planned and prior surgery, postoperative complications) on real sentences:
/// positive, negated, and distractors that must not read as present.
/// </summary>
public class SurgeryCaseTests : DetectorCaseTable
{
    protected override ImagingRequest? Request { get; } = new() { RequestDate = new DateOnly(2025, 3, 1), Patient = new Patient(null, new DateOnly(1970, 1, 1), "F") };

    public static TheoryData<string, string, string> Cases => new()
    {
        // reads the surgical fact
        { "Plan: L4-5 laminectomy planned for 06/2025.", "planned_surgery", "present" },
        { "He is scheduled for L4-5 fusion next month.", "planned_surgery", "present" },
        { "PLAN: Likely L4-5 microdiscectomy soon given motor deficit.", "planned_surgery", "present" },
        { "Tentative surgery after cardiac risk assessment.", "planned_surgery", "present" },
        { "If nonunion is confirmed, plan revision L4-5 posterior fusion with screw exchange.", "planned_surgery", "possible" },
        { "If not, he might be a candidate for a lumbar spine fusion.", "planned_surgery", "possible" },
        { "Not a surgical candidate.", "planned_surgery", "absent" },
        { "Recently had his right knee replaced and also back surgery about a year ago.", "prior_lumbar_surgery", "present" },
        { "Surgery 01/06/2026 (urgent): L4-5 laminotomy and microdiscectomy, left.", "prior_lumbar_surgery", "present" },
        { "Her brother has a spondylolisthesis that was fused last year.", "prior_lumbar_surgery", "family" },
        // an operative report's indications and narrative describe the operation done, not a plan
        { "INDICATIONS: She wished to proceed with the aforementioned surgery due to her persistent symptoms.", "planned_surgery", "not present" },
        { "She had agreed to proceed with the surgery.", "planned_surgery", "not present" },
        { "He was subsequently taken back for a dural repair.", "planned_surgery", "not present" },
        { "The patient is now being recommended to undergo decompression and fusion at C5-C6.", "planned_surgery", "not present" },
        { "He did not wish to proceed with surgery.", "planned_surgery", "not present" },
        // a discectomy in the plan is planned, not prior; a specialty name or a non-spine organ is no prior surgery
        { "Plan: consider L5-S1 microdiscectomy if no better in 6 weeks.", "prior_lumbar_surgery", "not present" },
        { "Surgeon: A. Bell, MD, Orthopaedic Spine Surgery", "prior_lumbar_surgery", "not present" },
        { "PSH: cholecystectomy, right knee arthroscopy, hernia repair.", "prior_lumbar_surgery", "not present" },
        { "Longstanding cervical spinal stenosis status post decompression, with low back pain.", "prior_lumbar_surgery", "not present" },
        { "Left C5-6 hemilaminotomy and foraminotomy for decompression of the nerve root.", "prior_lumbar_surgery", "not present" },
        { "Need to assess posterior wall integrity before kyphoplasty.", "prior_lumbar_surgery", "not present" },
        // reads the postoperative fact
        { "Headache x 5 days, severe when upright, gone within 15 min of lying flat.", "csf_leak_suspected", "present" },
        { "\"Clear water\" dripping from the lower end of the incision since yesterday.", "csf_leak_suspected", "present" },
        { "Incidental 4 mm dural tear repaired primarily.", "csf_leak_suspected", "present" },
        { "Post-op day 9: dural tear at L4-5 with a tense fluid collection under the incision.", "csf_leak_suspected", "present" },
        { "Exam: soft pseudomeningocele at the durotomy site, 3 cm.", "csf_leak_suspected", "present" },
        { "New 2 mm lucency around both L5 screws.", "hardware_complication", "present" },
        { "Assessment: suspected pseudarthrosis L4-5, 9 months after TLIF, with possible L5 screw loosening.", "hardware_complication", "present" },
        { "L5-S1 hardware intact, interbody cage in good position.", "hardware_complication", "absent" },
        { "Symptomatic suspected pseudarthrosis L4-5, 9 months after TLIF.", "pseudoarthrosis", "present" },
        { "After the L4-5 fusion there is no definite bridging trabecular bone across the disc space.", "pseudoarthrosis", "present" },
        { "No signs of pseudarthrosis.", "pseudoarthrosis", "absent" },
        { "IMPRESSION: absent bridging bone at L5-S1 after the TLIF, suspicious for nonunion.", "pseudoarthrosis", "possible" },
        { "Flexion/extension films after the fusion: 4 degrees of segmental motion at L4-5.", "pseudoarthrosis", "present" },
        { "Post-fusion films: no trabecular continuity across the interspace, and the posterolateral graft appears partly resorbed.", "pseudoarthrosis", "present" },
        { "Broken right rod at L4-5 with halos about both L5 screws.", "hardware_complication", "present" },
        { "L3 and L4 screws without periprosthetic lucency; cage well seated, no subsidence.", "hardware_complication", "absent, not present" },
        { "Gradual return of dull, aching low back pain 4 months after the L4-5 TLIF.", "postop_symptoms", "present" },
        { "Two weeks post-op: some incisional soreness, taking acetaminophen.", "postop_symptoms", "present" },
        { "Plan: revision L4-5 with cage exchange discussed; he wishes to proceed.", "planned_surgery", "present" },
        { "We anticipate converting the growing rods to a definitive spinal fusion in 2 years.", "planned_surgery", "present" },
        { "The CT decides between bracing and operative fixation.", "planned_surgery", "possible" },
        { "If a tethered cord release is needed, neurosurgery will coordinate.", "planned_surgery", "possible" },
        { "Incision well healed, no erythema or drainage.", "surgical_site_infection", "absent" },
        { "Recurrent left leg pain 3 months after the discectomy.", "postop_symptoms", "present" },
        { "No new numbness or weakness since surgery.", "postop_symptoms", "absent" },
        { "Imaging: standing AP/lateral and flexion/extension lumbar x-rays today: L5-S1 hardware intact.", "postop_xray", "present" },
        // postoperative distractors are not present
        { "Headache for 2 days, no fever.", "csf_leak_suspected", "not present" },
        { "Clear nasal discharge with a cold.", "csf_leak_suspected", "not present" },
        { "Erythema and warmth of the left knee.", "surgical_site_infection", "not present" },
        { "X-rays show grade 1 spondylolisthesis; fusion recommended.", "postop_xray", "not present" },
        { "Healed L1 compression fracture, no motion on flexion-extension.", "pseudoarthrosis", "not present" },
        { "New left leg weakness for 2 weeks, no prior surgery.", "postop_symptoms", "not present" },
        { "Return precautions: fever, wound drainage, or a headache worse when sitting up.", "csf_leak_suspected", "not present" },
        { "Call if you notice clear fluid from the incision or a positional headache.", "csf_leak_suspected", "not present" },
        { "A: superficial wound infection after the L5-S1 discectomy, resolved on doxycycline.", "surgical_site_infection", "historical" },
        { "Chiari I s/p suboccipital decompression, now with new low back pain.", "postop_symptoms", "not present" },
        { "Plan: CT to assess bony fusion and screw purchase per the routine fusion protocol.", "planned_surgery", "not present" },
        { "MRI: typical hemangioma, no cortical breach.", "hardware_complication", "not present" },
        { "Degenerative anterolisthesis L4 on L5 without motion on dynamic views.", "pseudoarthrosis", "not present" },
    };
}
