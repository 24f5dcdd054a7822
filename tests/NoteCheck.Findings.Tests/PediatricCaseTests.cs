using System.Globalization;
using NoteCheck.Core;

namespace NoteCheck.Findings.Tests;

/// <summary>
/// Pediatric red flags (one finding per flag, told apart by its <c>flag</c> attribute) on real sentences:
/// positive, negated, and distractors that must not read as present.
/// </summary>
public class PediatricCaseTests : DetectorCaseTable
{
    protected override ImagingRequest? Request { get; } = new() { RequestDate = new DateOnly(2025, 3, 1), Patient = new Patient(null, new DateOnly(2011, 6, 1), "M") };

    public static TheoryData<string, string, string> Cases => new()
    {
        // a child's film with no lytic lesion says no bone tumor, not no metastasis (writers B, H)
        { "XR L-spine 9/29 (AP/lat): no fracture, no pars defect, no lytic lesion.", "spinal_tumor", "absent, not present" },
        { "XR L-spine 9/29 (AP/lat): no fracture, no pars defect, no lytic lesion.", "metastasis", "none" },
        // a red flag is present
        { "Constant low back pain, present all day now.", "pediatric_red_flag(flag=constant_pain)", "present" },
        { "He says it hurts all the time.", "pediatric_red_flag(flag=constant_pain)", "present" },
        { "It wakes him most nights around 2 am.", "pediatric_red_flag(flag=night_pain)", "present" },
        { "The pain woke her from sleep twice this week.", "pediatric_red_flag(flag=night_pain)", "present" },
        { "Stiff in the mornings for about an hour.", "pediatric_red_flag(flag=morning_stiffness)", "present" },
        { "Back pain for 3 months.", "pediatric_red_flag(flag=pain_over_4_weeks)", "present" },
        { "Standing: list to the right with a mild left thoracolumbar curve.", "pediatric_red_flag(flag=postural_change)", "present" },
        { "Assessment: painful (non-rotational) scoliosis in an adolescent.", "pediatric_red_flag(flag=postural_change)", "present" },
        { "Walks with a limp, favoring the left leg.", "pediatric_red_flag(flag=limp)", "present" },
        { "Assessment: toe walking with upper motor neuron signs.", "pediatric_red_flag(flag=abnormal_neuro_exam)", "present" },
        { "Motor: hamstrings 4/5, TA 3/5 bilaterally.", "pediatric_red_flag(flag=abnormal_neuro_exam)", "present" },
        { "Achilles reflexes 3+ with sustained clonus on the right.", "pediatric_red_flag(flag=abnormal_neuro_exam)", "present" },
        { "Pain shoots down the left leg to the foot.", "pediatric_red_flag(flag=radicular_pain)", "present" },
        { "Fever to 38.9 C and 3 kg weight loss.", "pediatric_red_flag(flag=constitutional_symptoms)", "present" },
        { "6 weeks of low back pain.", "pediatric_red_flag(flag=pain_over_4_weeks)", "present" },
        { "2-month history of low back pain.", "pediatric_red_flag(flag=pain_over_4_weeks)", "present" },
        { "Back pain > 4 wk, worse with sports.", "pediatric_red_flag(flag=pain_over_4_weeks)", "present" },
        { "Sedation: ex-preemie, apnea-free > 4 wk, cleared.", "pediatric_red_flag(flag=pain_over_4_weeks)", "none" },
        { "Decreased appetite and more tired than usual.", "pediatric_red_flag(flag=constitutional_symptoms)", "present" },
        // how parents and other clinicians tell the same flags (retired test packets)
        { "Low back pain since March. Mom says it has been present every day since.", "pediatric_red_flag(flag=constant_pain)", "present" },
        { "Back pain since March; he rates it 4-6/10. It wakes him at night at least 3 nights a week.", "pediatric_red_flag(flag=night_pain)", "present" },
        { "In the mornings he is \"stiff as a board\" for about an hour.", "pediatric_red_flag(flag=morning_stiffness)", "present" },
        { "Low back pain started late August, now ~7 wks.", "pediatric_red_flag(flag=pain_over_4_weeks)", "present" },
        { "Low back ache that started in October - so roughly 5 weeks now.", "pediatric_red_flag(flag=pain_over_4_weeks)", "present" },
        { "Chief Complaint: \"lower back hurts for over a month\"", "pediatric_red_flag(flag=pain_over_4_weeks)", "present" },
        { "Exam: T 38.1 C, HR 128, consolable.", "pediatric_red_flag(flag=constitutional_symptoms)", "present" },
        { "Assessment: Refusal to walk with fever -- rule out discitis vs osteomyelitis.", "pediatric_red_flag(flag=limp)", "present" },
        { "Stands straight, shoulders and pelvis level.", "pediatric_red_flag(flag=postural_change)", "absent, not present" },
        { "Normal heel/toe walk and tandem gait.", "pediatric_red_flag(flag=abnormal_neuro_exam)", "absent, not present" },
        { "No pain going down either leg.", "pediatric_red_flag(flag=radicular_pain)", "absent, not present" },
        { "Back pain for a month. It never wakes him at night.", "pediatric_red_flag(flag=night_pain)", "not present" },
        { "Back pain for 2 weeks; not there every day.", "pediatric_red_flag(flag=constant_pain)", "not present" },
        { "Vitals: T 37.2 C, HR 90.", "pediatric_red_flag(flag=constitutional_symptoms)", "none" },
        { "Cough for over a month, no back pain.", "pediatric_red_flag(flag=pain_over_4_weeks)", "not present" },
        { "Knee pain; now 3 weeks since the fall.", "pediatric_red_flag(flag=pain_over_4_weeks)", "none" },
        // a pertinent negative is absent
        { "No night pain.", "pediatric_red_flag(flag=night_pain)", "absent, not present" },
        // a child's night pain is the red flag, not a second back_pain finding (the corpus labels only the flag)
        { "Denies night pain, sleeping OK.", "back_pain", "none" },
        { "Return sooner if pain wakes her at night, fever, or leg weakness.", "back_pain", "none" },
        { "Sleeps through the night.", "pediatric_red_flag(flag=night_pain)", "absent, not present" },
        { "Afebrile.", "pediatric_red_flag(flag=constitutional_symptoms)", "absent, not present" },
        { "No weight loss.", "pediatric_red_flag(flag=constitutional_symptoms)", "absent, not present" },
        { "Pain comes and goes.", "pediatric_red_flag(flag=constant_pain)", "absent, not present" },
        { "Normal posture, no scoliosis.", "pediatric_red_flag(flag=postural_change)", "absent, not present" },
        { "Strength 5/5 throughout. Patellar and Achilles reflexes 2+ and symmetric. Sensation intact.", "pediatric_red_flag(flag=abnormal_neuro_exam)", "absent, not present" },
        { "Neuro: moves both legs spontaneously and kicks symmetrically against resistance.", "pediatric_red_flag(flag=abnormal_neuro_exam)", "absent, not present" },
        // a distractor is no present flag
        { "FHx: maternal aunt with scoliosis (braced as teen).", "pediatric_red_flag(flag=postural_change)", "not present" },
        { "No family history of scoliosis.", "pediatric_red_flag(flag=postural_change)", "not present" },
        { "Strength 5/5 throughout, no clonus, downgoing toes.", "pediatric_red_flag(flag=abnormal_neuro_exam)", "not present" },
        { "No hyperreflexia or clonus.", "pediatric_red_flag(flag=abnormal_neuro_exam)", "not present" },
        { "Played soccer since age 4; now 13 with back pain.", "pediatric_red_flag(flag=age_5_or_younger)", "not present" },
        { "Pain in the left knee 4/10.", "pediatric_red_flag(flag=abnormal_neuro_exam)", "not present" },
        { "3 weeks of low back pain.", "pediatric_red_flag(flag=pain_over_4_weeks)", "not present" },
        // the freshest writers (ex-v12, helper t-peds3): a return precaution and an unticked box are no duration flag, a
        // sibling's scoliosis is the sibling's flag, and 'No red flags:' heading its list is no mention of its own
        { "- Return if pain persists > 4 weeks, wakes her at night, or leg symptoms.", "pediatric_red_flag(flag=pain_over_4_weeks)", "hypothetical, not present" },
        { "PEDS BACK PAIN RED FLAGS:\n[ ] age <=5  [ ] constant pain  [ ] pain > 4 wk  [X] night pain waking", "pediatric_red_flag(flag=pain_over_4_weeks)", "absent, not present" },
        { "Back pain > 4 wk, worse with sports.", "pediatric_red_flag(flag=pain_over_4_weeks)", "present" },
        { "FAMILY HX: father - lumbar discectomy age 41. older sister - adolescent idiopathic scoliosis, braced 2019-2021.", "pediatric_red_flag(flag=postural_change)", "family, not present" },
        { "I am worried because her brother Erik had scoliosis surgery at 14.", "pediatric_red_flag(flag=postural_change)", "family, not present" },
        { "FHx: older sister braced for a 28 deg curve, no surgery.", "pediatric_red_flag(flag=postural_change)", "family, not present" },
        { "No red flags: < 4 wks, not constant, no night pain, normal neuro.", "pediatric_red_flag(~red flags)", "none" },
        { "No red flags: < 4 wks, not constant, no night pain, normal neuro.", "pediatric_red_flag(flag=night_pain)", "absent" },
        { "Mechanical back pain. No red flags.", "pediatric_red_flag", "absent" },
        // durations told after the pain's start, night waking told after the pain, weight lost by its amount (ex-v12, train)
        { "Right-sided low back pain since mid-August (now 7-8 weeks), reproduced by extension.", "pediatric_red_flag(flag=pain_over_4_weeks)", "present" },
        { "Mid-back pain since about July (~3 mo), aching, 4-6/10.", "pediatric_red_flag(flag=pain_over_4_weeks)", "present" },
        { "LBP since the week before Labor Day (late Aug) - so ~11 wks - no single injury.", "pediatric_red_flag(flag=pain_over_4_weeks)", "present" },
        { "Back pain since the first week of school (now 3 weeks), better with rest.", "pediatric_red_flag(flag=pain_over_4_weeks)", "not present" },
        { "Lumbosacral ache, worse after volleyball. Wakes her from sleep 2-3 nights/week per mom.", "pediatric_red_flag(flag=night_pain)", "present" },
        { "His back hurts after recess. He wakes at night to pee twice.", "pediatric_red_flag(flag=night_pain)", "not present" },
        { "Wt 21.4 kg (08/12/2026 well visit: 23.2 kg) - down 1.8 kg, 50th -> 25th %ile.", "pediatric_red_flag(flag=constitutional_symptoms)", "present" },
        { "Low-grade temps to 100.4 twice last week per mom.", "pediatric_red_flag(flag=constitutional_symptoms)", "present" },
        // a limp that has passed is historical; the school screen's posture words and a new painful curvature are the flag
        { "Cried, walked to the nurse. Limped for about 2 days, then walking normally.", "pediatric_red_flag(flag=limp)", "historical, not present" },
        { "R ankle sprain 11/01 - brief limp, resolved within a week.", "pediatric_red_flag(flag=limp)", "historical, not present" },
        { "He has been limping for 3 days and refuses to run.", "pediatric_red_flag(flag=limp)", "present" },
        { "[X] Waistline asymmetry", "pediatric_red_flag(flag=postural_change)", "present" },
        { "[ ] Scapulae uneven", "pediatric_red_flag(flag=postural_change)", "absent, not present" },
        { "Back pain > 4 weeks with night pain waking her, pain now most of the day, new painful curvature/list.", "pediatric_red_flag(flag=postural_change)", "present" },
        // a return precaution's fever, leg symptoms and walking are hypothetical (ex-v12, train)
        { "Return to aid room / ED for leg weakness, numbness, bladder problems or fever.", "pediatric_red_flag(flag=constitutional_symptoms)", "hypothetical, not present" },
        { "- Return to ED right away if he develops leg weakness, trouble peeing, or stops walking.", "pediatric_red_flag(flag=limp)", "hypothetical, not present" },
        { "Recommend stretching; return if back pain persists beyond a few weeks, wakes her at night, or goes down her legs.", "pediatric_red_flag(flag=radicular_pain)", "hypothetical, not present" },
        { "Seen in the ED for fever and back pain.", "pediatric_red_flag(flag=constitutional_symptoms)", "present" },
        // a normal exam line with a deficit is not read as normal
        { "Strength 5/5 except left EHL 3/5, sensation intact.", "pediatric_red_flag(flag=abnormal_neuro_exam)", "present, not absent" },
        // the new writers' phrasings (helper peds): ages in months, onset as time ago, features listed after the complaint,
        // radiation and posture in any words, exam signs in abbreviations
        { "Onset ~7 wks ago during diving preseason, no single injury.", "pediatric_red_flag(flag=pain_over_4_weeks)", "present" },
        { "Per dad, about 10 weeks ago (early July, at camp) she began complaining of low back pain.", "pediatric_red_flag(flag=pain_over_4_weeks)", "present" },
        { "LBP since ~8/15 = 7 wks, R leg pain since 9/11.", "pediatric_red_flag(flag=pain_over_4_weeks)", "present" },
        { "Now says it aches all day, 6/10.", "pediatric_red_flag(flag=constant_pain)", "present" },
        { "She says the pain never turns off.", "pediatric_red_flag(flag=constant_pain)", "present" },
        { "Chiari I s/p decompression, now with new back pain (constant, nocturnal, >4 wks).", "pediatric_red_flag(flag=constant_pain)", "present" },
        { "Chiari I s/p decompression, now with new back pain (constant, nocturnal, >4 wks).", "pediatric_red_flag(flag=night_pain)", "present" },
        { "For the last month it wakes her 2-3 nights a week.", "pediatric_red_flag(flag=night_pain)", "present" },
        { "Ibuprofen \"doesn't touch the night pain\".", "pediatric_red_flag(flag=night_pain)", "present, not absent" },
        { "Pain shoots down the back of the L leg into the calf when she bends forward.", "pediatric_red_flag(flag=radicular_pain)", "present" },
        { "Spine: R thoracolumbar rotational prominence on Adams (7 deg scoliometer).", "pediatric_red_flag(flag=postural_change)", "present" },
        { "Waist asymmetry.", "pediatric_red_flag(flag=postural_change)", "present" },
        { "Standing films: R thoracolumbar curve 27 deg (was 14 deg 3/2026).", "pediatric_red_flag(flag=postural_change)", "present" },
        { "EXAM: Alert, uncomfortable, stands w/ slight lean to L.", "pediatric_red_flag(flag=postural_change)", "present" },
        { "Gait: antalgic, favors R leg, can't toe walk on R.", "pediatric_red_flag(flag=limp)", "present" },
        { "Neurogenic bladder and new L-sided deficits.", "pediatric_red_flag(flag=abnormal_neuro_exam)", "present" },
        { "Sens: decr light touch R lateral foot/small toe, otherwise intact.", "pediatric_red_flag(flag=abnormal_neuro_exam)", "present" },
        { "Pediatric back pain w/ red flags (abn neuro exam).", "pediatric_red_flag(flag=abnormal_neuro_exam)", "present" },
        { "Quit volleyball, \"tired all the time\".", "pediatric_red_flag(flag=constitutional_symptoms)", "present" },
        { "It is not there all the time.", "pediatric_red_flag(flag=constant_pain)", "absent, not present" },
        { "Thoracic kyphosis 32 degrees (normal).", "pediatric_red_flag(flag=postural_change)", "absent, not present" },
        { "Spine: straight on forward bend, normal sagittal profile.", "pediatric_red_flag(flag=postural_change)", "absent, not present" },
        { "Neuro exam currently normal.", "pediatric_red_flag(flag=abnormal_neuro_exam)", "absent, not present" },
        { "Infant MRI L-spine (03/2013, outside hospital): conus at L1-2.", "pediatric_red_flag(flag=age_5_or_younger)", "none" },
        { "Birth hx: term, failed newborn hearing screen.", "pediatric_red_flag(flag=age_5_or_younger)", "none" },
        { "He received cochlear implants at 14 months of age (2020).", "pediatric_red_flag(flag=age_5_or_younger)", "none" },
        { "Recheck at 6 months with repeat films.", "pediatric_red_flag(flag=age_5_or_younger)", "none" },
        { "2 beats of non-sustained ankle clonus bilaterally (physiologic for age).", "pediatric_red_flag(flag=abnormal_neuro_exam)", "not present" },
        { "Started PT 6 weeks ago for the back pain, now 3 weeks of symptoms.", "pediatric_red_flag(flag=pain_over_4_weeks)", "not present" },
        { "Problem list and med list reviewed.", "pediatric_red_flag(flag=postural_change)", "none" },
        // writers I-N: parents' words for the flags, checklist rows answered after dot leaders, growth-chart weight loss
        { "Tmax 101.2 F at home last night.", "pediatric_red_flag(flag=constitutional_symptoms)", "present" },
        { "Eating less this week, picks at dinner.", "pediatric_red_flag(flag=constitutional_symptoms)", "present" },
        { "Wt 15.6 kg (down from 16.0 kg in the spring).", "pediatric_red_flag(flag=constitutional_symptoms)", "present" },
        { "Wakes up crying several times a night.", "pediatric_red_flag(flag=night_pain)", "present" },
        { "Refuses to stand or bear weight.", "pediatric_red_flag(flag=limp)", "present" },
        { "No walking now for 5 days.", "pediatric_red_flag(flag=limp)", "present" },
        { "Dad says when he wakes up he is stiff as a board.", "pediatric_red_flag(flag=morning_stiffness)", "present" },
        { "Loss of normal lumbar lordosis, splinted spine.", "pediatric_red_flag(flag=postural_change)", "present, not absent" },
        { "Red flags reviewed:\n - night-time pain ........ none\n - limping ............ no", "pediatric_red_flag(flag=night_pain)", "absent, not present" },
        { "Red flags reviewed:\n - fevers/chills/weight loss ........ denies", "pediatric_red_flag(flag=constitutional_symptoms)", "absent, not present" },
        { "It does not go down his legs.", "pediatric_red_flag(flag=radicular_pain)", "absent, not present" },
        { "Pain is intermittent, worse after practice.", "pediatric_red_flag(flag=constant_pain)", "absent, not present" },
        { "No pediatric red flags.", "pediatric_red_flag", "absent, not present" },
        { "Back: no deformity, no tenderness.", "pediatric_red_flag(flag=postural_change)", "absent, not present" },
        { "SPECT or MRI (without radiation) can assess for a stress reaction.", "pediatric_red_flag(flag=radicular_pain)", "none" },
        { "Diagnosed with autism spectrum disorder age 4; receives speech therapy.", "pediatric_red_flag(flag=age_5_or_younger)", "none" },
        { "Knee and ankle reflexes 2+ and symmetric.", "pediatric_red_flag(flag=abnormal_neuro_exam)", "none" },
        // round 3 (helper peds3): weight gain, a past episode's duration, pain-limited grades, family scoliosis, skin lists
        { "No fever, appetite good, weight up.", "pediatric_red_flag(flag=constitutional_symptoms)", "absent, not present" },
        { "Gaining weight well on the growth chart.", "pediatric_red_flag(flag=constitutional_symptoms)", "absent, not present" },
        { "Weight down 2 kg, was gaining weight before.", "pediatric_red_flag(flag=constitutional_symptoms)", "not absent" },
        { "Had LBP last spring lasting ~6 wks, did PT x 5 visits, completely resolved.", "pediatric_red_flag(flag=pain_over_4_weeks)", "historical, not present" },
        { "LBP for 6 weeks, worse this week.", "pediatric_red_flag(flag=pain_over_4_weeks)", "present" },
        { "Str grossly 5/5 BLE except R ankle PF 4/5 (pain limited).", "pediatric_red_flag(flag=abnormal_neuro_exam)", "not present" },
        { "FHx: no spina bifida in the family. No scoliosis.", "pediatric_red_flag(flag=postural_change)", "not absent, not present" },
        { "Back: small pit. No mass, no hemangioma, no skin tag.", "cutaneous_stigmata(~mass)", "absent, not present" },
        { "Abdomen: soft, no mass, no hepatosplenomegaly; a small hemangioma on the thigh.", "cutaneous_stigmata(~mass)", "none" },
        // round 5 (helper peds5, writer AA traps): a checklist answered after its label, a relative as the sentence's subject
        // or a family-history row, a normal school screen, an age that is not the patient's (this table's patient is 13)
        { "PEDIATRIC BACK PAIN RED FLAGS:\n  night pain ............ no\n  constant pain ......... no", "pediatric_red_flag(flag=night_pain)", "absent, not present" },
        { "RED FLAGS:\n  limp / refusal to walk  no\n  postural change ....... no", "pediatric_red_flag(flag=limp)", "absent, not present" },
        { "RED FLAGS:\n  limp / refusal to walk  no\n  postural change ....... no", "pediatric_red_flag(flag=postural_change)", "absent, not present" },
        { "RED FLAGS:\n  fever/wt loss/malaise . no\n  abnl neuro exam ....... no (see below)", "pediatric_red_flag(flag=constitutional_symptoms)", "not present" },
        { "RED FLAGS:\n  fever/wt loss/malaise . no\n  abnl neuro exam ....... no (see below)", "pediatric_red_flag(flag=abnormal_neuro_exam)", "absent, not present" },
        { "RED FLAGS:\n  pain > 4 weeks ........ no (~3 wks)\n", "pediatric_red_flag(flag=pain_over_4_weeks)", "not present" },
        { "RED FLAGS:\n  night pain ............ yes\n", "pediatric_red_flag(flag=night_pain)", "present" },
        { "Her older brother, Soren, was diagnosed at 14 with a bone tumor in his spine after many months of back pain that woke him at night and a big weight loss.", "pediatric_red_flag(flag=night_pain)", "family, not present" },
        { "Her older brother, Soren, was diagnosed at 14 with a bone tumor in his spine after many months of back pain that woke him at night and a big weight loss.", "pediatric_red_flag(flag=constitutional_symptoms)", "family, not present" },
        // a relative who reports with a verb before the colon is an informant; a name before the colon is capitalised
        { "HPI: 9 yo boy.\nMother reports: back pain wakes him at night most nights.", "pediatric_red_flag(flag=night_pain)", "present" },
        { "HPI: 9 yo boy with back pain.\nSister, Marit: back pain that wakes her at night, seen by oncology.", "pediatric_red_flag(flag=night_pain)", "family, not present" },
        { "His sister had surgery for a Chiari malformation and has headaches.", "chiari_malformation", "family, not present" },
        { "FAMILY HX (significant, drives parental concern):\n  - Brother (now 18): Ewing sarcoma L2 vertebral body dx age 14; presented with months of night pain and ~12 lb weight loss.", "malignancy", "family, not present" },
        { "FAMILY HX (significant, drives parental concern):\n  - Brother (now 18): Ewing sarcoma L2 vertebral body dx age 14; presented with months of night pain and ~12 lb weight loss.", "pediatric_red_flag(flag=night_pain)", "family, not present" },
        { "- Sister Liv (16): Chiari I malformation with syrinx, decompression age 11.", "chiari_malformation", "family, not present" },
        { "Mom reports that he wakes at night crying about his back.", "pediatric_red_flag(flag=night_pain)", "present" },
        { "Mom says she has been limping for two weeks.", "pediatric_red_flag(flag=limp)", "present" },
        { "Fall scoliosis screening 10/02/2026 (forward bend): normal, no asymmetry, no referral needed.", "pediatric_red_flag(flag=postural_change)", "absent, not present" },
        { "PMH: congenital SNHL; R cochlear implant 2016 (age 3).", "pediatric_red_flag(flag=age_5_or_younger)", "none" },
        { "SHx: 3rd grade; lives with mom, dad, 4 yo sister.", "pediatric_red_flag(flag=age_5_or_younger)", "none" },
        { "Toddler toe walking until ~3 yrs, outgrew it.", "pediatric_red_flag(flag=age_5_or_younger)", "none" },
        // a child who cannot hold still awake is MRI-unable only when sedation is not the way out (writer S)
        { "Reason: 8 y/o with ASD and back pain; unable to hold still for MRI awake, sedation requested.", "mri_contraindication", "not present" },
        { "Kofi will not hold still 30+ min awake, so it would need sedation -> referred to Sedation Clinic.", "mri_contraindication", "not present" },
        { "He cannot lie still for an MRI awake and will need general anesthesia for it.", "mri_contraindication", "not present" },
        { "He will not lie still for 40 minutes awake.", "mri_contraindication", "present" },
        { "She cannot hold still awake for the MRI, and GA is not safe with her pulmonary hypertension.", "mri_contraindication", "present" },
        // toe walking: the examiner's 'no upper motor neuron signs' and a few unsustained beats of clonus are no UMN signs
        { "Persistent idiopathic toe walking. No upper motor neuron signs (tone normal, clonus not sustained, toes down).", "toe_walking(umnSigns=true)", "none" },
        { "IMPRESSION\n1. Persistent idiopathic toe walking in a 13-year-old.\n   No upper motor neuron signs (tone normal, clonus not sustained, toes down).", "toe_walking(umnSigns=false)", "present" },
        { "Toe walking since she started walking; 2 beats of unsustained ankle clonus both sides.", "toe_walking(umnSigns=true)", "none" },
        { "Toe walking since age 3 with sustained ankle clonus and brisk patellar reflexes.", "toe_walking(umnSigns=true)", "present" },
        { "New toe walking; UMN signs absent on exam.", "toe_walking(umnSigns=true)", "none" },
        // calf or thigh pain after sport is muscular, not a radicular red flag; calf pain with walking stays
        { "Calf pain after volleyball.", "radicular_pain", "none" },
        { "Thigh pain after soccer practice, better with rest.", "radicular_pain", "none" },
        { "Right calf pain with walking.", "radicular_pain", "present" },
        // an intraspinal lipoma is dysraphism, not a skin marker; toe walking told without a verb or as a gait pattern
        { "Dorsal lipoma at L5-S1 is partially seen, extending into the canal.", "cutaneous_stigmata", "none" },
        { "Sacrum: soft midline subcutaneous lipoma over the lumbosacral junction.", "cutaneous_stigmata", "present" },
        { "Walked at 11 mo, on her toes from the start per mother.", "toe_walking", "present" },
        { "Gait: toe-toe pattern bilaterally, heel strike absent.", "toe_walking", "present" },
        { "Heel walk and toe walk OK.", "toe_walking", "not present" },
        // round 6 (helper t-peds, writers AC-AJ): a duration written before or right after the complaint without 'for',
        // night waking told by how often, morning stiffness and a limp in other words, weight held, radiation denied
        // with the subject left out, the age criterion as an unticked or answered row, scoliosis as AIS or a sided curve in degrees
        { "A/P: 10 yo ALL survivor with 5 wk back pain + night waking.", "pediatric_red_flag(flag=pain_over_4_weeks)", "present" },
        { "History: healthy 8 yo with 6-7 wk low back pain under Peds Ortho evaluation.", "pediatric_red_flag(flag=pain_over_4_weeks)", "present" },
        { "He describes 4 months of low back and buttock pain, alternating sides.", "pediatric_red_flag(flag=pain_over_4_weeks)", "present" },
        { "CC: R low back pain with diving, ~7 weeks", "pediatric_red_flag(flag=pain_over_4_weeks)", "present" },
        { "Pain ~7 wks now, same pattern.", "pediatric_red_flag(flag=pain_over_4_weeks)", "present" },
        { "L-sided low back pain since ~10/05/2026 (6 wks), started with sled work.", "pediatric_red_flag(flag=pain_over_4_weeks)", "present" },
        { "3 wk low back pain, no trauma.", "pediatric_red_flag(flag=pain_over_4_weeks)", "not present" },
        { "Seen at the 6 wk follow-up for back pain.", "pediatric_red_flag(flag=pain_over_4_weeks)", "none" },
        { "Pain is \"most days\" but not all day. Wakes her up at night 2x/wk.", "pediatric_red_flag(flag=night_pain)", "present" },
        { "Back pain unchanged, still waking ~2 nights/wk.", "pediatric_red_flag(flag=night_pain)", "present" },
        { "Back pain is better. Still waking 2x/night to urinate.", "pediatric_red_flag(flag=night_pain)", "none" },
        { "Stiff getting out of bed, walks like an old man for 20 minutes.", "pediatric_red_flag(flag=morning_stiffness)", "present" },
        { "Worst first thing in the morning - stiff and slow for about 45 minutes.", "pediatric_red_flag(flag=morning_stiffness)", "present" },
        { "Not stiff getting out of bed.", "pediatric_red_flag(flag=morning_stiffness)", "not present" },
        { "CC: back pain, \"walking funny\"", "pediatric_red_flag(flag=limp)", "present" },
        { "Gait: antalgic, shortened stance on L. Will run a few steps then stops.", "pediatric_red_flag(flag=limp)", "present" },
        { "Walking funny since she sprained her ankle.", "pediatric_red_flag(flag=limp)", "not present" },
        { "ROS: (-) fever, (-) wt loss, (-) rash.", "pediatric_red_flag(flag=constitutional_symptoms)", "absent, not present" },
        { "EXAM: T 36.9  HR 84  BP 104/62  Wt 33.0 kg (stable)", "pediatric_red_flag(flag=constitutional_symptoms)", "absent, not present" },
        { "EXAM: Wt 47.1 kg (62nd %ile, up 1.4 kg since 4/2026). Ht 158 cm.", "pediatric_red_flag(flag=constitutional_symptoms)", "absent, not present" },
        { "Term AGA male, feeding established, wt loss within normal range.", "pediatric_red_flag(flag=constitutional_symptoms)", "not present" },
        { "Pain stays in the back - never down the legs.", "pediatric_red_flag(flag=radicular_pain)", "absent, not present" },
        { "Pain not radiating past the buttock.", "pediatric_red_flag(flag=radicular_pain)", "absent, not present" },
        { "No pain into the buttocks or legs, no numbness.", "pediatric_red_flag(flag=radicular_pain)", "absent, not present" },
        { "Pain goes down the left leg, never past the knee.", "pediatric_red_flag(flag=radicular_pain)", "present" },
        { "RED FLAGS:\n [X] Pain > 4 weeks   [ ] Age 5 or younger", "pediatric_red_flag(flag=age_5_or_younger)", "absent, not present" },
        { "PEDIATRIC BACK PAIN RED FLAGS:\n  age <=5 ............... no\n  night pain ............ no", "pediatric_red_flag(flag=age_5_or_younger)", "absent, not present" },
        { "Red flags: age <=5, pain >4 wk, night pain, limp.", "pediatric_red_flag(flag=age_5_or_younger)", "not present" },
        { "2. AIS R thoracic 22 deg, Risser 2, not progressive.", "pediatric_red_flag(flag=postural_change)", "present" },
        { "XR today: standing PA - R thoracic 22 deg (T6-T11), L lumbar 12 deg compensatory.", "pediatric_red_flag(flag=postural_change)", "present" },
        { "Lumbar flexion 40 deg, extension 20 deg.", "pediatric_red_flag(flag=postural_change)", "none" },
        // a red-flag list's short words: 'not >4 wks', 'normal neuro', 'no neuro sx', 'no visible curve', 'not all day'
        { "No red flags today: not >4 wks, no night pain, no constitutional sx.", "pediatric_red_flag(flag=pain_over_4_weeks)", "absent, not present" },
        { "Red flags: pain >4 wk, night pain, limp.", "pediatric_red_flag(flag=pain_over_4_weeks)", "present" },
        { "No red flags: < 4 wks, not constant, no night pain, normal neuro, no scoliosis.", "pediatric_red_flag(flag=abnormal_neuro_exam)", "absent, not present" },
        { "No red flags today: no neuro sx, no limp, no visible curve.", "pediatric_red_flag(flag=abnormal_neuro_exam)", "absent, not present" },
        { "No red flags today: no neuro sx, no limp, no visible curve.", "pediatric_red_flag(flag=postural_change)", "absent, not present" },
        { "Back: straight spine, no curvature. Sagittal profile normal.", "pediatric_red_flag(flag=postural_change)", "absent, not present" },
        { "Pain is \"most days\" but not all day.", "pediatric_red_flag(flag=constant_pain)", "absent, not present" },
        { "Does not hurt at rest or in class.", "pediatric_red_flag(flag=constant_pain)", "absent, not present" },
        { "LBP since ~10/28 with return to practice; intermittent, worse w/ spiking.", "pediatric_red_flag(flag=constant_pain)", "absent, not present" },
        { "She says the pain never goes away.", "pediatric_red_flag(flag=constant_pain)", "present, not absent" },
        // a telehealth visit's 'Video exam:' header ends the family history above it
        { "FHx: brother - adolescent idiopathic scoliosis s/p fusion.\n\nVideo exam: well-appearing. Standing from behind: shoulders level on camera.", "pediatric_red_flag(flag=postural_change)", "absent" },
        // writer PB (scoliosis clinic): every scoliosis sign in a child is scoliosis and a postural change, curves told by
        // side, levels and degrees, curve-table rows, AIS not an ASIA grade, scoliometer readings; reflex grades
        { "Exam: R shoulder elevated 1.5 cm. Adams forward bend done.", "scoliosis", "present" },
        { "Exam: R shoulder elevated 1.5 cm. Adams forward bend done.", "pediatric_red_flag(flag=postural_change)", "present" },
        { "XR standing PA today: R thoracic T6-T12 37 deg, L lumbar T12-L4 29 deg, Risser 2.", "scoliosis", "present" },
        { "XR standing PA today: R thoracic T6-T12 37 deg, L lumbar T12-L4 29 deg, Risser 2.", "pediatric_red_flag(flag=postural_change)", "present" },
        { "Repeat by second screener: 11 degrees, left thoracic.", "scoliosis", "present" },
        { "HPI: 16 yo F w/ AIS, Rigo-Cheneau TLSO since 05/2026.", "scoliosis", "present" },
        { "Injury: T6 complete, AIS A since the fall.", "scoliosis", "none" },
        { "Curve table (standing PA, out of brace):\nDate | MT T5-T12 (R) | TL/L T12-L4 (L) | Risser\n09/2021 | 24 | 15 | 0", "scoliosis", "present" },
        { "Curve table (standing PA, out of brace):\nDate | MT T5-T12 (R) | TL/L T12-L4 (L) | Risser\n09/2021 | 24 | 15 | 0", "pediatric_red_flag(flag=postural_change)", "present" },
        { "Labs:\nDate | WBC | ESR | CRP\n10/21 | 16 | 44 | 18", "scoliosis", "none" },
        { "Neuro: strength 5/5 LE. Patellar 3+ L, 2+ R.", "pediatric_red_flag(flag=abnormal_neuro_exam)", "present" },
        { "Skeletally immature boy with asymmetric abdominal reflexes.", "pediatric_red_flag(flag=abnormal_neuro_exam)", "present" },
    };

