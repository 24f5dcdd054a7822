using NoteCheck.Core;

namespace NoteCheck.Findings.Tests;

/// <summary>
/// Phrasings of the retired test v3 writers (train-231..265) the rules had not seen: skin regions and roots read as
/// intact, a sensory level, the saddle closing an intact list and a dictated 'per anal', a foot that 'was dragging',
/// a minority of therapy goals met, and the MRI refused, cancelled, unreadable through artifact or too small for the
/// patient, or tolerated before. Per class a positive, a negated or otherwise-not case, and a distractor.
/// </summary>
public class WriterRecallCaseTests : DetectorCaseTable
{
    private static readonly ImagingRequest Adult = new() { RequestDate = new DateOnly(2026, 11, 24), Patient = new Patient(null, new DateOnly(1968, 5, 2), "F") };

    protected override ImagingRequest? Request => Adult;

    public static TheoryData<string, string, string> Cases => new()
    {
        // dermatomal: skin regions, limbs and roots read as intact, the verb before or after
        { "Sensation: decreased PP L dorsum of foot and 1st web space; intact L sole, heel,\nmedial leg; R intact.", "dermatomal_sensory_loss(~intact L sole)", "absent, not present" },
        { "Sensation: decreased pinprick over the dorsum of the R foot in an L5 distribution; L leg intact; vibration normal.", "dermatomal_sensory_loss(~L leg intact)", "absent" },
        { "Sens: diminished LT + PP L5 dermatome on L; L3, L4, S1 intact bilat.", "dermatomal_sensory_loss(~L3, L4, S1 intact)", "absent" },
        { "Sensation: pinprick decreased L lateral foot and perianal pinprick diminished bilaterally; medial thighs intact.", "dermatomal_sensory_loss(~medial thighs intact)", "absent" },
        { "Sensation: decreased pinprick over the medial thigh on the left.", "dermatomal_sensory_loss", "present" },
        { "Sens: diminished LT + PP L5 dermatome on L; L3, L4, S1 intact bilat.", "dermatomal_sensory_loss", "present" },
        { "Sensory: the L outer calf \"feels thick,\" but pinprick and light touch are equal side to side.", "dermatomal_sensory_loss", "absent, not present" },
        { "Gait: intact heel walk and toe walk. History: walked at 12 months with a normal heel-toe pattern.", "dermatomal_sensory_loss", "none" },
        { "Strength: L3, L4, S1 myotomes intact bilat; L EHL 4/5.", "dermatomal_sensory_loss", "none" },
        // a sensory level
        { "Sensation: pinprick reduced below L1 bilaterally (sensory level), vibration mildly reduced at the toes.", "dermatomal_sensory_loss(~reduced below L1)", "present" },
        { "Impression: myelopathic weakness, hyperreflexia, a pinprick level near L1 and new bladder urgency.", "dermatomal_sensory_loss(~pinprick level near L1)", "present" },
        { "Sensory: no sensory level, no saddle loss.", "dermatomal_sensory_loss", "not present" },
        // saddle: the last region of an intact list; 'per anal' as dictated
        { "Light touch and pinprick intact both legs and perineum (S3-S5). Rectal: tone normal.", "saddle_anesthesia", "absent, not present" },
        { "He describes per anal numbness \"like a dental block\" since this morning.", "saddle_anesthesia", "present" },
        { "Light touch intact elsewhere. Per anal sensation is intact to pinprick.", "saddle_anesthesia", "absent, not present" },
        { "Pinprick intact in the legs; decreased in the perineum.", "saddle_anesthesia", "present" },
        // foot drop: the foot that was dragging
        { "While planting bulbs she noticed her right foot was dragging and she has been catching her toes on the curb.", "foot_drop", "present" },
        { "No foot drop; her foot was not dragging per her husband.", "foot_drop", "not present" },
        { "She was dragging the recycling bin to the curb when the pain began.", "foot_drop", "none" },
        // failed care: a minority of the therapy goals met at discharge
        { "PHYSICAL THERAPY DISCHARGE SUMMARY\n\nAssessment: 8 weeks of PT, 15 visits, plus daily HEP.\n  Goals met: 1 of 4.", "conservative_treatment_failed", "present" },
        { "PHYSICAL THERAPY DISCHARGE SUMMARY\n\nGoals: 1 of 5 met (sitting tolerance only). NPRS 7/10 -> 7/10.", "conservative_treatment_failed", "present" },
        { "PHYSICAL THERAPY DISCHARGE SUMMARY\n\nGoals: 1 of 5 met (TUG improved); others in progress.", "conservative_treatment_failed", "none" },
        { "PHYSICAL THERAPY DISCHARGE SUMMARY\n\nAssessment: 7 visits over 4 weeks. STG 1 of 3 met; LTGs not yet assessed.", "conservative_treatment_failed", "none" },
        { "PHYSICAL THERAPY DISCHARGE SUMMARY\n\nAssessment: 12 visits of PT, 2/4 goals met, pain 6 -> 3/10.", "conservative_treatment_failed", "none" },
        // MRI refused or cancelled by the scanning side, or advised against
        { "Radiologist Dr. Venkataraman-Hole declined to scan: MRI contraindicated (intraorbital ferromagnetic foreign body).", "mri_contraindication(~declined to scan)", "present" },
        { "MRI was ordered but CANCELLED by radiology: orbital x-rays 10/22 confirm multiple metallic fragments adjacent to the L globe.", "mri_contraindication", "present" },
        { "Ophthalmology (Dr. Ruiz) advised no MRI after the orbit films.", "mri_contraindication", "present" },
        { "The MRI was cancelled by the patient because of the copay; she will reschedule.", "mri_contraindication", "none" },
        { "If radiology declines to scan, we will request CT.", "mri_contraindication", "not present" },
        // MRI outside its labeling
        { "Because of the capped lead, this system does not meet MR-conditional labeling under any scan condition.", "mri_contraindication", "present" },
        { "Per labeling this system permits head-coil MRI only; body-coil scanning of the lumbar spine is contraindicated.", "mri_contraindication", "present" },
        { "The generator and leads are MR Conditional; no abandoned leads.", "mri_contraindication", "not present" },
        // MRI unreadable through hardware artifact
        { "MRI L-SPINE FINDINGS: The L3 and L4 nerve roots are not adequately visualized because of artifact from the pedicle screws.", "mri_contraindication(reason=non_diagnostic)", "present" },
        { "CT myelogram for surgical planning: the MRI cannot show the L3-4 canal or roots through the artifact.", "mri_contraindication(reason=non_diagnostic)", "present" },
        { "MRI L-spine: mild susceptibility artifact at L5-S1; canal and roots well seen.", "mri_contraindication(reason=non_diagnostic)", "none" },
        // MRI too small for the patient
        { "MRI: Lakeshore wide-bore limit 250 kg but abdominal girth exceeds 70 cm bore on attempt 10/09 (could not enter bore).", "mri_contraindication(reason=body_habitus)", "present" },
        { "Radiology confirms no MRI unit in our region can accommodate him. CT table limit is fine.", "mri_contraindication(reason=body_habitus)", "present" },
        { "MRI: Weight 168 kg is within our table limit and he fits the 70 cm bore; no implants, no pacemaker, no metal on screening.", "mri_contraindication", "absent, not present" },
        // a prior MRI that went fine
        { "MRI: she would rather not go in the tube again - did fine with a R shoulder MRI 05/2025, no sedation.", "mri_contraindication", "absent, not present" },
        { "Pt had brain MRI 2025 with lorazepam and did fine; she asks to avoid the scanner if possible.", "mri_contraindication", "absent, not present" },
        { "He did well with PT after his MRI in June.", "mri_contraindication", "none" },
        // weakness: the second side's grade written side last; muscle abbreviations; a bare side at 5/5
        { "Power (MRC): Iliopsoas 4/5 R, 4+/5 L; hamstrings 4/5 R, 5-/5 L; quads 5 bilaterally.", "muscle_weakness(~4+/5 L)", "present" },
        { "Power (MRC) today: TA 5, EHL 4+ R, 5 L; gastrocs 5.", "muscle_weakness(~5 L)", "absent" },
        { "Strength, R leg: IP 5/5, GMed 4+/5, quads 5/5, hams 5/5, TA 3/5.", "muscle_weakness(~GMed 4+/5)", "present" },
        { "Strength, R leg: IP 5/5, GMed 4+/5, quads 5/5, hams 5/5, TA 3/5.", "muscle_weakness(~hams 5/5)", "absent" },
        { "Strength: hip/knee 5/5 bilat. L ankle dorsiflexion 4/5, R 5/5.", "muscle_weakness(~R 5/5)", "absent" },
        { "Reflexes: biceps 2+ R, 2+ L; knees 3+ R, 3+ L.", "muscle_weakness", "none" },
        // weakness: no deficit, however qualified; strength shown by function
        { "Assessment: lumbar strain, work-related. No objective neurologic deficit.", "muscle_weakness", "absent, not present" },
        { "4. No objective motor/reflex/sensory deficit today.", "muscle_weakness", "absent, not present" },
        { "Neuro deficits: none new.", "muscle_weakness", "absent, not present" },
        { "Neurologic exam documented as normal on 08/17.", "muscle_weakness", "absent, not present" },
        { "Exam: new L L5 motor deficit (EHL 3/5).", "muscle_weakness", "present" },
        { "Walks normally, heel walk and toe walk without difficulty.", "muscle_weakness", "absent, not present" },
        { "Moves both LEs against gravity, resists both sides equally; knee reflexes 2+.", "muscle_weakness", "absent, not present" },
        { "Gait: high stepping on the left; unable to heel walk on the left.", "muscle_weakness", "not absent" },
        // failed care: the outcome on the wrapped line after its care, 'little effect', 'without adequate relief', weeks in words, 'rest/NSAID'
        { "Held from contact with a core program and naproxen 500 mg BID since\n10/21 - minimal change; no prior back problems.", "conservative_treatment_failed", "present" },
        { "Took ibuprofen 800 mg x2 since yesterday with little effect.", "conservative_treatment_failed", "present" },
        { "She has had two epidural steroid injections and a gabapentin trial\nwithout adequate relief.", "conservative_treatment_failed", "present" },
        { "2. Low back pain, 6 weeks, failing rest/NSAID. Neurologically intact.", "conservative_treatment_failed", "present" },
        { "Assessment: failed seven weeks of PT with a home exercise program plus NSAID.", "conservative_treatment_failed", "present" },
        { "Ibuprofen since 10/1 with good effect; pain 2/10.", "conservative_treatment_failed", "none" },
        { "Has not failed conservative care; started PT last week.", "conservative_treatment_failed", "not present" },
    };
}
