using NoteCheck.Core;

namespace NoteCheck.Findings.Tests;

/// <summary>
/// The neuro exam's normal readings as templated and abbreviated exams write them (full grades before their muscles,
/// summary grades, heel and toe walking, balance and walking words, reflex grades with 'equal' or the same grade twice,
/// a combined screen, monofilament counts, voiding and continence, form questions answered by a ticked No, a ticked
/// normal line). Per family a normal case, a negated or abnormal case that must not read normal, and a distractor.
/// </summary>
public class ExamNormalCaseTests : DetectorCaseTable
{
    private static readonly ImagingRequest Adult = new() { RequestDate = new DateOnly(2026, 11, 24), Patient = new Patient(null, new DateOnly(1970, 3, 9), "M") };

    protected override ImagingRequest? Request => Adult;

    public static TheoryData<string, string, string> Cases => new()
    {
        // a full grade written before the muscles or limbs it covers (muscle_weakness.full_grade_list)
        { "Neuro: 5/5 hip flexors, quads, TA and gastrocs bilat.", "muscle_weakness", "absent, not present" },
        { "Motor: 5/5 HF/KE/PF b/l, EHL 4/5 on the L.", "muscle_weakness", "absent, present" },
        { "Visit 5/5 of the PT plan today.", "muscle_weakness", "none" },
        // full grades in summary phrases (muscle_weakness.full_grade_phrase)
        { "Recheck: MMT remains 5/5.", "muscle_weakness", "absent, not present" },
        { "Strength: R TA 3/5, R EHL 3/5 (L all 5/5).", "muscle_weakness", "present, absent" },
        { "Week 5/5 of the program completed.", "muscle_weakness", "none" },
        // the other leg said normal in a strength sentence (muscle_weakness.side_normal_words)
        { "Strength: R EHL 3/5; L leg full strength throughout.", "muscle_weakness(~L leg full strength)", "absent" },
        { "Sensation: decreased LT R foot; L leg normal.", "muscle_weakness", "none" },
        // a grid whose header starts with a label (muscle_weakness.side_row_normal)
        { "Exam:\nStrength      IP  Q   TA  EHL  G\n  R           5   5   5   5    5\n  L           5   5   5   5    5", "muscle_weakness", "absent, not present" },
        // heel and toe walking told normal (muscle_weakness.heel_toe_walk_normal_more)
        { "Gait normal, heel/toe ok.", "muscle_weakness", "absent" },
        { "He walks on his heels and toes without difficulty.", "muscle_weakness", "absent, not present" },
        { "He cannot walk on his heels and toes because of pain.", "muscle_weakness", "not absent" },
        { "She walks on her toes most of the day.", "muscle_weakness", "none" },
        // balance and walking told normal (gait_abnormality.normal_more)
        { "Romberg negative; tandem fine.", "gait_abnormality", "absent, not present" },
        { "She walked in and out of the office normally.", "gait_abnormality", "absent, not present" },
        { "Heel-walk impossible on R, toe-walk normal.", "gait_abnormality", "not absent" },
        { "Tone normal in the legs, no scissoring.", "gait_abnormality", "none" },
        // reflex grades with 'equal' or the same grade twice (abnormal_reflexes.normal_grade_more)
        { "PSR/ASR 2+ =.", "abnormal_reflexes", "absent, not present" },
        { "Reflexes: KJ 2/2, AJ 2+/2+.", "abnormal_reflexes", "absent, not present" },
        { "Knees two plus and equal.", "abnormal_reflexes", "absent" },
        { "Ankle jerks one plus and equal.", "abnormal_reflexes(~one plus and equal)", "none" },
        { "Achilles absent bilat, patellar 1+ bilat.", "abnormal_reflexes(~patellar 1+ bilat)", "not absent" },
        { "KJ 3+/3+ with crossed adductor spread.", "abnormal_reflexes", "present, not absent" },
        // plantar responses (abnormal_reflexes.babinski_negative_more)
        { "Babinski: down-going bilat.", "abnormal_reflexes", "absent, not present" },
        { "Down-going toes, no clonus.", "abnormal_reflexes", "absent" },
        { "Babinski positive L.", "abnormal_reflexes", "present, not absent" },
        // a combined screen told normal (abnormal_reflexes.screen_normal, dermatomal_sensory_loss.screen_normal)
        { "Motor/reflex/sensory screen WNL LE.", "abnormal_reflexes", "absent" },
        { "Neuro screen WNL.", "dermatomal_sensory_loss", "absent" },
        { "Screen for motor and sensory loss ordered.", "dermatomal_sensory_loss", "not absent" },
        // a normal monofilament count (dermatomal_sensory_loss.monofilament_normal)
        { "Monofilament 10/10 sites both feet.", "dermatomal_sensory_loss", "absent, not present" },
        { "Monofilament kit restocked.", "dermatomal_sensory_loss", "none" },
        // voiding told normal (bowel_bladder_dysfunction.voids_normally, .voided_volume)
        { "Voided 450 mL spontaneously, PVR 30 mL.", "bowel_bladder_dysfunction", "absent, not present" },
        { "Foley out, voiding trial passed on POD 2.", "bowel_bladder_dysfunction", "absent" },
        { "Voided 350 mL after the catheter came out.", "bowel_bladder_dysfunction", "absent" },
        { "Unable to void since last night; straight cath 900 mL.", "bowel_bladder_dysfunction", "present, not absent" },
        { "Voided 60 mL only.", "bowel_bladder_dysfunction(~Voided 60)", "none" },
        // low residuals without a unit, after a void, as a range, or called normal (bowel_bladder_dysfunction.low_residual_more, .continent)
        { "Bladder scan after void: 35 mL.", "bowel_bladder_dysfunction", "absent, not present" },
        { "No retention (PVR 40).", "bowel_bladder_dysfunction(~PVR 40)", "absent" },
        { "Not c/w cauda equina (normal PVR, saddle sensation intact).", "bowel_bladder_dysfunction", "absent" },
        { "Bladder scan after void: 620 mL, straight cath.", "bowel_bladder_dysfunction", "present, not absent" },
        { "PVR 35 min after the dose, pain eased.", "bowel_bladder_dysfunction(~PVR 35)", "none" },
        // continence and habits told normal (bowel_bladder_dysfunction.continent)
        { "Continent of bowel and bladder.", "bowel_bladder_dysfunction", "absent, not present" },
        { "Bladder and bowel habits unchanged.", "bowel_bladder_dysfunction", "absent" },
        { "No change in urination or bowels.", "bowel_bladder_dysfunction", "absent, not present" },
        { "Abdomen soft, normal bowel sounds.", "bowel_bladder_dysfunction", "none" },
        { "Incontinent of urine since Tuesday.", "bowel_bladder_dysfunction", "present, not absent" },
        // deficits written without a /5 grade: dictated grade words after the muscle (muscle_weakness.dictated_grade, lexicon 'E H L')
        { "Strength colon left dorsiflexion poor at two out of five comma E H L trace period.", "muscle_weakness", "present" },
        { "Right tibialis anterior four plus.", "muscle_weakness", "present, not absent" },
        { "Tibialis anterior five out of five bilaterally.", "muscle_weakness", "absent, not present" },
        // failed heel walks and chair rises (muscle_weakness.heel_toe_walk_failed_more, .chair_rise_failed)
        { "Gait: unable to heel/toe walk L, antalgic.", "muscle_weakness", "present" },
        { "Heel walk R - unable. Toe walk ok.", "muscle_weakness", "present" },
        { "She cannot heal walk on the left.", "muscle_weakness", "present" },
        { "He cannot rise from a low chair without using his arms.", "muscle_weakness", "present" },
        { "Rises from a low chair without using his arms.", "muscle_weakness", "not present" },
        // a Trendelenburg sign is hip abductor weakness (muscle_weakness.trendelenburg_sign)
        { "Trendelenburg sign L.", "muscle_weakness(muscle=hip_abduction)", "present" },
        { "Trendelenburg sign negative bilaterally.", "muscle_weakness", "not present" },
        { "Positioned in Trendelenburg for the line placement.", "muscle_weakness", "none" },
        // toes catching or scuffing on walking (gait_abnormality.toe_catch)
        { "For 2 weeks he catches his L toes on curbs.", "gait_abnormality(gaitType=neurogenic)", "present" },
        { "No tripping, does not catch his toes on the stairs.", "gait_abnormality", "not present" },
        { "Caught the ball with both hands.", "gait_abnormality", "none" },
        // a form question answered by a ticked No after it (assertionPolicy.rowDenied)
        { "Bladder/bowel change?  [ ] Yes  [X] No", "bowel_bladder_dysfunction", "absent, not possible" },
        // ... also behind dot leaders, and a ticked Yes stays present
        { "Loss of bladder control ......... [ ] Yes  [x] No", "bowel_bladder_dysfunction", "absent, not present" },
        { "Numbness in groin/private area .. [ ] Yes  [x] No", "saddle_anesthesia", "absent, not present" },
        { "Loss of bowel control ........... [x] Yes  [ ] No", "bowel_bladder_dysfunction", "present, not absent" },
        { "Bladder leak/retention [ ]Y [x]N      Chest pain [ ]Y [x]N", "bowel_bladder_dysfunction", "absent, not present" },
        { "Weakness?  [X] Yes  [ ] No", "muscle_weakness", "not absent" },
        // a ticked normal line is the normal reading (RuleMatcher: checked box on a normal rule)
        { "Neuro: Strength [x] 5/5 all LE groups", "muscle_weakness", "absent, not present" },
    };
}
