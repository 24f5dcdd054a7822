using NoteCheck.Core;

namespace NoteCheck.Findings.Tests;

/// <summary>
/// Neurological deficit phrasings from templated exams and dictated notes (issue #4, deficits):
/// positive, negated/normal and distractor sentences per type, in the DetectorCaseTests style.
/// </summary>
public class DeficitCaseTests
{
    private static readonly ImagingRequest Adult = new() { RequestDate = new DateOnly(2025, 3, 1), Patient = new Patient(null, new DateOnly(1970, 1, 1), "F") };

    [Theory]
    // weakness: R/L pairs, root motor deficit, limb "weak", knee buckling; normal/spared
    [InlineData("Motor (R/L): HF 5/5, KE 5/5, TA 5/2, EHL 5/1, eversion 5/4.", "muscle_weakness", "present")]
    [InlineData("A/P: new R L5 motor and sensory deficit.", "muscle_weakness", "present")]
    [InlineData("She cannot use the walker because her left arm is so weak.", "muscle_weakness", "present")]
    [InlineData("Still buckling of the left knee on stairs.", "muscle_weakness", "present")]
    [InlineData("Motor: EHL 4+/5 on the right.", "muscle_weakness", "present")]
    [InlineData("Inversion and hip abduction spared.", "muscle_weakness", "absent")]
    [InlineData("Str: hip/knee 5/5.", "muscle_weakness", "absent")]
    // reflexes: grades placed after the reflex, pairs, H-reflex; normal 1+ symmetric
    [InlineData("Deep tendon reflexes are 2+ and symmetric at the patellas and absent at both ankles.", "abnormal_reflexes", "present")]
    [InlineData("Reflexes: trace in the arms, 2+ at the knees, and 0 at the ankles.", "abnormal_reflexes", "present")]
    [InlineData("Reflexes: 2/2 BUE, 0/1 patellae, trace at both achilles.", "abnormal_reflexes", "present")]
    [InlineData("Reflexes: patellar 1+, Achilles absent bilaterally.", "abnormal_reflexes", "present")]
    [InlineData("H-reflexes absent bilaterally.", "abnormal_reflexes", "present")]
    [InlineData("Exam: diminished AJ on the left.", "abnormal_reflexes", "present")]
    [InlineData("Exam: trace ankle jerks bilaterally.", "abnormal_reflexes", "present")]
    [InlineData("Patellar/Achilles 1+ symmetric.", "abnormal_reflexes", "absent")]
    [InlineData("H-reflexes present and symmetric.", "abnormal_reflexes", "absent")]
    // sensory: area phrasings, root distribution, stocking, hypoesthesia
    [InlineData("Exam: light touch sensation decreased along the medial aspect of the left foot.", "dermatomal_sensory_loss", "present")]
    [InlineData("Exam: sensory loss on the right L5 distribution.", "dermatomal_sensory_loss", "present")]
    [InlineData("Exam: numbness to light touch in her right big toe.", "dermatomal_sensory_loss", "present")]
    [InlineData("Exam: decreased sensation L5 distribution on the left.", "dermatomal_sensory_loss", "present")]
    [InlineData("Exam: hypoesthesia lateral foot on the right.", "dermatomal_sensory_loss", "present")]
    [InlineData("Sensation: decreased pinprick and vibration in a stocking distribution.", "dermatomal_sensory_loss", "present")]
    [InlineData("Sural sensory normal and symmetric.", "peripheral_neuropathy", null)]
    // foot drop
    [InlineData("Dorsiflexors of the left ankle are +2 on the left and +5 on the right.", "foot_drop", "present")]
    [InlineData("Gait: narrow-based, no steppage.", "foot_drop", "absent")]
    // saddle
    [InlineData("Sensation intact to light touch and pinprick BLE including perineal area.", "saddle_anesthesia", "absent")]
    [InlineData("Sensation intact to\nlight touch and pinprick BLE including perineal area per patient report.", "saddle_anesthesia", "absent")]
    // bowel / bladder
    [InlineData("She has not voided in the last 24 hours.", "bowel_bladder_dysfunction", "present")]
    [InlineData("No leg pain or numbness; bladder and bowels normal.", "bowel_bladder_dysfunction", "absent")]
    [InlineData("No bowel, bladder or sexual problems.", "bowel_bladder_dysfunction", "absent")]
    [InlineData("No bowel, bladder or sexual problems.", "sexual_dysfunction", "absent")]
    // return precautions are hypothetical
    [InlineData("Return to the ED if you develop loss of bowel or bladder control.", "bowel_bladder_dysfunction", "hypothetical")]
    [InlineData("Red flags reviewed: saddle anesthesia, bowel or bladder changes, progressive leg weakness.", "saddle_anesthesia", "hypothetical")]
    [InlineData("Red flags reviewed: saddle anesthesia, bowel or bladder changes, progressive leg weakness.", "bowel_bladder_dysfunction", "hypothetical")]
    // gait
    [InlineData("Gait: L knee buckling, uses cane.", "gait_abnormality", "present")]
    [InlineData("Exam:\nGait: toe\nwalking bilaterally, cannot heel walk.\nStrength: DF 4/5.", "gait_abnormality", "present")]
    [InlineData("She has ambulated with the assistance of a walker for many years.", "gait_abnormality", "present")]
    [InlineData("Exam:\nGait: deferred, pain.", "gait_abnormality", "absent")]
    [InlineData("On exam the child walks well, no limp.", "gait_abnormality", "absent")]
    // tone and the anal reflex
    [InlineData("Tone: increased in both gastrocnemius-soleus groups with a catch.", "increased_muscle_tone", "present")]
    [InlineData("Active, alert, good tone.", "increased_muscle_tone", "absent")]
    [InlineData("Rectal tone normal, anal wink present.", "absent_anal_reflex", "absent")]
    [InlineData("Neoanus in sphincter center, good anal wink.", "absent_anal_reflex", "absent")]
    // exclusions stated as ruled out
    [InlineData("Fibular head nontender, Tinel neg.", "peroneal_nerve_injury", "absent")]
    [InlineData("R L5 radiculopathy (inversion weak -> root, not peroneal nerve).", "peroneal_nerve_injury", "absent")]
    [InlineData("No evidence of peroneal neuropathy, lumbosacral plexopathy or generalized polyneuropathy.", "peripheral_neuropathy", "absent")]
    [InlineData("Assessment: r/o evolving cauda equina syndrome.", "cauda_equina_syndrome", "possible")]
    public void Reads_the_deficit_with_its_assertion(string sentence, string type, string? assertion)
    {
        var findings = Detect.Text(sentence, Adult);
        if (assertion is null) Assert.DoesNotContain(findings, f => f.Type == type);
        else Assert.Contains(findings, f => f.Type == type && Detect.Name(f.Assertion) == assertion);
    }

