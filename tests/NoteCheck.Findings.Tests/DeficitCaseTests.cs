using NoteCheck.Core;

namespace NoteCheck.Findings.Tests;

/// <summary>
/// Neurological deficit phrasings from templated exams and dictated notes (issue #4, deficits):
/// positive, negated/normal and distractor sentences per type, in the DetectorCaseTests style.
/// </summary>
public class DeficitCaseTests : DetectorCaseTable
{
    private static readonly ImagingRequest Adult = new() { RequestDate = new DateOnly(2025, 3, 1), Patient = new Patient(null, new DateOnly(1970, 1, 1), "F") };

    protected override ImagingRequest? Request => Adult;

    public static TheoryData<string, string, string> Cases => new()
    {
        // an examiner's 'not dermatomal' verdict is no dermatomal loss (dermatomal_sensory_loss.not_dermatomal)
        { "Sensory: PP loss L leg ending sharply at the inguinal ligament, splits midline - not dermatomal.", "dermatomal_sensory_loss", "absent" },
        { "Non-dermatomal numbness of the whole left leg.", "dermatomal_sensory_loss", "absent" },
        { "Decreased pinprick in the left L5 dermatome.", "dermatomal_sensory_loss", "present, not absent" },
        // each strength row names its muscle (the disagreement gate compares rows of one exam muscle by muscle)
        { "MOTOR (R / L):\n  Hip flexion       5 / 5\n  Hip abduction      5 / 4", "muscle_weakness(muscle=hip_abduction)", "present" },
        { "MOTOR (R / L):\n  Hip flexion       5 / 5\n  Hip abduction      5 / 4", "muscle_weakness(muscle=hip_flexion)", "absent, not present" },
        { "Strength: L EHL 4/5.", "muscle_weakness(muscle=ehl)", "present" },
        { "Strength: L EHL 4/5.", "muscle_weakness(muscle=hip_flexion)", "none" },
        // a grade the examiner qualifies as effort, not strength, is documented but no objective deficit (effortLimited)
        { "Motor R/L: Hip flex 4/5* / 5   *give-way, breakaway, pain-limited; 5/5 with coaching", "muscle_weakness(effortLimited=true)", "present" },
        { "Strength: L EHL 4-/5 with pain-inhibited effort.", "muscle_weakness(effortLimited=true)", "present" },
        { "Strength: L EHL 4/5, L ankle dorsiflexion 4/5.", "muscle_weakness(effortLimited=true)", "none" },
        // weakness the note calls subjective, or answers with a normal exam in the same clause
        { "5. Subjective leg weakness - exam strength normal; PT/fall precautions.", "muscle_weakness(effortLimited=true)", "present" },
        { "Reports his legs feel weak, but on exam strength is 5/5 throughout.", "muscle_weakness(effortLimited=true)", "present" },
        { "New L foot weakness x 2 weeks; exam: EHL 3/5, DF 4/5.", "muscle_weakness(effortLimited=true)", "none" },
        { "Strength: L EHL 4/5, L ankle dorsiflexion 4/5.", "muscle_weakness", "present" },
        // a one-sided root deficit the note sets apart from a symmetric polyneuropathy is not explained by it
        { "1. L S1 radicular pain with L plantarflexion weakness and absent L ankle jerk, superimposed on known diabetic polyneuropathy.", "abnormal_reflexes(explainedBy=peripheral_neuropathy)", "none" },
        { "1. L S1 radicular pain with L plantarflexion weakness and absent L ankle jerk, superimposed on known diabetic polyneuropathy.", "abnormal_reflexes", "present" },
        { "R absent ankle jerk and S1 sensory loss - asymmetric, so NOT explained by the symmetric diabetic neuropathy.", "dermatomal_sensory_loss", "present" },
        { "R absent ankle jerk and S1 sensory loss - asymmetric, so NOT explained by the symmetric diabetic neuropathy.", "peripheral_neuropathy", "present" },
        { "Sensory: pinprick reduced both feet to the ankles in a stocking pattern, symmetric, from his diabetic polyneuropathy.", "dermatomal_sensory_loss(explainedBy=peripheral_neuropathy)", "present" },
        // an old neuropathy the assessment says does not explain the new deficit explains nothing in the sentences around it
        { "1. NEW L foot drop, ankle dorsiflexion 3/5.\n2. Old frostbite of L toe tips with residual neuropathy of the tips only - stable, does not explain the new deficit.", "foot_drop(explainedBy=peripheral_neuropathy)", "none" },
        { "1. NEW L foot drop, ankle dorsiflexion 3/5.\n2. Old frostbite of L toe tips with residual neuropathy of the tips only - stable, does not explain the new deficit.", "foot_drop", "present" },
        { "1. L foot drop, ankle dorsiflexion 3/5.\n2. Peripheral neuropathy, which explains the weakness.", "foot_drop(explainedBy=peripheral_neuropathy)", "present" },
        // plexopathy excluded, argued against, or still to exclude
        { "Diabetic amyotrophy (plexopathy) excluded clinically and on EMG.", "plexopathy", "absent" },
        { "Paraspinal fibrillations argue strongly against a lumbosacral plexopathy.", "plexopathy", "absent" },
        { "Diabetic radiculoplexus neuropathy, that is, diabetic amyotrophy, is the main alternative and must be excluded before we attribute this to the spine.", "plexopathy", "possible" },
        { "Diabetic radiculoplexus neuropathy is the main alternative.", "peripheral_neuropathy", "none" },
        { "EMG: right lumbosacral plexopathy with active denervation.", "plexopathy", "present" },
        // a named entrapment or mononeuropathy other than the peroneal nerve's is a peripheral neuropathy (it explains its own
        // territory); the peroneal one is peroneal_nerve_injury, and a tunnel named as a place is no diagnosis
        { "A: R femoral neuropathy from the iliopsoas hematoma, improving as it resorbs.", "peripheral_neuropathy", "present" },
        { "Impression: R tarsal tunnel syndrome from a ganglion cyst.", "peripheral_neuropathy", "present" },
        { "Assessment: R meralgia paresthetica (lateral femoral cutaneous nerve entrapment).", "peripheral_neuropathy", "present" },
        { "Impression: L common peroneal mononeuropathy at the fibular head, demyelinating.", "peripheral_neuropathy", "none" },
        { "MRI ankle: 2 cm ganglion cyst in the tarsal tunnel displacing the nerve.", "peripheral_neuropathy", "none" },
        // an examiner's modality names an exam finding, also under a history header; a reported numbness there stays unlabelled
        { "Sensation: decreased LT + PP L dorsum of foot and 1st web space (L5).", "dermatomal_sensory_loss", "present" },
        { "History of present illness: pre-op exam showed L EHL 4/5 and diminished pinprick L dorsal foot.", "dermatomal_sensory_loss", "present" },
        { "History of present illness: he reports numbness on the top of the left foot since Sunday.", "dermatomal_sensory_loss", "none" },
        // a grade compared with the other side ('1+ vs 2+ L') is a comparison, not a differential
        { "Reflexes: R ankle jerk 1+ vs 2+ L. Sensation intact.", "abnormal_reflexes", "present, not possible" },
        { "Reflexes: medial hamstring 1+ R vs 2+ L; Achilles 2+ symmetric.", "abnormal_reflexes", "present, not possible" },
        // a side-by-side comparison in a grade's parenthesis is no uncertainty
        { "Plantarflexion R 4/5 (3 single-leg heel raises R vs 12 L), L 5/5.", "muscle_weakness", "present" },
        // a normal table row names its reflex, so it does not clear another reflex
        { "DTR         R     L\n  KJ       2+    2+", "abnormal_reflexes(reflex=patellar)", "absent" },
        { "Reflexes: patellar 2+ symmetric, Achilles 1+ symmetric.", "abnormal_reflexes(reflex=patellar)", "none" },
        // sexual dysfunction told as old is no sudden change; told as new it is
        { "Reports ED x5+ yrs, unchanged.", "sexual_dysfunction(sudden=false)", "present" },
        { "5. Chronic erectile dysfunction, not new.", "sexual_dysfunction(sudden=true)", "none" },
        { "New erectile dysfunction over the last 3 days.", "sexual_dysfunction(sudden=true)", "present" },
        // weakness: R/L pairs, root motor deficit, limb "weak", knee buckling; normal/spared
        { "Motor (R/L): HF 5/5, KE 5/5, TA 5/2, EHL 5/1, eversion 5/4.", "muscle_weakness", "present" },
        { "A/P: new R L5 motor and sensory deficit.", "muscle_weakness", "present" },
        { "She cannot use the walker because her left arm is so weak.", "muscle_weakness", "present" },
        { "Still buckling of the left knee on stairs.", "muscle_weakness", "present" },
        // a 'Gait:' line holding a heel/toe test or 'no deviations' describes no abnormal gait (gait_label, gait_header)
        { "Exam:\nGait: heel and toe walk done w/o difficulty; gait non-antalgic.", "gait_abnormality", "not present" },
        { "Exam:\nGait: cannot toe-walk on the right; otherwise steady.", "gait_abnormality", "not present" },
        { "Exam: Gait: no deviations at household and clinic distances, no assistive device.", "gait_abnormality", "not present" },
        { "Exam:\nGait: antalgic, favoring the right.", "gait_abnormality", "present" },
        // proximal weakness shown by a failed chair rise, however the arms are written; a counted heel-raise failure
        { "Gait: walker; R knee buckles; can't rise from chair w/o arms.", "muscle_weakness", "present" },
        { "He is losing function quickly and needs both arms to rise from a chair.", "muscle_weakness", "present" },
        { "Gait steady; can rise from a chair without arms.", "muscle_weakness", "not present" },
        { "Cannot do 10 single-leg heel raises on the L (3 on L, 12 on R).", "muscle_weakness", "present" },
        // a return precaution written as 'ER for ...' at the head of its clause plans the deficit; a visit to the ED does not
        { "RTC 2 wks; ER for new weakness or bladder sx.", "muscle_weakness", "hypothetical, not present" },
        { "Seen in the ED for new left leg weakness yesterday.", "muscle_weakness", "present" },
        { "Nurse line: advised ED if fever >102, new leg weakness, or bladder problems.", "muscle_weakness", "hypothetical, not present" },
        { "Call hospice triage 555-0163 for any fall, new weakness of legs or inability to pass urine.", "muscle_weakness", "hypothetical, not present" },
        { "She called the clinic for new leg weakness yesterday.", "muscle_weakness", "present" },
        // a joint's movements joined by slashes before one full grade are normal rows
        { "Strength: L hip flex/ext/abd 5/5, ankle DF 1/5.", "muscle_weakness(muscle=hip_flexion)", "absent, not present" },
        { "Strength: R LE 5/5. L hip flex/ext/abd 5/5, knee ext/flex 5/5, ankle DF 1/5, EHL 0/5.", "muscle_weakness", "absent, present" },
        // 'FH' after a preposition is the fibular head, not family history; 'radic' is a radiculopathy an EMG rules out
        { "EMG 11/2 reviewed (L fibular neuropathy at FH, no radiculopathy).", "emg_radiculopathy", "absent, not family" },
        { "EMG 09/24: L peroneal neuropathy, conduction block across FH, no L5 radic.", "emg_radiculopathy", "absent" },
        { "Motor: EHL 4+/5 on the right.", "muscle_weakness", "present" },
        { "Inversion and hip abduction spared.", "muscle_weakness", "absent" },
        { "Str: hip/knee 5/5.", "muscle_weakness", "absent" },
        // the patient's own word for a weak limb in quotes
        { "Says her R leg \"feels weak\" going downhill.", "muscle_weakness", "present" },
        { "Reports the L leg \"weak\" on ladders.", "muscle_weakness", "present" },
        { "Says the pain \"feels weak\" to describe.", "muscle_weakness", "not present" },
        // a strength grid with muscles as columns and a row per side; a reflex grid is not one
        { "Exam:\n        HF  Q   TA  EHL  G\n  R     5   5   4   4-   5\n  L     5   5   5   5    5\n", "muscle_weakness", "present" },
        { "Exam:\n        HF  Q   TA  EHL  G\n  R     5   5   5   5    5\n  L     5   5   5   5    5\n", "muscle_weakness", "absent, not present" },
        { "Reflexes:\n        KJ  AJ  BR\n  R     2+  1+  2+\n  L     2+  0   2+\n", "muscle_weakness", "none" },
        // short ankle abbreviations in a strength table
        { "Motor        R      L\n  Ank invert 5/5   4/5\n", "muscle_weakness(muscle=inversion)", "present" },
        { "Motor        R      L\n  Ank invert 5/5   5/5\n", "muscle_weakness(muscle=inversion)", "absent" },
        // a child's strength told by what the child does
        { "Neuro: gets up from the floor without a Gowers maneuver and hops on either foot.", "muscle_weakness", "absent" },
        { "Neuro: stands on heels and toes, rises from floor w/o hands.", "muscle_weakness", "absent, not present" },
        { "Neuro: hops poorly; needs hands to rise from the floor.", "muscle_weakness", "not absent" },
        // the gait without the brace is the deficit the brace hides
        { "Exam: walks well in the AFO; without it, R steppage gait.", "gait_abnormality", "present" },
        { "Exam: walks well in the AFO; without it, R steppage gait.", "gait_abnormality", "not absent" },
        { "Exam: without an AFO he walks normally.", "foot_drop", "not present" },
        // reflexes: grades placed after the reflex, pairs, H-reflex; normal 1+ symmetric
        { "Deep tendon reflexes are 2+ and symmetric at the patellas and absent at both ankles.", "abnormal_reflexes", "present" },
        { "Reflexes: trace in the arms, 2+ at the knees, and 0 at the ankles.", "abnormal_reflexes", "present" },
        { "Reflexes: 2/2 BUE, 0/1 patellae, trace at both achilles.", "abnormal_reflexes", "present" },
        { "Reflexes: patellar 1+, Achilles absent bilaterally.", "abnormal_reflexes", "present" },
        { "H-reflexes absent bilaterally.", "abnormal_reflexes", "present" },
        { "Exam: diminished AJ on the left.", "abnormal_reflexes", "present" },
        { "Exam: trace ankle jerks bilaterally.", "abnormal_reflexes", "present" },
        { "Patellar/Achilles 1+ symmetric.", "abnormal_reflexes", "absent" },
        { "H-reflexes present and symmetric.", "abnormal_reflexes", "absent" },
        // sensory: area phrasings, root distribution, stocking, hypoesthesia
        { "Exam: light touch sensation decreased along the medial aspect of the left foot.", "dermatomal_sensory_loss", "present" },
        { "Exam: sensory loss on the right L5 distribution.", "dermatomal_sensory_loss", "present" },
        { "Exam: numbness to light touch in her right big toe.", "dermatomal_sensory_loss", "present" },
        { "Exam: decreased sensation L5 distribution on the left.", "dermatomal_sensory_loss", "present" },
        { "Exam: hypoesthesia lateral foot on the right.", "dermatomal_sensory_loss", "present" },
        { "Sensation: decreased pinprick and vibration in a stocking distribution.", "dermatomal_sensory_loss", "present" },
        { "Sural sensory normal and symmetric.", "peripheral_neuropathy", "none" },
        // foot drop
        { "Dorsiflexors of the left ankle are +2 on the left and +5 on the right.", "foot_drop", "present" },
        { "Gait: narrow-based, no steppage.", "foot_drop", "absent" },
        // saddle
        { "Sensation intact to light touch and pinprick BLE including perineal area.", "saddle_anesthesia", "absent" },
        { "Sensation intact to\nlight touch and pinprick BLE including perineal area per patient report.", "saddle_anesthesia", "absent" },
        // bowel / bladder
        { "She has not voided in the last 24 hours.", "bowel_bladder_dysfunction", "present" },
        { "No leg pain or numbness; bladder and bowels normal.", "bowel_bladder_dysfunction", "absent" },
        { "No bowel, bladder or sexual problems.", "bowel_bladder_dysfunction", "absent" },
        { "No bowel, bladder or sexual problems.", "sexual_dysfunction", "absent" },
        // retention told by a failed voiding trial or no void since the catheter came out; a later scan stays present
        { "Overnight: no void since catheter removal (9 h), bladder scan 810 mL.", "bowel_bladder_dysfunction", "present" },
        { "Overnight: she has not voided since surgery; bladder scan 650 mL.", "bowel_bladder_dysfunction", "present, not absent" },
        { "Failed trial of void this evening; straight cathed for 700 mL.", "bowel_bladder_dysfunction", "present" },
        { "If he fails TOV, replace the Foley.", "bowel_bladder_dysfunction", "hypothetical, not present" },
        { "Voided on the floor without difficulty.", "bowel_bladder_dysfunction", "absent" },
        // loss told with the organ first, or of a child's skills; B/B shorthand
        { "Mother reports bladder/bowel loss since the fall.", "bowel_bladder_dysfunction", "present" },
        { "Denies bowel/bladder loss.", "bowel_bladder_dysfunction", "absent" },
        { "Regression: loss of bladder skills he had at 4.", "bowel_bladder_dysfunction", "present" },
        { "Pt denies changes in B/B.", "bowel_bladder_dysfunction", "absent" },
        { "No BB sx.", "bowel_bladder_dysfunction", "absent" },
        { "Parents report no bathroom problems.", "bowel_bladder_dysfunction", "absent" },
        { "Cannot walk to the bathroom without help.", "bowel_bladder_dysfunction", "none" },
        // return precautions are hypothetical
        { "Return to the ED if you develop loss of bowel or bladder control.", "bowel_bladder_dysfunction", "hypothetical, not present" },
        { "- RTC/ER for leg weakness, numb groin/inner thighs, loss of bladder control", "bowel_bladder_dysfunction", "hypothetical, not present" },
        { "- RTC/ER for leg weakness, numb groin/inner thighs, loss of bladder control", "muscle_weakness", "hypothetical, not present" },
        { "RTC or ER for new leg weakness.", "muscle_weakness", "hypothetical, not present" },
        { "Warned: new leg weakness, numb groin or loss of bladder control -> tell the unit officer at once.", "muscle_weakness", "hypothetical, not present" },
        { "Warned pt about numbness in the saddle area - go to the ED.", "saddle_anesthesia", "hypothetical, not present" },
        { "Forewarned of the risk, he still has new leg weakness.", "muscle_weakness", "present" },
        // a negation inside a parenthesis ends where the parenthesis closes
        { "S: LBP 5 wks (began at work, no fall, no injury), pain into the R buttock and thigh to the calf.", "radicular_pain", "present" },
        { "No fever (or chills), leg weakness or saddle numbness.", "muscle_weakness", "absent" },
        { "- ED if bowel/bladder loss, numb groin or new leg weakness.", "bowel_bladder_dysfunction", "hypothetical, not present" },
        { "- ED immediately for saddle numbness, urinary retention or worse weakness.", "saddle_anesthesia", "hypothetical, not present" },
        { "- ED immediately for saddle numbness, urinary retention or worse weakness.", "bowel_bladder_dysfunction", "hypothetical, not present" },
        // 'numb' before the place, the place quoted, wiping felt as someone else's (saddle_anesthesia.numb_place)
        { "Two days of a numb saddle area and back pain.", "saddle_anesthesia", "present" },
        { "No numb groin or buttocks.", "saddle_anesthesia", "absent, not present" },
        { "Numb left thumb since the cast came off.", "saddle_anesthesia", "none" },
        { "She says the toilet paper \"feels like it's on somebody else\".", "saddle_anesthesia", "present" },
        // accidents told without what leaks, only where the sentence is about the bladder or bowels (bowel_bladder_dysfunction.accidents_told)
        { "Wears pads now and has accidents most days.", "bowel_bladder_dysfunction", "present" },
        { "No longer having accidents since the catheter came out.", "bowel_bladder_dysfunction", "absent, not present" },
        { "He has had accidents at work twice, both with a forklift.", "bowel_bladder_dysfunction", "none" },
        // not passing urine said plainly: the 'not' is the retention (bowel_bladder_dysfunction.not_passing_urine)
        { "Mom says he is not peeing since yesterday and his belly is full.", "bowel_bladder_dysfunction", "present, not absent" },
        { "- Return/ED for high fever, leg weakness, or not peeing.", "bowel_bladder_dysfunction", "hypothetical, not present" },
        { "Not peeing blood anymore after the stone passed.", "bowel_bladder_dysfunction", "none" },
        // a change in one organ's control or function (bowel_bladder_dysfunction.control_words)
        { "Reports a change in bladder control over the past week.", "bowel_bladder_dysfunction", "present" },
        { "Since Tuesday she loses bladder control when she stands up.", "bowel_bladder_dysfunction", "present" },
        { "Come back if you lose bladder or bowel control.", "bowel_bladder_dysfunction", "hypothetical, not present" },
        { "Denies any change in bowel habits.", "bowel_bladder_dysfunction", "absent, not present" },
        // a leak named by kind, size or count; a stress leak is the pelvic floor's (bowel_bladder_dysfunction.leak_named, bb.inherent)
        { "Since the fall she has an urge leak most afternoons.", "bowel_bladder_dysfunction", "present" },
        { "Small stress leak with a sneeze since her third child.", "bowel_bladder_dysfunction(inherentCause=true)", "present" },
        { "Leaking between caths twice a day now.", "bowel_bladder_dysfunction", "present" },
        { "CSF leak at the incision sealed with a blood patch; 2 leaks repaired.", "bowel_bladder_dysfunction", "none" },
        // wet at night told plainly (bowel_bladder_dysfunction.wet_nights)
        { "Now wakes up wet two nights a week.", "bowel_bladder_dysfunction", "present" },
        { "Not wet at night since age four.", "bowel_bladder_dysfunction", "absent, not present" },
        // retention and lost sphincter awareness in lay words (bowel_bladder_dysfunction.urge_unfelt)
        { "Tried to pee all morning, nothing comes out.", "bowel_bladder_dysfunction", "present" },
        { "Stool passes without warning and he can't hold it.", "bowel_bladder_dysfunction", "present" },
        { "The back spasms come without warning.", "bowel_bladder_dysfunction", "none" },
        { "Denies that stool comes without warning.", "bowel_bladder_dysfunction", "none" },
        // a bladder scan with its clock time or a device maximum (bowel_bladder_dysfunction.bladder_scan)
        { "Bladder scan 1430: 640 mL.", "bowel_bladder_dysfunction", "present" },
        { "Bladder scan 06:40: > 999 mL, Foley placed.", "bowel_bladder_dysfunction", "present" },
        // an established bladder/bowel routine is a dysfunction but not a new one (bowel_bladder_dysfunction.managed)
        { "Bladder: CISC 5x/day, volumes 350-550 mL.", "bowel_bladder_dysfunction(new=false)", "present" },
        { "Bowel: bowel program (senna + suppository qod), continent.", "bowel_bladder_dysfunction(kind=other)", "present" },
        { "CIS of the bladder treated with BCG in 2022.", "bowel_bladder_dysfunction", "none" },
        // 'incont' abbreviated, 'B&B changes', 'passing urine fine'; an OASIS item label is no mention
        { "New bowel incont. since Tuesday, wears a pad.", "bowel_bladder_dysfunction", "present" },
        { "ROS: (-) urinary retention, (-) fecal incont., (-) fever.", "bowel_bladder_dysfunction", "absent, not present" },
        { "NEG B&B changes.", "bowel_bladder_dysfunction", "absent" },
        { "No fever. Passing urine fine.", "bowel_bladder_dysfunction", "absent, not present" },
        { "M1620 bowel incont. frequency     0 - very rarely", "bowel_bladder_dysfunction", "none" },
        // perineal numbness tied to a local cause in the same sentence is a possible saddle anesthesia (saddle_anesthesia.local_cause)
        { "Right pudendal neuropathy after the forceps delivery explains her right perineal numbness.", "saddle_anesthesia", "possible, not present" },
        { "No perineal numbness since the delivery.", "saddle_anesthesia", "absent, not possible" },
        { "New perineal numbness and retention three weeks postpartum.", "saddle_anesthesia", "present, not possible" },
        // a lost sacral reflex or sphincter tone written as a row or with 'tone' alone in a rectal exam (absent_anal_reflex.lost_more, .tone_in_rectal_exam)
        { "Anal wink: absent on the left.", "absent_anal_reflex", "present" },
        { "Rectal: tone markedly reduced, no voluntary squeeze.", "absent_anal_reflex", "present" },
        { "Absent sacral reflexes and a patulous anus.", "absent_anal_reflex", "present" },
        { "Lower limb tone reduced after the stroke, reflexes brisk.", "absent_anal_reflex", "none" },
        // a normal wink or tone in a rectal exam (absent_anal_reflex.normal_more)
        { "Rectal: normal tone, brown stool, heme negative.", "absent_anal_reflex", "absent, not present" },
        { "DRE: resting tone normal, anal wink brisk.", "absent_anal_reflex", "absent" },
        { "Muscle tone normal in both legs.", "absent_anal_reflex", "none" },
        { "Rectal: deferred - nl tone in 2024, pt declines today.", "absent_anal_reflex", "none" },
        // the seat told numb in the patient's words (saddle_anesthesia.seat_numb)
        { "Says her bottom feels like a dead zone since yesterday.", "saddle_anesthesia", "present" },
        { "When wiping he couldn't feel the paper on the left.", "saddle_anesthesia", "present, not absent" },
        { "Her bottom is sore from sitting on the bleachers.", "saddle_anesthesia", "none" },
        // buttocks named before the perineum in a decreased-sensation exam (saddle_anesthesia.exam)
        { "Reduced pinprick over buttocks and perineum bilaterally.", "saddle_anesthesia", "present" },
        // a cauda equina syndrome the patient had and was treated for is historical, never a present diagnosis (cauda_equina_syndrome.past)
        { "Neurogenic bladder since cauda equina syndrome (L4-5 disc, emergent decompression 2019).", "cauda_equina_syndrome", "historical, not present" },
        { "Hx of CES s/p decompression in 2016, residual saddle patch.", "cauda_equina_syndrome", "historical, not present" },
        { "Pt anxious about family hx of CES.", "cauda_equina_syndrome", "family, not historical" },
        { "Acute cauda equina syndrome: emergent decompression tonight.", "cauda_equina_syndrome", "present, not historical" },
        // a relative's cauda equina told loosely (cauda_equina_syndrome.relative)
        { "Her father had cauda equina surgery at 60.", "cauda_equina_syndrome", "family, not present" },
        { "Images show the cauda equina nerve roots are normal.", "cauda_equina_syndrome", "none" },
        { "RTC 3 mo, sooner if new weakness or loss of bowel control.", "bowel_bladder_dysfunction", "hypothetical, not present" },
        { "ER for saddle numbness or rapidly worsening weakness.", "symptom_progression", "none" },
        { "Weakness is rapidly worsening over 3 days.", "symptom_progression", "present" },
        // a differential set aside by 'not explained by' is absent; a named existing condition ('his', 'the') stays
        { "Weak EHL from L5 root. Not explained by peroneal palsy.", "peroneal_nerve_injury", "absent" },
        { "Weakness is not explained by his diabetic neuropathy.", "peripheral_neuropathy", "present" },
        { "Seen in the ER for leg weakness last week; exam today 4/5 EHL on the left.", "muscle_weakness", "present" },
        { "Red flags reviewed: saddle anesthesia, bowel or bladder changes, progressive leg weakness.", "saddle_anesthesia", "hypothetical" },
        { "Red flags reviewed: saddle anesthesia, bowel or bladder changes, progressive leg weakness.", "bowel_bladder_dysfunction", "hypothetical" },
        // gait
        { "Gait: L knee buckling, uses cane.", "gait_abnormality", "present" },
        { "Exam:\nGait: toe\nwalking bilaterally, cannot heel walk.\nStrength: DF 4/5.", "gait_abnormality", "present" },
        { "She has ambulated with the assistance of a walker for many years.", "gait_abnormality", "present" },
        // a deferred gait exam examined nothing: no finding either way
        { "Exam:\nGait: deferred, pain.", "gait_abnormality", "none" },
        { "Gait not tested (on backboard).", "gait_abnormality", "none" },
        { "On exam the child walks well, no limp.", "gait_abnormality", "absent" },
        // tone and the anal reflex
        { "Tone: increased in both gastrocnemius-soleus groups with a catch.", "increased_muscle_tone", "present" },
        { "Active, alert, good tone.", "increased_muscle_tone", "absent" },
        { "Rectal tone normal, anal wink present.", "absent_anal_reflex", "absent" },
        { "Neoanus in sphincter center, good anal wink.", "absent_anal_reflex", "absent" },
        // exclusions stated as ruled out
        { "Fibular head nontender, Tinel neg.", "peroneal_nerve_injury", "absent" },
        { "R L5 radiculopathy (inversion weak -> root, not peroneal nerve).", "peroneal_nerve_injury", "absent" },
        // the fibular-head exam told negative in label and prose forms, and a localisation set against the nerve
        { "Gait: L steppage gait with foot slap.\nFibular head: no tenderness, Tinel neg.", "peroneal_nerve_injury", "absent, not present" },
        { "Perianal pinprick intact. Fibular head: no Tinel, nontender.", "peroneal_nerve_injury", "absent" },
        { "Hip and knee exams benign; no fibular head tenderness.", "peroneal_nerve_injury", "absent" },
        { "The weakness localizes to the L5 nerve root and not to the common peroneal nerve; there is no sign of compression at the fibular head.", "peroneal_nerve_injury", "absent, not present" },
        { "Fibular neck: + Tinel L, mild tenderness.", "peroneal_nerve_injury", "not absent" },
        { "Fibular head tender with a positive Tinel sign.", "peroneal_nerve_injury", "not absent" },
        { "No evidence of peroneal neuropathy, lumbosacral plexopathy or generalized polyneuropathy.", "peripheral_neuropathy", "absent" },
        { "Assessment: r/o evolving cauda equina syndrome.", "cauda_equina_syndrome", "possible" },
        // deficit distractors are not present
        { "She stated that she just felt weak.", "muscle_weakness", "not present" },
        { "However, the patient became extremely weak, mostly unresponsive.", "muscle_weakness", "not present" },
        { "Positive SLR on the left at 40 degrees.", "muscle_weakness", "not present" },
        { "Positive SLR on the left at 40 degrees.", "dermatomal_sensory_loss", "not present" },
        { "Reflexes: 2+/2+ patellae, 1+/1+ Achilles.", "abnormal_reflexes", "not present" },
        { "Needle EMG: R TA, EHL: fibrillations 2+, reduced recruitment.", "foot_drop", "not present" },
        { "R tibial motor normal. Sural sensory normal.", "muscle_weakness", "not present" },
        { "Right suprascapular neuropathy on EMG.", "peripheral_neuropathy", "not present" },
        { "The cauda equina was visualized and the catheter placed deep to it.", "cauda_equina_syndrome", "not present" },
        { "Broad based disc bulge at L4-5.", "gait_abnormality", "not present" },
        { "Tissue expander with an integrated magnetic port.", "gait_abnormality", "not present" },
        { "He has slight antalgic head position to the right.", "gait_abnormality", "not present" },
        { "Return to the ED for new weakness or numbness.", "sexual_dysfunction", "not present" },
        { "Call for fever, wound drainage, new leg weakness or numbness.", "muscle_weakness", "not present" },
        { "Rectal tone normal.", "increased_muscle_tone", "not present" },
        // writers C-G: abbreviations, area before the finding, tables, numbers as words, lay words for the saddle
        { "Sens: dec to PP and LT R dorsum ft and 1st web space.", "dermatomal_sensory_loss", "present" },
        { "Sensation  R lat foot        dim PP", "dermatomal_sensory_loss", "present" },
        { "Exam: vibration is also diminished over the lateral border of the right foot.", "dermatomal_sensory_loss", "present" },
        { "Exam: pinprick reduced up to the mid-shins bilaterally, symmetric.", "dermatomal_sensory_loss", "present" },
        { "Exam: monofilament felt at 3/10 sites on the left.", "dermatomal_sensory_loss", "present" },
        { "Exam: SILT BLE.", "dermatomal_sensory_loss", "absent" },
        { "Sensory: diminished PP L sole; otherwise intact.", "dermatomal_sensory_loss", "absent" },
        { "Sensory: intact to pin and light touch in both legs.", "dermatomal_sensory_loss", "absent" },
        { "PP sensation L3-S1      intact     --     intact", "dermatomal_sensory_loss", "absent" },
        // the saddle (S2-S5, perianal, perineal) is its own type, never a limb dermatome too
        { "Exam: perianal sensation intact to pinprick.", "dermatomal_sensory_loss", "none" },
        { "Exam: perianal sensation intact to pinprick.", "saddle_anesthesia", "absent" },
        { "Exam: pinprick reduced in the S3-S5 dermatomes.", "dermatomal_sensory_loss", "none" },
        { "Exam: sensation to pinprick is reduced in the S2 through S4 dermatomes.", "saddle_anesthesia", "present" },
        { "Exam: perineal skin absent to LT.", "saddle_anesthesia", "present" },
        { "Exam: dense loss to pinprick in a saddle distribution.", "saddle_anesthesia", "present" },
        { "He says he is numb down there since yesterday.", "saddle_anesthesia", "present" },
        { "She says her bottom and inner thighs feel dead.", "saddle_anesthesia", "present" },
        { "No numbness when she wipes.", "saddle_anesthesia", "absent" },
        { "Denies N/T in the groin or buttocks.", "saddle_anesthesia", "absent" },
        { "Exam: normal perianal sensation, good rectal tone.", "saddle_anesthesia", "absent" },
        { "For two weeks his right toes have been dragging on the carpet.", "foot_drop", "present" },
        { "Remote L4-5 discectomy with residual R foot drop, wears an AFO.", "foot_drop", "present" },
        // a foot drop whose own clause says it never recovered is still there, and chronic
        { "h/o L4-5 microdiscectomy 2019 for L L5 radiculopathy w/ L foot drop, foot drop never fully recovered, wears L AFO.", "foot_drop(new=false)", "present, not historical" },
        { "The foot drop resolved by 2020, though the numbness never fully recovered.", "foot_drop", "historical, not present" },
        // a toe caught on a curb is a failure to clear the foot; a denied trip is no foot drop
        { "Since then he has caught the right toe on a curb twice.", "foot_drop", "present" },
        { "There has been no leg weakness, no tripping, and no new numbness.", "foot_drop", "absent" },
        { "Gait: tripping over the rug at home, mechanical fall.", "foot_drop", "none" },
        // a foot drop that is the question of a study or the reason for a request: the differential is about its cause
        { "EMG indication: R foot drop x 5 wks, L5 radiculopathy vs peroneal neuropathy.", "foot_drop", "present, not possible" },
        { "Reason for request: \"R foot drop x 3 wks, r/o L5 radiculopathy\"", "foot_drop", "present, not hypothetical" },
        { "Question: any foot drop? Exam today: ankle DF 5/5.", "foot_drop", "possible, not present" },
        { "Return to the ED for a new foot drop.", "foot_drop", "hypothetical, not present" },
        // a foot drop named as what a study or care is for is the given: the order's doubt, plan or refusal is not about it
        // (foot_drop.study_reason, foot_drop.indication_header); 'check/evaluate for' and return precautions keep their reading
        { "Reason for referral: MRI L-spine w/o for new L foot drop; please screen for orbital metal.", "foot_drop", "present, not absent" },
        { "Plan: CT lumbar spine to rule out an L5 root contribution to the foot drop, since MRI is contraindicated.", "foot_drop", "present, not possible" },
        { "A lumbar CT is not medically necessary for the foot drop; it will not change management.", "foot_drop", "present, not absent" },
        { "A: L5 radiculopathy suspected w/ foot drop after the fall.", "foot_drop", "present, not possible" },
        { "Prosthetics: temporary L AFO for foot drop, fall precautions.", "foot_drop", "present, not hypothetical" },
        { "EMG/NCS\nIndication:\nL foot drop x 3 wks. ?fibular neuropathy vs ?L5 radiculopathy.", "foot_drop", "present, not possible" },
        { "Will evaluate for foot drop with an EMG if the weakness persists.", "foot_drop", "not present" },
        { "ED for a new foot drop, bladder retention or saddle numbness.", "foot_drop", "not present" },
        // a deficit a study does not explain is still there: the negation reaches the explanation, not the deficit
        { "IMPRESSION: No disc herniation, no nerve root compression, no explanation for a left foot drop at the lumbar level.", "foot_drop", "present, not absent" },
        { "Prior MRI (10/2025) doesn't explain his foot drop.", "foot_drop", "present" },
        { "Strength normal, no foot drop to explain.", "foot_drop", "absent, not present" },
        { "No disc herniation, no nerve root compression, no foot drop.", "foot_drop", "absent" },
        // the patient's words for a foot that hangs or slaps, told as begun or as usual
        { "Over the past 2 months the R foot has started to \"slap\" on stairs per his wife.", "foot_drop", "present" },
        { "Via interpreter pt states R foot became \"weak and floppy\" on 11/13, never before.", "foot_drop", "present" },
        { "My right foot is doing its usual floppy thing - same as always since my surgery, I have my brace on.", "foot_drop(new=false)", "present" },
        { "Her foot has not become floppy and she has not tripped.", "foot_drop", "not present" },
        { "Infant: floppy when held, feeds well; feet normal.", "foot_drop", "none" },
        // a referral at the colleague's request names the complaint: no hypothetical
        { "I had the pleasure of evaluating Ms. Ibarra, a tile setter, at your request for a left foot drop and low back pain.", "foot_drop", "present" },
        { "Gait: wide-based with toe drag on the right.", "foot_drop", "not present" },
        { "  R ankle DF     5/5     2/5", "muscle_weakness", "present, not absent" },
        { "  Knee flex     5     4-", "muscle_weakness", "present" },
        { "  Hip abd     5     5", "muscle_weakness", "absent" },
        // templated strength rows: the muscle's own gloss in parentheses, dot leaders and pipes, one space before the grade columns
        { "Strength R / L:\n TA (ankle DF) ..... 2/5 | 5/5\n Gastroc ........... 5/5 | 5/5", "muscle_weakness(muscle=ankle_dorsiflexion)", "present, not absent" },
        { "Strength R / L:\n TA (ankle DF) ..... 2/5 | 5/5\n Gastroc ........... 5/5 | 5/5", "muscle_weakness(muscle=plantarflexion)", "absent, not present" },
        { "MOTOR (MRC)        R       L\n  Hip abd (GMed)   4       5", "muscle_weakness(muscle=hip_abduction)", "present" },
        { "Motor:\n  Ankle eversion (L5-S1, fibular)        4      5", "muscle_weakness(muscle=eversion)", "present" },
        { "Motor   R   L\n   Inversion 4       5\n   Plantarflex   5/5    5/5", "muscle_weakness(muscle=inversion)", "present" },
        { "Motor   R   L\n   Inversion 4       5\n   Plantarflex   5/5    5/5", "muscle_weakness(muscle=plantarflexion)", "absent, not present" },
        // a tone-scale row is no strength grade
        { "Modified Ashworth, plantarflex 1+           1+", "muscle_weakness", "none" },
        { "Exam: right tibialis anterior three out of five.", "muscle_weakness", "present" },
        { "Exam: strength five over five throughout both legs.", "muscle_weakness", "absent" },
        { "Exam: unable to toe walk on the right.", "muscle_weakness", "present" },
        { "Exam: able to heel walk and toe walk.", "muscle_weakness", "absent" },
        { "Last week her right knee gave out on the stairs.", "muscle_weakness", "present" },
        // headers the text layer splits off ("Motor:", "Sensory:", "Gait:"), dictated grades, exam-table cells
        { "Exam:\nMotor: 5/5 throughout.", "muscle_weakness", "absent" },
        { "Exam:\nMotor: 5/5 except R EHL 4/5.", "muscle_weakness", "present" },
        { "Exam:\nSensory: intact.", "dermatomal_sensory_loss", "absent" },
        { "Exam:\nGait: normal.", "gait_abnormality", "absent, not present" },
        { "Knee jerks two plus and symmetric.", "abnormal_reflexes", "absent" },
        { "Reflexes: knees two plus, ankles zero bilaterally.", "abnormal_reflexes", "present" },
        { "Ankle jerk R        2+        absent", "abnormal_reflexes", "present" },
        { "Reflexes: Achilles R 2+, L 1+.", "abnormal_reflexes", "present" },
        { "Reflexes: Achilles 2+ R, absent L.", "abnormal_reflexes", "present" },
        { "Three beats of non-sustained ankle clonus bilaterally.", "abnormal_reflexes", "absent, not present" },
        { "The bulbocavernosus reflex could not be elicited.", "absent_anal_reflex", "present" },
        { "Rectal: loss of anal tone.", "absent_anal_reflex", "present" },
        { "He has been unable to get an erection since Monday.", "sexual_dysfunction", "present" },
        { "This morning he could not pass his water.", "bowel_bladder_dysfunction", "present" },
        { "Since yesterday she has to strain to start her urine stream.", "bowel_bladder_dysfunction", "present" },
        { "Straight catheterization returned 850 mL.", "bowel_bladder_dysfunction", "present" },
        { "Bladder scan 1,300 mL, Foley placed.", "bowel_bladder_dysfunction", "present" },
        { "Post-void residual of 40 mL.", "bowel_bladder_dysfunction", "absent, not present" },
        { "She denies any trouble controlling her bladder or bowels.", "bowel_bladder_dysfunction", "absent" },
        { "ROS: Bowel/bladder WNL.", "bowel_bladder_dysfunction", "absent" },
        { "Exam: Romberg positive; wide-based gait.", "gait_abnormality(gaitType=sensory_ataxic)", "present" },
        { "He walks into the room without difficulty.", "gait_abnormality", "absent" },
        { "Assessment: R common fibular (peroneal) neuropathy at the fibular head.", "peroneal_nerve_injury", "present" },
        { "Assessment: R common fibular (peroneal) neuropathy at the fibular head.", "peripheral_neuropathy", "none" },
        { "PMH: T2DM with DPN.", "peripheral_neuropathy", "present" },
        { "Reason for consult: suspected cauda equina syndrome.", "cauda_equina_syndrome", "possible, not present" },
        { "I do not think he has cauda equina syndrome.", "cauda_equina_syndrome", "absent, not present" },
        #region sensory2: bladder/bowel, saddle, sexual and cauda equina phrasings of writers I-N (other writers' words for the same facts)
        { "Since Monday weak stream, straining, dribbling, feels he doesn't empty.", "bowel_bladder_dysfunction(~weak stream)", "present" },
        { "GU: nocturia x2 on tamsulosin.", "bowel_bladder_dysfunction", "present" },
        { "GU: no retention or incontinence; nocturia x1 (baseline).", "bowel_bladder_dysfunction", "not present" },
        { "Chronic nocturia once a night, unchanged.", "bowel_bladder_dysfunction", "not present" },
        { "Since 2 days dysuria, urgency, freq q1h.", "bowel_bladder_dysfunction(~urgency)", "present" },
        { "He needs MRI with some urgency given the deficit.", "bowel_bladder_dysfunction", "none" },
        { "She has had new constipation and is not on opioids.", "bowel_bladder_dysfunction", "present" },
        { "No fecal incontinence, no constipation.", "bowel_bladder_dysfunction(~constipation)", "absent" },
        { "Now has daytime wetting 2-3x/week at school.", "bowel_bladder_dysfunction", "present" },
        { "GU: + daytime enuresis (new).", "bowel_bladder_dysfunction", "present" },
        { "Three episodes of leaking urine without warning.", "bowel_bladder_dysfunction", "present" },
        { "Foley placed in ED for 850 mL.", "bowel_bladder_dysfunction", "present" },
        { "In/out cath 660 mL.", "bowel_bladder_dysfunction", "present" },
        { "Foley 1,150 mL.", "bowel_bladder_dysfunction", "present" },
        { "Foley removed, voided 150 mL.", "bowel_bladder_dysfunction", "not present" },
        { "Abd: mild suprapubic distension, NT.", "bowel_bladder_dysfunction", "present" },
        { "Now cannot initiate a void.", "bowel_bladder_dysfunction", "present" },
        { "He has no difficulty starting or controlling his urine.", "bowel_bladder_dysfunction", "absent" },
        { "\"Leaking all day, can't tell when my bladder is full.\"", "bowel_bladder_dysfunction(~bladder is full)", "present" },
        { "Wound: small amount of serous leakage at the incision.", "bowel_bladder_dysfunction", "none" },
        { "CSF leak suspected; clear fluid leaking from the wound.", "bowel_bladder_dysfunction", "none" },
        { "BMs nl, soft stools daily.", "bowel_bladder_dysfunction", "absent, not present" },
        { "Bowel & bladder: no change.", "bowel_bladder_dysfunction", "absent" },
        { "PVR nl, tone nl.", "bowel_bladder_dysfunction", "absent, not present" },
        { "PVR (cath): 70 mL.", "bowel_bladder_dysfunction", "absent, not present" },
        { "Wets 6-8 diapers a day with a good stream.", "bowel_bladder_dysfunction", "absent, not present" },
        { "No leg shaking, no accidents; still dry overnight with a pull-up.", "bowel_bladder_dysfunction", "absent" },
        { "Decides I&D with hardware retention vs. removal.", "bowel_bladder_dysfunction", "none" },
        { "Pelvis: kidneys and bladder normal.", "bowel_bladder_dysfunction", "none" },
        { "ROS: [-] fever [-] leg weakness [-] incontinence", "bowel_bladder_dysfunction", "absent, not present" },
        { "GU: (-) incontinence, (-) retention.", "bowel_bladder_dysfunction", "absent, not present" },
        { "ROS: [+] back pain [+] incontinence", "bowel_bladder_dysfunction", "present" },
        { "States she is numb between the legs since yesterday.", "saddle_anesthesia", "present" },
        { "\"Everything down there went numb all at once.\"", "saddle_anesthesia", "present" },
        { "Pt emphatic: no groin or seat numbness.", "saddle_anesthesia", "absent, not present" },
        { "Feels toilet paper fine.", "saddle_anesthesia", "absent, not present" },
        { "When she wipes \"I can't feel the toilet paper\".", "saddle_anesthesia", "present" },
        { "Rectal: poor rectal tone. She had no perirectal sensation.", "saddle_anesthesia", "present" },
        { "Saddle/perianal PP intact.", "saddle_anesthesia", "absent, not present" },
        { "Sensation over the thighs and in the perineum is normal.", "saddle_anesthesia", "absent" },
        { "She has also some numbness in the bottom of her left foot.", "saddle_anesthesia", "none" },
        { "Unable to get/keep an erection since Friday.", "sexual_dysfunction", "present" },
        { "Assessment: sudden sexual dysfunction (genital anesthesia, anorgasmia).", "sexual_dysfunction(~anorgasmia)", "present" },
        { "Chronic ED, organic (DM/vascular), stable.", "sexual_dysfunction", "present" },
        { "Denies bladder problems; sexual fxn unchanged.", "sexual_dysfunction", "absent, not present" },
        { "Seen in the ED for back pain; ED course uneventful.", "sexual_dysfunction", "none" },
        { "Acute lumbar strain. CES clinically excluded.", "cauda_equina_syndrome", "absent, not present" },
        { "Urinary retention from BPH; no features of cauda equina.", "cauda_equina_syndrome", "absent, not present" },
        // round 6 (bladder6): the clinician's verdict on CES, chronic vs sudden sexual dysfunction, the cause of a bowel/bladder dysfunction
        { "MDM: normal rectal tone, PVR 35 mL. Clinically CES very unlikely.", "cauda_equina_syndrome", "absent, not present" },
        { "Would not pursue further work-up from a GI standpoint; CES not supported.", "cauda_equina_syndrome", "absent, not present" },
        { "Cauda equina syndrome is felt to be unlikely given intact saddle sensation.", "cauda_equina_syndrome", "absent, not present" },
        { "Erectile dysfunction since about 2021; on testosterone gel.", "sexual_dysfunction(sudden=false)", "present" },
        { "Unable to get/keep an erection since ~05/31, was normal before.", "sexual_dysfunction(sudden=false)", "none" },
        { "Leaking liquid stool around a fecal impaction in a patient on high-dose opioids.", "bowel_bladder_dysfunction(inherentCause=true)", "present" },
        { "Urinary retention last evening in setting of BPH off tamsulosin, oxycodone and diphenhydramine.", "bowel_bladder_dysfunction(inherentCause=true)", "present" },
        { "New fecal incontinence - NOT a colitis flare and not hemorrhoidal.", "bowel_bladder_dysfunction(inherentCause=true)", "none" },
        { "New fecal incontinence - NOT a colitis flare and not hemorrhoidal.", "bowel_bladder_dysfunction", "present" },
        { "Urinary retention is not his BPH: no anticholinergics/opioids before onset.", "bowel_bladder_dysfunction(inherentCause=true)", "none" },
        { "She leaks urine before reaching the bathroom and is not on any opioids.", "bowel_bladder_dysfunction(inherentCause=true)", "none" },
        { "Urinary retention w/ overflow, hx BPH - ? obstructive vs other.", "bowel_bladder_dysfunction(inherentCause=true)", "none" },
        // a local bowel cause named as the working diagnosis, even with a '?', explains the incontinence; a 'vs' still leaves it open
        { "Fecal urgency with incontinence and bloody stools off mesalamine - ?UC flare.", "bowel_bladder_dysfunction(inherentCause=true)", "present" },
        { "Stool incontinence from her old obstetric anal sphincter injury, unchanged.", "bowel_bladder_dysfunction(inherentCause=true)", "present" },
        { "New fecal incontinence, ?proctitis vs cauda equina.", "bowel_bladder_dysfunction(inherentCause=true)", "none" },
        { "New fecal incontinence; IBD in remission for years.", "bowel_bladder_dysfunction(inherentCause=true)", "none" },
        { "Retention is neurogenic: it began and persists off opioids.", "bowel_bladder_dysfunction(inherentCause=false)", "present" },
        // urine lost in a seizure the section narrates is the seizure's (bb.inherent_seizure); not a denied seizure, not another kind
        { "HPI: Generalized tonic-clonic seizure at home this morning. Partner says she bit her tongue and wet herself.", "bowel_bladder_dysfunction(inherentCause=true)", "present" },
        { "Plan: Bedwetting last night was ictal, during the convulsion; continent since.", "bowel_bladder_dysfunction(inherentCause=true)", "present" },
        { "HPI: Denies any seizure activity. New urinary incontinence for three days.", "bowel_bladder_dysfunction(inherentCause=true)", "none" },
        { "HPI: Denies any seizure activity. New urinary incontinence for three days.", "bowel_bladder_dysfunction", "present" },
        { "HPI: Seizure-free for 4 years on levetiracetam. New urinary incontinence since Tuesday.", "bowel_bladder_dysfunction(inherentCause=true)", "none" },
        { "Rectal: patulous sphincter, absent anal wink and saddle sensory loss.", "saddle_anesthesia", "present" },
        { "Rectal: patulous sphincter, absent anal wink and saddle sensory loss.", "dermatomal_sensory_loss", "none" },
        { "Exam: pinprick is reduced over the dorsum of the right foot, and light touch is diminished in the same territory.", "dermatomal_sensory_loss(~same territory)", "present" },
        { "Exam: the sole, heel, medial shin and anterior thigh are normal.", "dermatomal_sensory_loss", "absent, not present" },
        { "Sensory: S1 (lat foot/sole) intact bilat.", "dermatomal_sensory_loss", "absent, not present" },
        { "Sensory: decreased PP dorsal foot (L5); L side normal.", "dermatomal_sensory_loss(~L side)", "absent" },
        { "Strength: EHL 4/5 on the left, R intact.", "dermatomal_sensory_loss", "none" },
        { "Otherwise sensation to light touch and pinprick is intact.", "dermatomal_sensory_loss", "absent, not present" },
        { "Exam: vibration at the great toes and joint position sense are preserved on both sides.", "dermatomal_sensory_loss", "absent, not present" },
        { "Exam: vibration is absent at the toes and ankles and reduced at the knees.", "dermatomal_sensory_loss", "present" },
        { "Sensation: absent vibration at toes, decr to ankles.", "dermatomal_sensory_loss", "present" },
        { "Sens: decr vibration + PP toes to mid-foot bilat, stocking.", "dermatomal_sensory_loss", "present" },
        { "Sensation: PP reduced in stocking pattern to mid-shin b/l.", "dermatomal_sensory_loss", "present" },
        { "Neuro: sensations are decreased distally in the left foot, otherwise intact to pinprick.", "dermatomal_sensory_loss", "present" },
        { "Assessment: residual R EHL weakness and R foot hypesthesia from the old L5 compression.", "dermatomal_sensory_loss", "present" },
        { "There is slight pinprick dullness in the left first web space.", "dermatomal_sensory_loss", "present" },
        { "Sensory: pinprick absent perianal S3-5, reduced S2 bilat.", "dermatomal_sensory_loss(~S2)", "present" },
        { "Exam: decreased L5 strength on the left.", "dermatomal_sensory_loss", "none" },
        { "Sensation - withdraws to touch in all limbs.", "dermatomal_sensory_loss", "absent, not present" },
        { "TLICS 4 (burst = 2, PLC indeterminate = 2, neuro intact = 0).", "dermatomal_sensory_loss", "none" },
        #endregion
        // motor2: R/L pairs with a spaced slash, root tags, bare grades, myotome screens, flowsheet cells
        { "MOTOR (R / L):\n  HF 5 / 5    KE 5 / 5    ankle DF 5 / 3", "muscle_weakness", "present" },
        { "  KE (L3)     5   5", "muscle_weakness", "absent, not present" },
        { "  IP          5      4+", "muscle_weakness", "present" },
        { "Strength, right leg: hip flexion 5, knee extension 5, ankle dorsiflexion 4.", "muscle_weakness", "present" },
        { "Strength, right leg: hip flexion 5, knee extension 5.", "muscle_weakness", "absent, not present" },
        { "Myotome screen: L3 5/5, L4 5/5, L5 4/5 bilaterally.", "muscle_weakness", "present" },
        { "Myotome screen: L3 5/5, L4 5/5, S1 5/5 bilaterally.", "muscle_weakness", "absent, not present" },
        { "LE strength         WNL             WNL", "muscle_weakness", "absent, not present" },
        { "Neuro: 5/5 throughout both lower extremities; reflexes symmetric.", "muscle_weakness", "absent, not present" },
        { "R gastroc 4/5, can do only 4 single-leg heel raises on R vs 18 on L.", "muscle_weakness", "present, not possible" },
        { "Exam: she cannot stand on her left heel.", "muscle_weakness", "present" },
        { "Exam: heel walking is impossible on the right.", "muscle_weakness", "present" },
        { "He could not push off with the right foot going up stairs.", "muscle_weakness", "present" },
        { "Exam: she can heel- and toe-walk without help.", "muscle_weakness", "absent, not present" },
        { "Exam: toe and heel walking fine.", "muscle_weakness", "absent, not present" },
        { "His right leg feels heavy since Monday.", "muscle_weakness", "present" },
        { "Her legs feel heavy after walking two blocks, relieved by sitting.", "muscle_weakness", "none" },
        { "Twice this month the left knee has given out on the stairs.", "muscle_weakness", "present" },
        { "Infant kicks both legs symmetrically, good antigravity movement of both legs.", "muscle_weakness", "absent, not present" },
        { "Tibialis anterior and EHL are full on both sides.", "muscle_weakness", "absent, not present" },
        { "R tibialis anterior     incr    2+    2+    normal   reduced", "muscle_weakness", "none" },
        // motor2: gait described, balance, tandem, an orthosis; foot drop across a line break, a forefoot that slaps
        { "She has become unsteady in the dark and reports imbalance.", "gait_abnormality", "present" },
        { "Postural imbalance in the sagittal plane on the standing films.", "gait_abnormality", "none" },
        { "Tandem gait is not possible.", "gait_abnormality", "present" },
        { "Romberg negative, tandem intact.", "gait_abnormality", "absent, not present" },
        { "Gait: he lifts the right knee high to clear the foot.", "gait_abnormality", "present" },
        { "He walks with a shortened stance phase on the right.", "gait_abnormality", "present" },
        { "Wife says he is dragging both feet since yesterday.", "gait_abnormality", "present" },
        { "GAIT: w/ AFO nl; w/o AFO mild R steppage.", "gait_abnormality", "present" },
        { "Gait                 WNL            WNL", "gait_abnormality", "absent, not present" },
        { "Old R foot\ndrop unchanged.", "foot_drop", "present" },
        { "Gait: the forefoot slaps down at initial contact.", "foot_drop", "present" },
        { "She could not lift the front of her left foot.", "foot_drop", "present" },
        // motor2: reflexes (a bare 2+ outside a reflex sentence, down-going toes, named normal reflexes, loss of), tone, peroneal signs
        { "Lungs clear. 2+ pitting edema to the shins.", "abnormal_reflexes", "none" },
        { "Babinski down-going bilaterally.", "abnormal_reflexes", "absent, not present" },
        { "Assessment: foot drop with a normal ankle jerk.", "abnormal_reflexes", "absent, not present" },
        { "Reflexes - KJ 2, AJ 2, symmetric; no clonus.", "abnormal_reflexes", "absent, not present" },
        { "Impression: stocking sensory loss and loss of the ankle jerks.", "abnormal_reflexes", "present" },
        { "O: Hypertonicity R QL and L4-S1 erector spinae.", "increased_muscle_tone", "none" },
        { "Tone: mildly increased R ankle with a catch.", "increased_muscle_tone", "present" },
        { "Rectal: tone nl, squeeze present.", "increased_muscle_tone", "none" },
        { "Neuro: tone in the lower extremities normal.", "increased_muscle_tone", "absent, not present" },
        { "Tinel sign is positive over the right fibular neck.", "peroneal_nerve_injury", "present" },
        { "NCS: conduction block across the fibular head.", "peroneal_nerve_injury", "present" },
        // neuro4: retired test packets' phrasings (lay foot drop, slash-free screens, second skin area, quoted saddle)
        { "Reason: \"my left foot won't pick up.\"", "foot_drop", "present" },
        { "His wife says he \"slaps\" the right foot when he walks.", "foot_drop", "present" },
        { "Dr V, my right foot has been slapping the floor since last week.", "foot_drop", "present" },
        { "He now trips over his L toes.", "foot_drop", "present" },
        { "No foot slapping or tripping.", "foot_drop", "absent, not present" },
        { "Gait: antalgic, slapping R foot.", "foot_drop", "none" },
        { "Exam: L5 dermatomal pinprick loss on the left.", "dermatomal_sensory_loss", "present" },
        { "Exam: decreased pinprick in saddle distribution (S2-S4) and along lateral soles of both feet.", "dermatomal_sensory_loss(~lateral soles)", "present" },
        { "Nocturnal foot paresthesias with normal sensory exam.", "dermatomal_sensory_loss", "absent, not present" },
        { "Motor/reflex/sensory screen WNL LE.", "dermatomal_sensory_loss", "absent, not present" },
        { "Normal sensory responses (sural, superficial peroneal) support a preganglionic lesion.", "dermatomal_sensory_loss", "none" },
        { "No saddle sx.", "saddle_anesthesia", "absent, not present" },
        { "No numbness in the \"saddle\" area, no incontinence.", "saddle_anesthesia", "absent, not present" },
        { "This morning he noticed he \"can't feel the toilet seat\".", "saddle_anesthesia", "present" },
        { "Neuro screen: LE strength WNL, reflexes symmetric.", "muscle_weakness", "absent, not present" },
        { "Exam: L ankle DF 4/5, L EHL 3/5, R side 5/5.", "muscle_weakness(~R side)", "absent" },
        { "Motor  HF  KE  DF  EHL  PF (R/L)\n   5/5 5/5 5/5 5/5 5/5", "muscle_weakness", "absent, not present" },
        { "At that visit his strength was full and reflexes were normal.", "muscle_weakness", "absent, not present" },
        { "L tibial motor, L sural sensory and R fibular motor normal.", "muscle_weakness", "none" },
        { "Gen: NAD, catches R toe on heel walk.", "muscle_weakness", "present" },
        { "Gait: non-antalgic, able to heel and toe walk.", "gait_abnormality", "absent, not present" },
        { "Gait normal, non-antalgic.", "gait_abnormality", "absent, not present" },
        // neuro4: back pain examined, radicular paths over a line break, precautions, bladder normals, peroneal/neuropathy/anal reflex
        { "Exam: Lumbar paraspinal tenderness L3-5, no midline step-off.", "back_pain", "present" },
        { "Exam: Tender to percussion over lower lumbar\nspinous processes.", "back_pain", "present" },
        { "Back: no midline tenderness, full flexion without pain.", "back_pain", "none" },
        { "Abdomen soft, nontender; no CVA tenderness.", "back_pain", "none" },
        { "Pain stays in the low back, does not travel down the legs.", "back_pain", "present" },
        { "He had pain shooting down the lateral L\nthigh and shin to the top of the foot.", "radicular_pain", "present" },
        { "Denies LE radiating sx. Pain 6/10.", "radicular_pain", "absent, not present" },
        { "Mother had \"back surgery for sciatica\" in her 50s.", "radicular_pain", "family, not historical" },
        { "Pain about the same as in March, 5-6/10.", "symptom_progression", "absent, not present" },
        { "DC note: \"Pt has not responded to 6+ weeks of care, pain trending up; refer back.\"", "symptom_progression", "present" },
        { "Should he develop fevers, worsening back pain, or leg weakness -> call/ED.", "symptom_progression", "none" },
        { "Return immediately for progressive leg weakness or a foot drop.", "symptom_progression", "none" },
        { "His bladder and bowels work normally.", "bowel_bladder_dysfunction", "absent, not present" },
        { "Since the fall she has had 2-3 daytime urine accidents a week.", "bowel_bladder_dysfunction", "present" },
        { "Also reports no erection this morning (normally has).", "sexual_dysfunction", "present" },
        { "Denies erection problems.", "sexual_dysfunction", "not present" },
        { "A/P: urinary retention, saddle anesthesia, absent Achilles and anal reflexes.", "absent_anal_reflex", "present" },
        { "Fibular head: nontender, Tinel negative.", "peroneal_nerve_injury", "absent, not present" },
        { "Confirmed as L5 radiculopathy on EMG; peroneal palsy excluded.", "peroneal_nerve_injury", "absent, not present" },
        { "In 2015 she had a foot drop from a peroneal nerve stretch injury that recovered fully.", "peroneal_nerve_injury", "historical, not present" },
        { "Diabetic polyneuropathy explains absent ankle jerks and distal sensory loss.", "peripheral_neuropathy", "present" },
        { "Monofilament intact.", "peripheral_neuropathy", "absent, not present" },
        { "Clinical question: cauda equina syndrome, emergent MRI lumbar spine requested.", "cauda_equina_syndrome", "possible, not present" },
        // neuro4: R / L pairs graded over 5, needle-EMG rows, limb tone beside an anal wink, Ashworth, gait words, CES as an imaging question
        { "Strength (R / L): HF 5/5 | KE 5/5 | ADF 5/5 / 4-/5 | EHL 5/5 / 3/5", "muscle_weakness(~ADF)", "present" },
        { "Motor (R / L):\n  Ankle DF (TA)    3/5 / 5", "muscle_weakness", "present" },
        { "Needle EMG (R)       Fibs   PSW   MUAP         Recruit\nTibialis anterior    2+     2+    normal       markedly reduced", "muscle_weakness", "not present" },
        { "Neuro: normal tone in arms and legs, knee jerks 2+ and symmetric, anal wink present.", "increased_muscle_tone", "absent, not present" },
        { "Modified Ashworth, plantarflex 1+           1+", "increased_muscle_tone", "present" },
        { "Modified Ashworth 0 at both ankles.", "increased_muscle_tone", "not present" },
        { "Normal heel/toe walk and tandem gait.", "gait_abnormality", "absent, not present" },
        { "Circumduction R > L. Frequent trips over the mat edge.", "gait_abnormality", "present" },
        { "Indication: MRI screening. Clinical question:\ncauda equina syndrome, emergent MRI lumbar spine requested.", "cauda_equina_syndrome", "possible, not present" },
        { "A/P: cauda equina syndrome, to OR tonight.", "cauda_equina_syndrome", "present" },
        { "s/p L5-S1 microdiscectomy in 2019 for a large extrusion with saddle anesthesia, fully recovered.", "saddle_anesthesia", "historical, not present" },
        // neuro4: a cause ruled out keeps the foot drop; an EMG that confirms, an EMG only ordered
        { "A/P: Mild diabetic neuropathy does not explain a unilateral foot drop with hip abductor weakness.", "foot_drop", "present, not absent" },
        { "A: L S1 radiculopathy, L5-S1 HNP suspected, w/ new PF weakness and absent L ankle jerk; EMG confirms.", "emg_radiculopathy", "present" },
        { "I cannot exclude a superimposed L5 radiculopathy, so I have ordered EMG/NCS.", "emg_radiculopathy", "none" },
        // neuro3 (ex-v12): the saddle told normal with the sphincter exam, after a colon, as included or as SILT (saddle_anesthesia.normal_with_tone)
        { "Low suspicion for cauda equina: saddle sensation, rectal tone and BCR intact.", "saddle_anesthesia", "absent, not present" },
        { "Perineal/perianal/scrotal sensation: PP and LT intact bilaterally", "saddle_anesthesia", "absent" },
        { "Perianal: small hemorrhoid, perianal pinprick sensation normal.", "dermatomal_sensory_loss", "none" },
        { "Rechecked today: unchanged, SILT perianal region.", "saddle_anesthesia", "absent" },
        { "Saddle sensation decreased, rectal tone lax.", "saddle_anesthesia", "present, not absent" },
        // the saddle closing or included in an intact list, bare or abbreviated (intact_list_end, included_intact)
        { "LT and PP intact L2-S1 and perianal. Anal wink present.", "saddle_anesthesia", "absent" },
        { "Sensation: LT/PP intact both legs incl. perineum.", "saddle_anesthesia", "absent" },
        { "Reflexes normal and perianal sensation decreased to pinprick.", "saddle_anesthesia", "present, not absent" },
        // a saddle exam row with a colon, and sacral roots first (row_decreased, sacral_dermatomes)
        { "Perianal/perineal PP: decreased bilat S2-S5, absent R S4-5", "saddle_anesthesia", "present" },
        { "S4-5 LT and PP impaired bilat; DAP present.", "saddle_anesthesia", "present" },
        { "Perianal: no fissure or fistula.", "saddle_anesthesia", "none" },
        // short nouns for the saddle, and groin numbness listed with the legs or without a preposition (saddle_short, groin_list)
        { "No leg sx, NEG saddle anes, B&B normal.", "saddle_anesthesia", "absent, not present" },
        { "No new weakness, no numbness in the legs or groin, bladder and bowels normal.", "saddle_anesthesia", "absent, not present" },
        { "Triage protocol:\n  Numbness groin / inner thighs ............. denies", "saddle_anesthesia", "absent, not present" },
        { "Since Sunday numbness in the legs and groin, cannot void.", "saddle_anesthesia", "present" },
        { "No numbness in the legs; groin strain from soccer.", "saddle_anesthesia", "none" },
        // more ways to write a stocking loss (dermatomal_sensory_loss.stocking_forms)
        { "Sensory: Stocking pinprick loss to ankles (DM).", "dermatomal_sensory_loss", "present" },
        { "PP loss stocking to mid-shin, symmetric, no dermatomal pattern.", "dermatomal_sensory_loss", "present" },
        { "Compression stockings daily for ankle edema.", "dermatomal_sensory_loss", "none" },
        // the slap verb first without quotes (foot_drop.slap_verb)
        { "Gait: L steppage gait, slaps L foot; can't heel-walk on L.", "foot_drop", "present" },
        { "He slaps the table when he laughs; foot exam normal.", "foot_drop", "none" },
        // a form row answered as not known is possible (assertionPolicy.rowUncertain)
        { "Triage protocol:\n  Numbness groin/buttocks .............. unknown - son doesn't know, pt not asked", "saddle_anesthesia", "possible, not present" },
        { "Triage protocol:\n  Numbness groin/buttocks .............. YES since last night", "saddle_anesthesia", "present" },
        { "Saddle anaes. - nil. Bladder/bowels - NAD.", "saddle_anesthesia", "not present" },
        // a child's or a drowsy patient's sensory exam told by withdrawal or response (dermatomal_sensory_loss.withdraws)
        { "Sensation: withdraws to pinprick both legs, grossly intact (limited by age).", "dermatomal_sensory_loss", "absent" },
        { "Responds to light touch both legs. Gait: will not take steps.", "dermatomal_sensory_loss", "absent" },
        { "GCS 8: withdraws to pain, eyes open to voice.", "dermatomal_sensory_loss", "none" },
        // legs and perineum told intact together keep the legs' reading; a saddle word labelling the modality does not (normal_mod_first)
        { "Sensation: LT/PP intact both legs incl. perineum. Rectal tone nl.", "dermatomal_sensory_loss", "absent" },
        { "Perineal/perianal/scrotal sensation: PP and LT intact bilaterally", "dermatomal_sensory_loss", "none" },
        // distal loss without a preposition or with the site first, monofilament lost at the toes (distal_sites, monofilament)
        { "Late effects: vincristine neuropathy (absent ankle jerks, decr vibration toes since 2022, stable).", "dermatomal_sensory_loss", "present" },
        { "Neuro: 10 g SWM absent toes 1-5 bilat, present at met heads, heel, dorsum.", "dermatomal_sensory_loss", "present" },
        { "Ankle areflexia + toe vibration loss - chronic diabetic polyneuropathy, not new.", "dermatomal_sensory_loss", "present" },
        { "Toes: onychomycosis, nails thick; vibration plate therapy declined.", "dermatomal_sensory_loss", "none" },
        // a ROS minus and a saddle slashed with the bladder (saddle_short); an exam told intact up to the saddle (intact_list_end)
        { "ROS: (-) fever (-) urinary retention (-) saddle anesth (+) back pain.", "saddle_anesthesia", "absent, not present" },
        { "Still no leg sx, no saddle/bladder sx.", "saddle_anesthesia", "absent, not present" },
        { "Sensation: LT and pinprick intact in both legs to the perineum.", "saddle_anesthesia", "absent" },
        // a cyclist's perineal numbness tied to riding is a possible saddle anesthesia (local_cause)
        { "Since July numbness of the perineum and scrotum that starts 45 min into a ride and lasts 1-3 h.", "saddle_anesthesia", "possible, not present" },
        { "Pudendal neuropathy from saddle compression (cyclist's syndrome) - numbness only with saddle pressure.", "saddle_anesthesia", "possible, not present" },
        { "Since Sunday numbness of the perineum, cannot void; rode the bus to clinic.", "saddle_anesthesia", "not possible" },
        // 'Reasons to send him in' leads return precautions (assertionPolicy.hypotheticalLead)
        { "6. Reasons to send him in urgently: new leg weakness, saddle anesthesia, urinary retention.", "saddle_anesthesia", "hypothetical, not present" },
        // a nerve conduction row is no skin exam (table_intact, normal, normal_mod_first); an exam table row is
        { "NCS:\n L sural sensory               3.4 ms    14 uV       --        normal\n R sural / SP sensory            normal", "dermatomal_sensory_loss", "none" },
        { "Sensation LE              intact LT         intact LT", "dermatomal_sensory_loss", "absent" },
        // a sexual or saddle sensory loss is not dermatomal (sensory_loss_bare); SILT of the saddle is the saddle's (silt)
        { "Impression: new sexual sensory loss, absent anal wink/BCR.", "dermatomal_sensory_loss", "none" },
        { "Impression: new L L5 sensory loss.", "dermatomal_sensory_loss", "present" },
        { "Rechecked today: unchanged, SILT perianal region.", "dermatomal_sensory_loss", "none" },
    };