    [Fact]
    public void Red_flags_follow_the_age_on_the_note_date()
    {
        // 17 on the visit, 18 by the request: the visit's flags still count (README, writers C-H).
        var request = new ImagingRequest { RequestDate = new DateOnly(2026, 3, 17), Patient = new Patient(null, new DateOnly(2008, 3, 9), "M") };
        const string text = "Date of service: {0}\nFor 2 weeks the pain wakes him up at night.";
        Assert.Contains(Detect.Text(string.Format(CultureInfo.InvariantCulture, text, "02/24/2026"), request), f => f.Type == "pediatric_red_flag" && f.Assertion == Assertion.Present);
        Assert.DoesNotContain(Detect.Text(string.Format(CultureInfo.InvariantCulture, text, "03/16/2026"), request), f => f.Type == "pediatric_red_flag");
    }

    [Fact]
    public void Without_a_note_date_a_stated_age_just_under_the_request_age_gates_the_red_flags()
    {
        // a visit header with no labelled date ("Sick visit 02/24/2026"): the note says 17, the request date makes him 18
        var request = new ImagingRequest { RequestDate = new DateOnly(2026, 3, 17), Patient = new Patient(null, new DateOnly(2008, 3, 9), "M") };
        Assert.Contains(Detect.Text("HPI: 17 yo M. For 2 weeks the pain wakes him up at night.", request), f => f.Type == "pediatric_red_flag" && f.Assertion == Assertion.Present);
        // a stated age far from the request's is someone else's (a child named in an adult's note): the request age holds
        Assert.DoesNotContain(Detect.Text("HPI: cares for her 8-year-old son. For 2 weeks the pain wakes her up at night.", request), f => f.Type == "pediatric_red_flag");
    }
}