    [Theory]
    [InlineData("She stated that she just felt weak.", "muscle_weakness")]
    [InlineData("However, the patient became extremely weak, mostly unresponsive.", "muscle_weakness")]
    [InlineData("Positive SLR on the left at 40 degrees.", "muscle_weakness")]
    [InlineData("Positive SLR on the left at 40 degrees.", "dermatomal_sensory_loss")]
    [InlineData("Reflexes: 2+/2+ patellae, 1+/1+ Achilles.", "abnormal_reflexes")]
    [InlineData("Needle EMG: R TA, EHL: fibrillations 2+, reduced recruitment.", "foot_drop")]
    [InlineData("R tibial motor normal. Sural sensory normal.", "muscle_weakness")]
    [InlineData("Right suprascapular neuropathy on EMG.", "peripheral_neuropathy")]
    [InlineData("The cauda equina was visualized and the catheter placed deep to it.", "cauda_equina_syndrome")]
    [InlineData("Broad based disc bulge at L4-5.", "gait_abnormality")]
    [InlineData("Tissue expander with an integrated magnetic port.", "gait_abnormality")]
    [InlineData("He has slight antalgic head position to the right.", "gait_abnormality")]
    [InlineData("Return to the ED for new weakness or numbness.", "sexual_dysfunction")]
    [InlineData("Return to the ED if you develop loss of bowel or bladder control.", "bowel_bladder_dysfunction")]
    [InlineData("Call for fever, wound drainage, new leg weakness or numbness.", "muscle_weakness")]
    [InlineData("Rectal tone normal.", "increased_muscle_tone")]
    public void Deficit_distractors_are_not_present(string sentence, string type)
    {
        var findings = Detect.Text(sentence, Adult);
        Assert.DoesNotContain(findings, f => f.Type == type && f.Assertion == Assertion.Present);
    }

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
}