    [Fact]
    public void Cauda_equina_is_not_composed_when_the_note_judges_it_or_the_part_is_chronic()
    {
        // The clinician wrote "r/o": composing a present syndrome from the same parts would overrule that judgment.
        var ruledOut = Detect.Text("HPI: Severe low back pain 9/10 with sciatica. Patchy numbness of the buttock and perianal skin.\nA/P: r/o evolving cauda equina syndrome.");
        Assert.DoesNotContain(ruledOut, f => f.Type == "cauda_equina_syndrome" && f.Assertion == Assertion.Present);
        // Long-standing incontinence is no "recent" bladder dysfunction.
        var chronic = Detect.Text("HPI: Excruciating back pain since a fall. History of urinary incontinence for years.\nAssessment: Incontinence of the bladder.");
        Assert.DoesNotContain(chronic, f => f.Type == "cauda_equina_syndrome" && f.Assertion == Assertion.Present);
        // Urinary frequency is not retention or incontinence.
        var frequency = Detect.Text("HPI: Buttock pain radiating down the left leg. Some urinary frequency last week.");
        Assert.DoesNotContain(frequency, f => f.Type == "cauda_equina_syndrome" && f.Assertion == Assertion.Present);
        // The parts, present and recent, still compose.
        var composed = Detect.Text("ED note\nHPI: Severe low back pain 9/10 with new bilateral sciatica. Unable to void since last night.");
        Assert.Contains(composed, f => f.Type == "cauda_equina_syndrome" && f.Assertion == Assertion.Present && f.RuleId == "cauda_equina_syndrome.composite");
    }