/// <summary>Ages the notes state for a child who is that young (the request's DOB agrees): the age-5 flag is read.</summary>
public class YoungChildCaseTests : DetectorCaseTable
{
    protected override ImagingRequest? Request { get; } = new() { RequestDate = new DateOnly(2025, 3, 1), Patient = new Patient(null, new DateOnly(2021, 1, 10), "F") };

    public static TheoryData<string, string, string> Cases => new()
    {
        { "Mari is a 14 m/o former 26-week preemie.", "pediatric_red_flag(flag=age_5_or_younger)", "present" },
        { "At 14 months she cannot be expected to hold still awake.", "pediatric_red_flag(flag=age_5_or_younger)", "present" },
        { "4 y.o. F brought in by mother.", "pediatric_red_flag(flag=age_5_or_younger)", "present" },
        { "A toddler who refuses to walk.", "pediatric_red_flag(flag=age_5_or_younger)", "present" },
        // ages in days, weeks and months as the notes write them, and the age criterion in a young child's flag list (helper t-peds)
        { "HPI: 5 wk old ex-term boy seen at 2 days for newborn check.", "pediatric_red_flag(flag=age_5_or_younger)", "present" },
        { "DOL 1, 31 hours of life. GA 39w2d.", "pediatric_red_flag(flag=age_5_or_younger)", "present" },
        { "Patient: Luz Tembo   DOB 12/20/2024 (23 months)   MRN CH-0094417", "pediatric_red_flag(flag=age_5_or_younger)", "present" },
        { "ASSESSMENT\n22 mo with known anorectal malformation.", "pediatric_red_flag(flag=age_5_or_younger)", "present" },
        { "Red flags: age <=5, pain >4 wk, night pain, limp.", "pediatric_red_flag(flag=age_5_or_younger)", "present" },
        // a well-child visit's age, the age before the sex, an infant called healthy at an age, a corrected age (ex-v12)
        { "ASSESSMENT\n1. Well child, 4 y. Growth along curves.", "pediatric_red_flag(flag=age_5_or_younger)", "present" },
        { "Name: Brennock-Osei, Tallulah J.   DOB 09/03/2022   3 y F   15.8 kg", "pediatric_red_flag(flag=age_5_or_younger)", "present" },
        { "An awake MRI is not realistic: 3 y, developmental level ~30 mo.", "pediatric_red_flag(flag=age_5_or_younger)", "present" },
        { "ASSESSMENT\n1. Healthy 6 mo, growth steady.", "pediatric_red_flag(flag=age_5_or_younger)", "present" },
        { "DEVELOPMENT (corrected 6 mo): rolls both ways, sits with support.", "pediatric_red_flag(flag=age_5_or_younger)", "present" },
        { "Constipation for 2 y, worse since toilet training.", "pediatric_red_flag(flag=age_5_or_younger)", "none" },
        { "Recheck in 6 weeks.", "pediatric_red_flag(flag=age_5_or_younger)", "none" },
    };
}

