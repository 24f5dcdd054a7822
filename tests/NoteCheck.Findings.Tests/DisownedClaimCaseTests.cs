using NoteCheck.Core;

namespace NoteCheck.Findings.Tests;

/// <summary>
/// Phrasings of the retired test v9 writers (train-466..495) behind false approvals: weakness the examiner calls
/// functional or inconsistent, a claim the clinician disowns ('is not what he said'), an options list read as care
/// given, stretches the patient does on his own read as a prescribed home program, and bowel or bladder symptoms of
/// different kinds in one note, and a weight set against a scanner's limit. Per class a positive, a negated or otherwise-not case, and a distractor.
/// </summary>
public class DisownedClaimCaseTests : DetectorCaseTable
{
    private static readonly ImagingRequest Adult = new() { RequestDate = new DateOnly(2026, 11, 24), Patient = new Patient(null, new DateOnly(1971, 3, 9), "M") };

    protected override ImagingRequest? Request => Adult;

    public static TheoryData<string, string, string> Cases => new()
    {
        // weakness the examiner qualifies as effort or function, not strength
        { "O: Strength R leg 4/5 (inconsistent), L 5/5. Reflexes symmetric.", "muscle_weakness(effortLimited=true)", "present" },
        { "Neurology impression: functional right leg weakness with positive signs.", "muscle_weakness(effortLimited=true)", "present" },
        { "Motor: R hip flexion 4-/5 with Hoover sign positive on the R.", "muscle_weakness(effortLimited=true)", "present" },
        { "Motor: R hip flexion 4-/5 with Hoover sign negative.", "muscle_weakness(effortLimited=true)", "none" },
        { "Attestation: \"leg weakness\" = fatigue with walking, full strength on my exam.", "muscle_weakness(effortLimited=true)", "present" },
        { "Exam: R EHL 4/5 and R ankle dorsiflexion 4/5, reproducible on repeat testing.", "muscle_weakness(effortLimited=true)", "none" },
        // a claim the clinician disowns; the quoted claim ends at its closing quote
        { "Correction: \"Worsened despite therapy\" is not what she said; she is about the same.", "symptom_progression", "not present" },
        { "Correction: \"Failed conservative care\" is inaccurate; she improved with PT.", "conservative_treatment_failed", "not present" },
        { "Her leg pain has worsened despite 7 weeks of therapy and naproxen.", "symptom_progression", "present" },
        // an options list is a plan, not care given or surgery done
        { "Options reviewed: (a) L4-L5 decompression; (b) epidural steroid injection; (c) more PT.", "prior_lumbar_surgery", "not present" },
        { "Options reviewed: (a) L4-L5 decompression; (b) epidural steroid injection; (c) more PT.", "conservative_treatment(modality=injection)", "not present" },
        { "History: L4-L5 decompression in 2019; epidural steroid injection 08/2026 without relief.", "prior_lumbar_surgery", "present" },
        // exercises done on one's own are no prescribed home program
        { "Since spring he does stretches from YouTube on his own; the home exercise program was not prescribed by us.", "conservative_treatment(prescribed=false)", "present" },
        { "Self-directed home exercise program since May.", "conservative_treatment(prescribed=false)", "present" },
        { "Home exercise program prescribed 8/3 and reviewed at each visit.", "conservative_treatment(prescribed=true)", "present" },
        { "09/22 - HEP review #2. Exercises done 2x/day, form corrected.", "conservative_treatment(followUp=true)", "present" },
        // a study being authorized is the study asked for, not one done
        { "CT L-spine w/ contrast: ID office faxing auth; scheduled 02/16 after the Monday run.", "prior_imaging", "not present" },
        { "MRI L-spine w/o contrast: prior auth pending with the plan.", "prior_imaging", "not present" },
        // a plan bullet whose status is "ordered" is the study asked for, not one done; a study done and read stays
        { "It changes what we do, so CT it is.\n- CT L-spine limited L4-S1 without contrast - ordered (72131)\n- Continue core program", "prior_imaging", "not present" },
        { "- CT L-spine 10/02 - negative for fracture (read by Dr. Ames)", "prior_imaging", "present" },
        { "CT L-spine w/ contrast 02/03: L3-4 endplate erosion, no abscess.", "prior_imaging", "present" },
        // a study declined, asked about or waiting on something else is no study done
        { "MRI L-spine: requested 11/19 - DECLINED by MR safety (retained capsule endoscope).", "prior_imaging", "not present" },
        { "Question from Dr. Oduya: can Mr. Roe have an MRI of the lumbar spine?", "prior_imaging", "not present" },
        { "Imaging: MRI not possible with the implanted pump. CT L-spine once EMG back.", "prior_imaging(modality=ct)", "not present" },
        { "MRI: not performed since 2022 - retained metallic fragment L orbit on pre-MRI orbital films.", "prior_imaging(~orbit)", "present" },
        // a birth date marked day first
        { "Patient: Callum Roe   DOB 03/12/1979 (dd/mm)   Hosp no. 0731", "patient_identity(dob=12/03/1979)", "present" },
        { "Patient: Callum Roe   DOB 04/11/1979 (day/month per asylum file) = Nov 4, 1979", "patient_identity(dob=11/04/1979)", "present" },
        { "Patient: Callum Roe   DOB 03/12/1979   MRN 0731", "patient_identity(dob=03/12/1979)", "present" },
        // body habitus by arithmetic: the patient's weight against the scanner's stated limit, whatever words sit between
        { "Their wide-bore 1.5T: table limit 227 kg, bore 70 cm; pt at 138 kg \"should be no problem\".", "mri_contraindication(reason=body_habitus)", "absent, not present" },
        { "Weight 212 lb; their table takes 350 lb.", "mri_contraindication(reason=body_habitus)", "absent" },
        { "Wt 182 kg, over our 1.5T table limit of 159 kg.", "mri_contraindication(reason=body_habitus)", "present" },
        { "Wt 214 kg: our 1.5T table limit is 200 kg - will send to the open MRI (limit 250 kg).", "mri_contraindication(reason=body_habitus)", "not present" },
        { "CT table limit 307 kg, weight 250 kg.", "mri_contraindication(reason=body_habitus)", "none" },
    };
}