    [Fact]
    public void Cauda_equina_is_not_composed_from_a_weak_bladder_or_bowel_symptom()
    {
        // detector.json caudaEquina.notPartRules: constipation or a weak stream is a bowel/bladder finding but too weak alone to make the syndrome.
        var constipation = Detect.Text("HPI: Severe low back pain 9/10 with new left sciatica. New constipation since starting oxycodone.");
        Assert.Contains(constipation, f => f.Type == "bowel_bladder_dysfunction" && f.Assertion == Assertion.Present);
        Assert.DoesNotContain(constipation, f => f.Type == "cauda_equina_syndrome" && f.Assertion == Assertion.Present);
        var stream = Detect.Text("HPI: Severe low back pain 9/10 with new left sciatica. Weak urinary stream for a week.");
        Assert.DoesNotContain(stream, f => f.Type == "cauda_equina_syndrome" && f.Assertion == Assertion.Present);
        // Leaking urine (incontinence) still composes.
        var leaking = Detect.Text("ED note\nHPI: Severe low back pain 9/10 with new left sciatica. Since yesterday leaking urine without warning.");
        Assert.Contains(leaking, f => f.Type == "cauda_equina_syndrome" && f.Assertion == Assertion.Present && f.RuleId == "cauda_equina_syndrome.composite");
    }

    [Fact]
    public void Cauda_equina_is_not_composed_from_ankle_jerks_a_neuropathy_explains()
    {
        // detector.json caudaEquina.notParts: bilateral absent ankle jerks the note puts down to a neuropathy are no part.
        var explained = Detect.Text("Consult\nHPI: Severe low back pain 9/10 with new right sciatica.\nExam: Achilles reflexes absent bilaterally - consistent with her known diabetic neuropathy.");
        Assert.Contains(explained, f => f.Type == "abnormal_reflexes" && f.Assertion == Assertion.Present);
        Assert.DoesNotContain(explained, f => f.Type == "cauda_equina_syndrome" && f.Assertion == Assertion.Present);
        var unexplained = Detect.Text("Consult\nHPI: Severe low back pain 9/10 with new right sciatica.\nExam: Achilles reflexes absent bilaterally.");
        Assert.Contains(unexplained, f => f.Type == "cauda_equina_syndrome" && f.Assertion == Assertion.Present);
    }
}