/// <summary>
/// A young child's cord, skin and gait (helper t-peds3, ex-v12 and the pediatric writers): a tethered cord someone wants
/// looked for is suspected, not known; the skin exam's bare negatives and a straight cleft are absent markers; a toe
/// walker's foot deformity is the toe walking's deformity, a relative's toe walking or the heel/toe-walk item is no basis.
/// </summary>
public class PediatricCordSkinCaseTests : DetectorCaseTable
{
    protected override ImagingRequest? Request { get; } = new() { RequestDate = new DateOnly(2025, 11, 1), Patient = new Patient(null, new DateOnly(2019, 5, 20), "M") };

    public static TheoryData<string, string, string> Cases => new()
    {
        { "Colorectal surgery wants a lumbar spine MRI to screen for tethered cord (standard after ARM).", "tethered_cord", "possible, not present" },
        { "Agree with spinal imaging for tethered cord; will see back after neurosurgery.", "tethered_cord", "possible, not present" },
        { "Procedure being considered: MRI L-spine w/o contrast (toe walking, parental concern re tethered cord)", "tethered_cord", "possible, not present" },
        { "Mother asked for spine imaging to r/o occult tethered cord given the brother's Chiari.", "tethered_cord", "possible, not present" },
        { "Tight heel cords only. Low concern for tethered cord; cousin's hx does not change that.", "tethered_cord", "absent, not present" },
        { "Tethered cord not supported: conus normal on 2025 MRI, no UMN signs.", "tethered_cord", "absent, not present" },
        { "MRI 2024: tethered cord with conus at L4, s/p release.", "tethered_cord", "present" },
        { "Spinal US at 5 days of life: conus at L1-L2, normal filum.", "tethered_cord", "absent" },
        { "Lumbosacral skin: no dimple, no hair, no stain, spine straight.", "cutaneous_stigmata(~stain)", "absent, not present" },
        { "Back: soft mass at L5-S1 with a faint pink patch over it. Gluteal cleft straight, no dimple or hair.", "cutaneous_stigmata(~hair)", "absent, not present" },
        { "Back: coccygeal pit with visible base; no hair, no hemangioma, no mass, cleft midline.", "cutaneous_stigmata(~cleft)", "absent, not present" },
        { "Scalp: no hair loss, no lesions.", "cutaneous_stigmata", "none" },
        { "He has walked on his toes since he started walking.\nFeet: bilateral pes cavus with early clawing of toes; R foot 1 cm shorter than L.", "toe_walking(~cavus)", "present" },
        { "Toe walking since age 2.\nFeet: no cavus, no claw toes, arches normal.", "toe_walking(~cavus)", "absent, not present" },
        { "FHx: Brother (7) toe walks - ortho.\nFeet: R pes cavus with clawing of toes 2-4. Heel/toe walk OK.", "toe_walking(~cavus)", "none" },
    };
}
