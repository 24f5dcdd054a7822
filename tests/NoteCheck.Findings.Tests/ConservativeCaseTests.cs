using System.Globalization;
using NoteCheck.Core;

namespace NoteCheck.Findings.Tests;

/// <summary>
/// Conservative care and the back-pain pathway facts (rules/findings/detectors/20-pain.json, 30-conservative.json):
/// positive, negated and distractor sentences, read through the whole text pipeline.
/// </summary>
public class ConservativeCaseTests : DetectorCaseTable
{
    /// <summary>The physical-therapy courses the rules read in a note.</summary>
    private static List<Finding> PhysicalTherapy(string note, string file = "note.txt") =>
        [.. Detect.Text(note, file: file).Where(f => f.Type == "conservative_treatment" && f.Attr<string>("modality") == "physical_therapy")];

    protected override ImagingRequest? Request => null;

    public static TheoryData<string, string, string> Cases => new()
    {
        // care handed over at the visit is present in the plan; referrals and "consider" are planned
        { "Plan:\nNaproxen 500 mg BID, prednisone taper x 6 d. Start PT (referral sent).", "conservative_treatment(modality=medication)", "present" },
        { "Plan:\nNaproxen 500 mg BID, prednisone taper x 6 d. Start PT (referral sent).", "conservative_treatment(modality=physical_therapy)", "hypothetical" },
        { "A/P: Start a home stretching handout, continue naproxen as needed.", "conservative_treatment(modality=home_exercise_program)", "present" },
        { "Recommend: AFO, fibular head protection, repeat EMG in 3 months.", "conservative_treatment(modality=medical_device)", "present" },
        { "Plan: Re-refer PT for aquatic therapy; restart HEP. Cont meloxicam.", "conservative_treatment(modality=home_exercise_program)", "hypothetical" },
        { "Plan: Re-refer PT for aquatic therapy; restart HEP. Cont meloxicam.", "conservative_treatment(modality=physical_therapy)", "hypothetical" },
        { "Plan: Glycemic optimization; podiatry; PT for balance; continue duloxetine.", "conservative_treatment(modality=physical_therapy)", "hypothetical" },
        { "P: Consider L4-5 medial branch blocks after CT.", "conservative_treatment(modality=injection)", "hypothetical" },
        { "Plan: consider gabapentin if the leg pain persists.", "conservative_treatment(modality=medication)", "hypothetical" },
        // an exercise program named by its setting or its director, or taken from a video, is a home exercise program
        { "S: Has kept up the in-cell program twice daily for 9 weeks.", "conservative_treatment(modality=home_exercise_program)", "present" },
        { "Held from practice with an ATC-directed core program and ibuprofen.", "conservative_treatment(modality=home_exercise_program)", "present" },
        { "Tried some stretches off YouTube most mornings.", "conservative_treatment(modality=home_exercise_program)", "present" },
        { "Plan: refer PT for core/extension program.", "conservative_treatment(modality=home_exercise_program)", "none" },
        { "Enrolled in a methadone treatment program since May.", "conservative_treatment(modality=home_exercise_program)", "none" },
        // further visits refused, or a scheduled session answered REFUSED, stop the care; declining care never begun does not
        { "PT note 3/5: pt declined further visits, says he is too busy.", "conservative_treatment_stopped", "present" },
        { "10/20/26  Chronic care callout (HEP check, LBP) - REFUSED.", "conservative_treatment_stopped", "present" },
        { "PT referral offered; pt declined for now.", "conservative_treatment_stopped", "none" },
        { "Lumbar MRI appointment 10/02 - REFUSED.", "conservative_treatment_stopped", "none" },
        // therapy the patient cannot get is no course
        { "Physical therapy is not available at this facility; home exercise handout given.", "conservative_treatment(modality=physical_therapy)", "absent" },
        { "S: Nearest PT is 90 miles away and she cannot make the drive.", "conservative_treatment(modality=physical_therapy)", "absent" },
        { "PT was available at the county clinic, 8 visits in May.", "conservative_treatment(modality=physical_therapy)", "present" },
        // the planning cue after the care's name, and an imperative "refer"; a hold, a dated referral or who asked for it plans nothing
        { "Meloxicam daily since June. PT referral deferred until the fracture heals.", "conservative_treatment(modality=physical_therapy)", "hypothetical" },
        { "Back pain 5/10. Brace discussed, he will think about it.", "conservative_treatment(modality=medical_device)", "hypothetical" },
        { "Back pain 5/10. PT once the insurer has authorized it.", "conservative_treatment(modality=physical_therapy)", "hypothetical" },
        { "Recommendations faxed to the PCP:\n1. Continue gabapentin 300 TID. Refer PT.", "conservative_treatment(modality=physical_therapy)", "hypothetical" },
        { "Plan:\nPT placed on hold for medical reasons.", "conservative_treatment(modality=physical_therapy)", "present" },
        { "PT referral 03/2026, attended 6 visits, then moved away.", "conservative_treatment(modality=physical_therapy)", "present" },
        { "Plan:\nL AFO requested by the neurologist, fitted today.", "conservative_treatment(modality=medical_device)", "present" },
        // ongoing care written in a plan stays present
        { "Plan: CT L-spine. Cont gabapentin, PT.", "conservative_treatment(modality=physical_therapy)", "present" },
        { "A/P: Lumbar strain, improving with PT.", "conservative_treatment(modality=physical_therapy)", "present" },
        { "A/P: LBP with failure of 8 wks chiropractic care, worsening during care.", "conservative_treatment(modality=chiropractic)", "present" },
        { "Subjective: LBP is worse than at the start of PT.", "conservative_treatment(modality=physical_therapy)", "present" },
        // a pain dose given IV/IM in the ED or ward for the back is a medication like any other (corpus README);
        // anesthesia, op-note, chemotherapy and nausea doses, immunosuppression and codes are no conservative care
        { "Pain: IV fentanyl 50 mcg, acetaminophen 1 g.", "conservative_treatment(~fentanyl)", "present" },
        { "16:40 hydromorphone 0.5 mg IV x1 with partial relief.", "conservative_treatment(~hydromorphone)", "present" },
        { "Plan: Foley to gravity, hydromorphone 0.5 mg IV q2h PRN, NPO, neuro checks q1h.", "conservative_treatment(~hydromorphone)", "present" },
        { "Ketorolac 15 mg IV and lidocaine patch given; pain improved to 3/10.", "conservative_treatment(~Ketorolac)", "present" },
        // a topical patch named with its strength is the topical medication
        { "Uses lidocaine 5% patches on the low back at night since June, little help.", "conservative_treatment(~lidocaine 5% patches)", "present" },
        { "No lidocaine 4% patch - skin reaction last year.", "conservative_treatment(~lidocaine 4% patch)", "absent" },
        { "Lidocaine 1% 3 mL local at the skin before the injection.", "conservative_treatment(~lidocaine 1%)", "none" },
        { "Foley placed. Dexamethasone 10 mg IV x1. Neurosurgery aware.", "conservative_treatment(~Dexamethasone)", "present" },
        { "Induction: propofol, fentanyl 100 mcg IV, rocuronium; intubated without difficulty.", "conservative_treatment", "not present" },
        { "Premedication: dexamethasone 12 mg IV and ondansetron before cycle 3 of chemotherapy.", "conservative_treatment", "not present" },
        { "Ondansetron and morphine 4 mg IV given for renal colic.", "conservative_treatment", "not present" },
        { "Current immunosuppression: tacrolimus, prednisone 5 mg daily.", "conservative_treatment(~prednisone)", "not present" },
        { "CPT code 63075: anterior cervical discectomy.", "conservative_treatment", "not present" },
        { "She was placed on IV Decadron for cord edema.", "conservative_treatment", "not present" },
        // 'prn' on the medication line does not make its outcome hypothetical
        { "Meds: meloxicam 7.5 mg daily x 3 wks for the back (no help), cyclobenzaprine 5 mg qhs prn.", "conservative_treatment_failed", "present, not hypothetical" },
        { "Ibuprofen 600 mg prn (helps some).", "conservative_treatment_improved", "present, not hypothetical" },
        // 'epidural' naming a place or another procedure is no injection; month/day visit spans; a worn orthosis
        { "Knowing the level decides targeted repair vs. epidural blood patch.", "conservative_treatment(modality=injection)", "none" },
        { "MSSA bacteremia; r/o epidural or psoas abscess.", "conservative_treatment(modality=injection)", "none" },
        { "Had an L5-S1 epidural steroid injection in May with 2 days of relief.", "conservative_treatment(modality=injection)", "present" },
        { "Saw a chiropractor for 4 visits 7/8-7/22 - stopped because of their hours.", "conservative_treatment(~4 visits 7/8-7/22)", "present" },
        { "Foot drop never fully recovered, wears L AFO since 2020, walks fine w/ it.", "conservative_treatment(modality=medical_device)", "present, not absent" },
        { "She does not wear her AFO anymore.", "conservative_treatment(modality=medical_device)", "not present" },
        // an orthosis taken off for the gait exam is worn, not absent
        { "Gait: steppage gait w/o AFO, near-normal with it.", "conservative_treatment(modality=medical_device)", "present, not absent" },
        { "O: Gait w/o AFO: L steppage, audible foot slap.", "conservative_treatment(modality=medical_device)", "not absent" },
        { "Walks without a cane.", "conservative_treatment", "none" },
        // a hedged gain of a few percent is no meaningful improvement (round 7: writers R and V)
        { "S: Says the exercises are \"maybe a little better, ten percent\" - still cannot work a full shift.", "conservative_treatment_failed", "present" },
        { "S: Says the exercises are \"maybe a little better, ten percent\" - still cannot work a full shift.", "conservative_treatment_improved", "none" },
        { "Chiro 10 visits, stopped when insurance quit paying - \"maybe helped a little\".", "conservative_treatment_improved", "none" },
        { "Chiro 10 visits, stopped when insurance quit paying - \"maybe helped a little\".", "conservative_treatment_failed", "present" },
        // 'a little' or 'a bit' of help is under the 30% that counts as improvement (corpus README: GA, GB, MM): failure
        { "PT helped a little with the leg pain.", "conservative_treatment_improved", "none" },
        { "PT helped a little with the leg pain.", "conservative_treatment_failed", "present" },
        { "Naproxen 500 mg bid for three weeks, helps a bit.", "conservative_treatment_failed", "present" },
        { "Naproxen 500 mg bid for three weeks, helps a bit.", "conservative_treatment_improved", "none" },
        { "Celecoxib since June - \"takes maybe 15% off.\"", "conservative_treatment_failed", "present" },
        { "Diclofenac gel daily with maybe 10% relief of the back ache.", "conservative_treatment_failed", "present" },
        { "Trazodone at bedtime helps a little with sleep.", "conservative_treatment_failed", "none" },
        { "Her lumbar brace helps a lot on long shifts.", "conservative_treatment_failed", "none" },
        { "After 6 weeks of PT she is about 60% better.", "conservative_treatment_improved", "present" },
        // something other than the back improving is no improved back care
        { "S: Glucose control much better since the pump; back pain unchanged on naproxen.", "conservative_treatment_improved", "none" },
        { "Tizanidine at night - sleeps a bit better, pain the same.", "conservative_treatment_improved", "none" },
        { "After 8 weeks of PT her back pain is much better.", "conservative_treatment_improved", "present" },
        // care graded as doing next to nothing; help with something else, or a doubt about whether it will help, is not
        { "Meloxicam 15 mg daily since spring, \"barely helps\".", "conservative_treatment_failed", "present" },
        { "Duloxetine started by the PCP in May - barely touches the leg burning.", "conservative_treatment_failed", "present" },
        { "Stretching videos most evenings; the exercises weren't doing anything, so she stopped.", "conservative_treatment_failed", "present" },
        { "Naproxen 500 bid since March, mild help at best.", "conservative_treatment_failed", "present" },
        { "Ibuprofen and oxycodone \"take the edge off for a couple hours\".", "conservative_treatment_failed", "present" },
        { "Ibuprofen and oxycodone \"take the edge off for a couple hours\".", "conservative_treatment_improved", "none" },
        { "Gabapentin at night barely helps with sleep.", "conservative_treatment_failed", "none" },
        { "Ibuprofen 600 mg TID since June - \"no hace nada\".", "conservative_treatment_failed", "present" },
        { "Naproxen 500 BID.\nS: \"El dolor sigue igual.\" Axial LBP.", "conservative_treatment_failed", "present" },
        { "Gait: \"el pie está igual que siempre.\" Naproxen daily.", "conservative_treatment_failed", "none" },
        { "Tramadol for the knee is not much help.", "conservative_treatment_failed", "none" },
        // round 7 phrasing families (writers R and V): no change told plainly, colloquially, or as short relief; goals unmet
        { "Diclofenac 75 bid since 5/2026, helps morning stiffness, pain same.", "conservative_treatment_failed", "present" },
        { "Chiro 14 visits over ~10 wks (08/04-10/13), VAS unchanged 6/10.", "conservative_treatment_failed", "present" },
        { "Ibuprofen 600 tid, not doing much. Pain 6/10.", "conservative_treatment_failed", "present" },
        { "He has not done much of the HEP lately.", "conservative_treatment_failed", "none" },
        { "Pain is the same on the same side as before.", "conservative_treatment_failed", "none" },
        { "Two lumbar ESIs (01/2026, 03/2026) giving ~1 week of relief each.", "conservative_treatment_failed", "present" },
        { "Oxybutynin since 2021, no change, no retention.", "conservative_treatment_failed", "none" },
        { "PT stopped for work-schedule reasons, not for lack of benefit.", "conservative_treatment_failed", "none" },
        { "In short, she has worsened during seven weeks of chiropractic care.", "conservative_treatment_failed(reason=worsening)", "present" },
        // stops for money, hours, lapse; a transportation benefit is no insurance cost
        { "A: Care stopped for financial reasons; plan of care not completed.", "conservative_treatment_stopped(reason=cost)", "present" },
        { "PT not feasible w/ night shift. Starting a home exercise program today.", "conservative_treatment_stopped(reason=schedule)", "present" },
        { "Duloxetine: no real change. Still not able to go to PT (childcare, as before).", "conservative_treatment_stopped(reason=schedule)", "present" },
        { "Admits she has not really kept up the home exercises since then.", "conservative_treatment_stopped(reason=noncompliance)", "present" },
        { "Called 02/18: his MediRide transportation benefit ended 02/15 and his son works days.", "conservative_treatment_stopped(reason=cost)", "none" },
        // partial gains told as fractions or effect; a gain that faded is none
        { "Physical Therapy 09/21-10/26, 10 visits, says he is \"about half better.\"", "conservative_treatment_improved", "present" },
        { "Ibuprofen 400 mg a couple of times a week for the back with good effect.", "conservative_treatment_improved", "present" },
        { "RFA 01/22/2026: \"much better\" for about 3 weeks, then pain crept back; today back to 6/10.", "conservative_treatment_improved", "none" },
        // reads pain and its course
        { "HPI: 4 weeks of new low back pain, steadily worse, now 7/10.", "symptom_progression", "present" },
        // care that made the pain worse, and symptoms worse by the end of the course, are a progression; a time of day is not
        { "Restarted the core HEP - \"makes it worse,\" quit after a week.", "symptom_progression", "present" },
        { "Assessment: 8 weeks of PT, no meaningful change; leg pain slightly worse at d/c.", "symptom_progression", "present" },
        { "Naproxen helps; the pain is worse at night.", "symptom_progression", "none" },
        { "She worries the stretches could make it worse.", "symptom_progression", "none" },
        // a score slightly worse over a course is that course failing; a fear 'worse since' is no spine symptom
        { "Assessment: 14 visits, good effort; ODI slightly worse, goals not met.", "symptom_progression", "none" },
        { "He has a lifelong fear of small spaces, worse since his time in jail.", "symptom_progression", "none" },
        { "Leg pain slightly worse since the PT discharge.", "symptom_progression", "present" },
        // pain back after it had settled is progression after the course, not during it (corpus README)
        { "Finished PT in June and felt fine; three weeks ago, shoveling snow, the back pain came back.", "symptom_progression(duringTreatment=false)", "present" },
        { "LBP recurred in early October after a long flight.", "symptom_progression", "present" },
        { "Pain back up to 7/10 since the move.", "symptom_progression", "present" },
        { "The leg pain has not come back since surgery.", "symptom_progression", "not present" },
        { "He returned to work in May; labs came back normal.", "symptom_progression", "none" },
        { "Pain returned to baseline after the second week.", "symptom_progression", "none" },
        // 'no better' after the care is its failure; a plan's 'if no better' or a posture is not
        { "Did 8 weeks of PT with a home program - \"no better\".", "conservative_treatment_failed", "present" },
        { "PT ended in May; the back pain is no better since.", "conservative_treatment_failed", "present" },
        { "Continue naproxen; consider an ESI if no better.", "conservative_treatment_failed", "not present" },
        { "Stretches daily. Pain no better lying down, eased by walking.", "conservative_treatment_failed", "none" },
        // worse told against the course itself is progression and, with the care named, its failure
        { "PT discharge summary reviewed: 11 visits, worse during course.", "symptom_progression", "present" },
        { "PT discharge summary reviewed: 11 visits, worse during course.", "conservative_treatment_failed", "present" },
        { "Completed 6 wks of chiropractic - back pain worse by the end.", "symptom_progression", "present" },
        { "S: \"Honestly my leg is worse than when I started.\"", "symptom_progression", "present" },
        { "Meloxicam daily; pain 5/10, not worse, not better.", "symptom_progression", "absent, not present" },
        { "Back ache worse by the end of the day at the warehouse.", "symptom_progression", "none" },
        // a precaution list that ends in whom to call is no progression
        { "Return precautions: loss of bowel control, worsening leg weakness or fever - call the spine line.", "symptom_progression", "not present" },
        { "Over three weeks the leg weakness is worsening despite PT - call placed to neurosurgery.", "symptom_progression", "present" },
        // no adverse response to care is no progression (absent); a goal's 'without increase in pain' and a drug's reaction are not
        { "Partial progress toward goals (2 of 4 partially met). No adverse response to tx.", "symptom_progression", "absent" },
        { "Lifting 40 lb x 10, ladder climb simulation. Tolerated well, no increase in sx.", "symptom_progression", "absent" },
        { "Goals (6 wk): sit 2 h without increase in pain; ODI < 20%.", "symptom_progression", "none" },
        { "No adverse reaction to the meloxicam; no GI upset.", "symptom_progression", "none" },
        { "Three weeks of progressive low back pain, now constant.", "symptom_progression", "present" },
        { "Pain has steadily increased over the last 3-4 weeks despite care.", "symptom_progression", "present" },
        { "LBP x 2 yrs, worse past 4 months.", "symptom_progression", "present" },
        { "Pt reports LBP is worse than at start of PT.", "symptom_progression", "present" },
        { "Return for saddle numbness, bowel/bladder changes, or worsening weakness.", "symptom_progression", "none" },
        { "ED precautions reviewed (retention, saddle numbness, progressive weakness).", "symptom_progression", "none" },
        { "Call if the pain gets worse or spreads down the leg.", "symptom_progression", "none" },
        { "Sciatica progressive despite 6 weeks of PT and meloxicam.", "symptom_progression", "present" },
        { "Each session followed by a flare, pain rising 7 -> 9/10 over 5 visits.", "symptom_progression", "present" },
        { "ASSESSMENT: Incomplete cauda equina syndrome, subacute and progressive.", "symptom_progression", "present" },
        { "Pain today 6/10, no worse than in the spring.", "symptom_progression", "absent, not present" },
        { "Pain now 6/10. Not worse, not better.", "symptom_progression", "absent, not present" },
        { "Known idiopathic scoliosis, curve progressive.", "symptom_progression", "none" },
        // back pain in the patient's words
        { "\"My back went out again\" shoveling mulch last weekend.", "back_pain", "present" },
        { "Pain is central low back, aching, 4/10 at rest.", "back_pain", "present" },
        { "He bent to lift a bag and felt something \"let go\" in his low back.", "back_pain", "present" },
        { "Symptoms are not worsening.", "symptom_progression", "absent" },
        { "Assessment: subacute progressive back pain and fever: suspected L2-3 discitis.", "back_pain", "present" },
        { "Pain 7/10, wakes her 1-2x/night.", "back_pain", "present" },
        { "He states 25% of his pain is in his back.", "back_pain", "present" },
        { "Recurrent low back and left lower extremity pain.", "back_pain", "present" },
        { "No wt loss, night sweats, night pain.", "back_pain", "absent" },
        // aggravating factors and single bad days are no progression
        { "Pain worse after 1 h sitting, better walking.", "symptom_progression", "not present" },
        { "Romberg sway, worse with eyes closed.", "symptom_progression", "not present" },
        { "Morning stiffness; worse with rest.", "symptom_progression", "not present" },
        { "Constant aching LBP, worse w/ sitting >30 min.", "symptom_progression", "not present" },
        { "Worse with any movement, no radiation.", "symptom_progression", "not present" },
        // reads how care ended
        { "3. Remote PT (ended 04/2025) did not help; no active therapy since.", "conservative_treatment_failed", "present" },
        { "Naproxen 500 BID since 02/20 and cyclobenzaprine qhs, not helping.", "conservative_treatment_failed", "present" },
        { "PT course interrupted by clinic closure (3 wks, 6 visits) - not a failed course.", "conservative_treatment_failed", "absent" },
        { "If 6 weeks of PT and home exercise fail, imaging can be reconsidered.", "conservative_treatment_failed", "hypothetical" },
        { "Per clinic policy the patient is discharged from PT for non-attendance after 2 visits.", "conservative_treatment_stopped", "present" },
        { "Conservative care incomplete: PT stopped\nafter 2 visits for scheduling.", "conservative_treatment_stopped", "present" },
        { "Since then no PT, no home program (\"I stopped the exercises in April\").", "conservative_treatment_stopped", "present" },
        { "Gabapentin 300 mg TID (dizziness, stopped).", "conservative_treatment_stopped", "present" },
        // a stop ordered at the visit ends the care today; a conditional stop, a pre-op hold or a held drug does not
        { "Plan:\n1. Continue meloxicam; stop tizanidine (no benefit, drowsy at work).", "conservative_treatment_stopped(reason=other)", "present" },
        { "A/P: New weakness since the last adjustment. Discontinue manipulation for now.", "conservative_treatment_stopped", "present" },
        { "Plan: Hold chiro until the CT is read.", "conservative_treatment_stopped", "present" },
        { "Plan: Continue meloxicam; stop tizanidine if drowsy at work.", "conservative_treatment_stopped", "none" },
        { "Plan: Stop NSAIDs 7 days pre-op per anesthesia.", "conservative_treatment_stopped", "none" },
        { "Plan: Hold naproxen x 2 weeks after the fusion.", "conservative_treatment_stopped", "none" },
        { "PT course for balance 2024 helped.", "conservative_treatment_improved", "present" },
        // a failure told after the care, in the next sentence or as a narrative
        { "HPI:\nShe did physical therapy for 6 weeks. This did not help.", "conservative_treatment_failed", "present" },
        { "HPI:\nTried PT, chiropractic and injections. None of which gave lasting relief.", "conservative_treatment_failed", "present" },
        { "HPI:\nHe was treated with naproxen and cyclobenzaprine. His symptoms continued to persist.", "conservative_treatment_failed", "present" },
        { "HPI:\nHe had a course of physical therapy last spring. He states the pain worsened after this.", "conservative_treatment_failed", "present" },
        { "HPI:\nShe is taking gabapentin and tramadol, however she continues to have leg pain.", "conservative_treatment_failed", "present" },
        { "HPI:\nShe continues to have significant low back pain despite 8 weeks of PT.", "conservative_treatment_failed", "present" },
        { "HPI:\nShe underwent an epidural steroid injection in May and had worsening of her low back pain afterwards.", "conservative_treatment_failed", "present" },
        { "HPI:\nOnly very slight relief temporarily with regards to his back following the injections.", "conservative_treatment_failed", "present" },
        { "HPI:\nAfter the second ESI he had a vasovagal episode, so the pain physician stopped giving further injections.", "conservative_treatment_failed", "present" },
        { "HPI:\nTried naproxen 500 mg BID x 2 wk w/o relief.", "conservative_treatment_failed", "present" },
        { "HPI:\nTried: meloxicam daily for a month, minimal help.", "conservative_treatment_failed", "present" },
        { "HPI:\nMethylprednisolone taper 6/2 - no change.", "conservative_treatment_failed", "present" },
        { "HPI:\nL5-S1 ESI x2, each with 3 days of relief, then back to baseline.", "conservative_treatment_failed", "present" },
        { "HPI:\nPT 2x/wk since May, 10 visits. Despite all of this his leg pain is no better.", "conservative_treatment_failed", "present" },
        { "A/P: radiculopathy, failed > 6 wk conservative care (PT, NSAID, gabapentin).", "conservative_treatment_failed", "present" },
        { "Assessment: Pt is unable to tolerate even a gentle walking program; each session flares the leg pain.", "conservative_treatment_failed", "present" },
        { "HPI:\nHe has done chiropractic adjustments since June, 9 visits. Pain unchanged from intake.", "conservative_treatment_failed", "present" },
        { "HPI:\nAttended PT 2x/week for 6 weeks. Symptoms worsening during the course of care.", "conservative_treatment_failed", "present" },
        { "CC: R foot \"not working right\" x 3 weeks.", "conservative_treatment_failed", "not present" },
        { "HPI:\nNo injections so far. Strength unchanged from intake.", "conservative_treatment_failed", "not present" },
        // ... but not when the failure refers to no back care: another body part, a disease, surgery, a time limit
        { "HPI:\nShe did PT for her shoulder. It did not help.", "conservative_treatment_failed", "not present" },
        { "HPI:\nHe was placed on medications for incontinence; however, they have not helped.", "conservative_treatment_failed", "not present" },
        { "HPI:\nLumbar fusion in 2019. The pain persisted.", "conservative_treatment_failed", "not present" },
        { "HPI:\nIbuprofen for her knees. The knee pain persisted.", "conservative_treatment_failed", "not present" },
        { "HPI:\nHe takes ibuprofen. The pain continued to persist until he rested for two days.", "conservative_treatment_failed", "not present" },
        { "HPI:\nShe finished 10 radiation treatments. She continues to have pain.", "conservative_treatment_failed", "not present" },
        { "HPI:\nShe is on ibuprofen, but she still has less back pain than last month.", "conservative_treatment_failed", "not present" },
        // care for the spine only: immune treatment and injectates are no episode; 'has not had' negates
        { "She was placed on prednisone and Cytoxan for lupus.", "conservative_treatment(modality=medication)", "not present" },
        { "Meds: prednisone 10 mg daily, methotrexate 15 mg weekly.", "conservative_treatment(modality=medication)", "not present" },
        { "She has not had physical therapy.", "conservative_treatment(modality=physical_therapy)", "absent, not present" },
        { "He has never had PT or chiropractic care.", "conservative_treatment(modality=physical_therapy)", "absent, not present" },
        { "L4-5 epidural steroid injection with an epidural catheter; 80 mg Depo-Medrol injected.", "conservative_treatment(modality=injection)", "present" },
        { "L4-5 epidural steroid injection with an epidural catheter; 80 mg Depo-Medrol injected.", "conservative_treatment(modality=medication)", "not present" },
        { "Medrol Dosepak for the back pain, then ibuprofen 800 mg TID.", "conservative_treatment(modality=medication)", "present" },
        // no failed back care: conditionals, another body part, a tibial plateau, a bare 'no change' or a no-show call log
        { "Follow up with PCP in 2-3 weeks if not improving.", "conservative_treatment_failed", "not present" },
        { "She tried physical therapy for the shoulder without benefit.", "conservative_treatment_failed", "not present" },
        { "The headaches were refractory to the treatment.", "conservative_treatment_failed", "not present" },
        { "Bilateral tibial plateau fracture, treated in a brace.", "conservative_treatment_failed", "not present" },
        { "Her deficits reached a plateau by 10/96.", "conservative_treatment_failed", "not present" },
        { "She had L sciatica in 2019 with decreased sensation over the left foot on exam at the time.", "conservative_treatment_stopped", "not present" },
        // partial benefit is an improvement (writers H-N label 'helps some', 'takes the edge off', '~50%'); '10% better' or 'edge off only' is none
        { "Naproxen 400 mg prn helps some.", "conservative_treatment_improved", "present" },
        { "Tylenol 650 TID, heating pad - some help.", "conservative_treatment_improved", "present" },
        { "Ibuprofen 400 mg 2-3x/day and a heating pad help \"maybe 50%\".", "conservative_treatment_improved", "present" },
        { "He completed a course of chiropractic care and felt roughly 30 percent better.", "conservative_treatment_improved", "present" },
        { "Ibuprofen 400 mg prn takes the edge off only.", "conservative_treatment_improved", "not present" },
        { "Meloxicam 15 mg daily 8/5/2026 - \"maybe 10% better\".", "conservative_treatment_improved", "not present" },
        // 30% or more told as relief, a third or a halving; not relief of hours or days, a goal, or a stimulator trial
        { "Meloxicam since May with ~40% relief.", "conservative_treatment_improved", "present" },
        { "Acetaminophen 1 g TID - \"cuts the pain about in half.\"", "conservative_treatment_improved", "present" },
        { "Twelve chiropractic visits so far, maybe a third better.", "conservative_treatment_improved", "present" },
        { "A: Lumbar strain, improving ~40% with PT.", "conservative_treatment_improved", "present" },
        { "L5-S1 TFESI 09/02 gave 60% relief x 2 days.", "conservative_treatment_improved", "none" },
        { "Plan: if >50% relief lasting 6 wks, may repeat the injection.", "conservative_treatment_improved", "none" },
        { "Stimulator trial result: ~70% relief of the foot pain.", "conservative_treatment_improved", "none" },
        // a course after which the symptoms resolved: the care worked, told of this episode or an old one
        { "Prior L sciatica 2017, resolved after 8 wks of PT, no recurrence.", "conservative_treatment_improved", "present" },
        { "In 2021 she saw a chiropractor x 6 visits, fully resolved.", "conservative_treatment_improved", "present" },
        { "Brother had sciatica years ago - resolved with PT.", "conservative_treatment_improved", "family, not present" },
        { "Sciatica 2020, not resolved despite PT.", "conservative_treatment_improved", "none" },
        { "Urinary retention resolved after the Foley was placed; PT daily.", "conservative_treatment_improved", "none" },
        { "Leg pain resolved after the discectomy.", "conservative_treatment_improved", "none" },
        { "Pt had zoster on the flank in 2020, resolved.", "conservative_treatment_improved", "none" },
        { "Goals: 0 of 4 met. Discharge from skilled PT.", "conservative_treatment_improved", "not present" },
        { "Re-eval: goals met 0 of 4; pain unchanged since the start of therapy.", "conservative_treatment_improved", "not present" },
        { "Discharge: goals met 3 of 3, pain-free with running.", "conservative_treatment_improved", "present" },
        // failure told as no change, a plateau, a poor response, or care that made it worse
        { "HPI:\nHe has taken meloxicam since May 27th and cyclobenzaprine at night, without much help.", "conservative_treatment_failed", "present" },
        { "Assessment: 8 weeks of skilled PT. Despite this, minimal change in pain or function.", "conservative_treatment_failed", "present" },
        { "Assessment: 16 PT visits with good effort; response to PT has been poor and he has plateaued.", "conservative_treatment_failed", "present" },
        { "HPI:\nThe therapist's note of August 12 documents no meaningful change.", "conservative_treatment_failed", "present" },
        { "HPI:\nHe tried five sessions of physical therapy but extension work made the leg pain much worse.", "conservative_treatment_failed", "present" },
        { "HPI:\nMeloxicam 15 mg daily since 8/5 - \"maybe 10% better\".", "conservative_treatment_failed", "present" },
        { "HPI:\nPT 2x/wk since 04/27, 10 visits; therapist noted \"worse each session.\"", "conservative_treatment_failed", "present" },
        { "HPI:\nNaproxen daily. No change in bowel or bladder habits.", "conservative_treatment_failed", "not present" },
        { "HPI:\nSitting for an hour made the pain worse. Takes naproxen.", "conservative_treatment_failed", "not present" },
        // stops for reasons that do not count and for medical ones
        { "HPI:\nHad 3 adjustments, then he moved to Hollis (45 mi) and he stopped going.", "conservative_treatment_stopped(reason=distance)", "present" },
        { "Recent chiropractic stopped after 3 visits (relocation).", "conservative_treatment_stopped(reason=distance)", "present" },
        { "Reason for discharge: Insurance benefit of 12 PT visits per calendar year exhausted.", "conservative_treatment_stopped(reason=cost)", "present" },
        { "Chiropractic for 4 visits - stopped because their new hours conflict with his shifts.", "conservative_treatment_stopped(reason=schedule)", "present" },
        { "Gabapentin 300 mg TID x 10 days - stopped d/t dizziness and a near-fall at work.", "conservative_treatment_stopped", "present" },
        { "PLAN: PT placed ON HOLD for medical reasons. Letter to Dr. Sorvino.", "conservative_treatment_stopped", "present" },
        { "Restarted core stabilization HEP - \"makes it worse,\" quit after 10 days.", "conservative_treatment_stopped", "present" },
        { "Plan: CT L-spine w/o. Hold PT. Medrol dose pack.", "conservative_treatment_stopped", "not present" },
        { "Prior authorization for the MRI was denied.", "conservative_treatment_stopped", "not present" },
        // home programs told by their paper, and PT that is no episode
        { "Plan: Core exercises handout. Ibuprofen prn.", "conservative_treatment(modality=home_exercise_program)", "present" },
        { "HPI:\nSince July she does stretches from a YouTube video most days.", "conservative_treatment(modality=home_exercise_program)", "present" },
        { "Home program: 6 exercises w/ pictures issued 01/26, updated 02/23.", "conservative_treatment(modality=home_exercise_program)", "present" },
        // the follow-up of a home program: phone f/u, the log or calendar brought and read, progressed exercises
        { "A/P: Failed 7 weeks of physician-supervised HEP (prescribed 8/17, phone f/u 9/8, visit 10/5) plus meloxicam.", "conservative_treatment(followUp=true)", "present" },
        { "S: Pt read HEP calendar: done 6-7 days/wk since 8/17. Back pain unchanged.", "conservative_treatment(followUp=true)", "present" },
        { "MD: continue HEP daily - progress bridge to single-leg.", "conservative_treatment(followUp=true)", "present" },
        { "Frequency 3x/wk x 4 wks. Stretch sheet given (knee-to-chest, cat-camel, piriformis).", "conservative_treatment(modality=home_exercise_program)", "present" },
        { "Toe walking: calf stretch handout given, night splints.", "conservative_treatment(modality=home_exercise_program)", "not present" },
        { "Signed: Beatriz Lanford-Osei, PT, DPT", "conservative_treatment(modality=physical_therapy)", "not present" },
        { "Vasc: DP/PT 1+ bilat, CFT < 3 s, no edema.", "conservative_treatment(modality=physical_therapy)", "not present" },
        { "PLAN: complete cephalexin; pelvic floor PT referral.", "conservative_treatment(modality=physical_therapy)", "not present" },
        { "Arrival 15:06 via EMS      Acuity: ESI 2      Room: ED-22", "conservative_treatment(modality=injection)", "not present" },
        { "HPI:\nHe completed a course of chiropractic care at Ridgeback Chiropractic, 14 visits between 5/4 and 6/26.", "conservative_treatment(modality=chiropractic)", "present" },
        // a therapy note's episode line ("Episode: a - b"), and a past course's end told in a plan, are the course
        { "REHAB ASSOCIATES\nOutpatient Physical Therapy Discharge Summary\nEpisode: 01/27/2025 - 03/14/2025 (7 weeks), 12 visits attended", "conservative_treatment(~Episode: 01/27/2025 - 03/14/2025)", "present" },
        { "A/P: Chronic LBP, stable. Last PT ended 03/14/2025. Discussed restarting PT.", "conservative_treatment(modality=physical_therapy)", "present, hypothetical" },
        { "A/P: Chronic LBP, stable. Discussed restarting PT once the last course has ended.", "conservative_treatment(modality=physical_therapy)", "hypothetical, not present" },
        { "Plan: PT 2x/wk x 6 wks, to be finished before the follow-up.", "conservative_treatment(modality=physical_therapy)", "hypothetical" },
        // leg pain that led to a past operation and is gone is historical, not present
        { "Decreased LT lateral L foot, improving (known from pre-op S1 radiculopathy).", "radicular_pain", "historical, not present" },
        { "2 wks out from left L5-S1 microdiscectomy for a large extruded disc with S1 radiculopathy.", "radicular_pain", "historical, not present" },
        { "Woke with LBP, no leg pain - \"the L leg sciatica I had before surgery never came back.\"", "radicular_pain", "not present" },
        { "Woke with LBP, no leg pain - \"the L leg sciatica I had before surgery never came back.\"", "radicular_pain(~leg pain)", "absent" },
        { "- Lumbar disc disorder w/ radiculopathy L4-5 - s/p surgery 2016, resolved", "radicular_pain", "historical, not present" },
        { "s/p L4-5 discectomy 2019 for sciatica; now recurrent L leg sciatica x 3 wks.", "radicular_pain", "present" },
        { "She had L sciatica in 2019 after her pregnancy, resolved with PT.", "radicular_pain", "historical, not present" },
        { "Ache into L buttock, no pain below knee.", "radicular_pain", "absent, not present" },
        { "Intermittently to posterior thigh, never below the knee.", "radicular_pain", "absent" },
        { "Within two days he developed a sharp, shooting pain from the left buttock down the back of the thigh and calf.", "radicular_pain", "present" },
        // reads radicular pain and the emg
        { "CC: low back pain radiating R leg x 2 wks", "radicular_pain", "present" },
        { "LBP now with new aching into the R buttock and posterior thigh since visit 5.", "radicular_pain", "present" },
        { "1. LBP with R posterior thigh radiation.", "radicular_pain", "present" },
        { "Mild low back ache. No rest pain in the legs, no numbness at rest.", "radicular_pain", "absent" },
        { "Impression: Normal paraspinals argue against L3-4 radiculopathy.", "emg_radiculopathy", "absent, not present" },
        { "EMG-confirmed plexopathy. Paraspinals normal - not radiculopathy.", "emg_radiculopathy", "absent" },
        // the EMG result told over sentences, and a history 'by her report'
        { "NEEDLE EXAM: Fibrillations and positive sharp waves in the right tibialis anterior. The findings are consistent with a right L5 radiculopathy.", "emg_radiculopathy", "present" },
        { "Impression: This electrical study is abnormal. It shows an acute left S1 radiculopathy.", "emg_radiculopathy", "present" },
        { "By her report, an EMG was done and a radiculopathy was diagnosed.", "emg_radiculopathy", "present" },
        { "Plan: EMG/NCS of the legs. Clinically an L5 radiculopathy.", "emg_radiculopathy", "not present" },
        { "The EMG study is pending. Right L5 radiculopathy by exam.", "emg_radiculopathy", "not present" },
        // care stopped because the patient could not get there, or for a family duty (not medical reasons)
        { "Pt completed 4.5 weeks of PT, then was discharged for transportation barriers.", "conservative_treatment_stopped(reason=distance)", "present" },
        { "Had PT at Lakeshore, went 9 times, then lost her car and could not get there.", "conservative_treatment_stopped(reason=distance)", "present" },
        { "Lost his car keys at the gym; PT going well.", "conservative_treatment_stopped", "none" },
        { "10/02 visit 12: cancels 10/05-10/16: grandson's daycare closed, she is his sitter.", "conservative_treatment_stopped(reason=schedule)", "present" },
        { "Completed PT 8/10-10/30 (16 visits; a 2-wk break when she had to watch her grandson), no improvement.", "conservative_treatment_stopped(resumed=true)", "present" },
        { "She had to watch her grandson after school, so she walks with him daily.", "conservative_treatment_stopped", "none" },
        { "Visits attended: 9   Cancelled: 2   No-show: 0   Auth used: 9 of 12", "conservative_treatment_stopped", "none" },
        // 'maximum benefit reached' is a plateau, not an insurance benefit used up
        { "A: No change after 8 weeks of chiropractic care. Maximum chiropractic benefit reached.", "conservative_treatment_stopped", "none" },
        { "Maximum chiropractic benefit reached; discharge from active care.", "conservative_treatment_failed", "present" },
        { "Insurance benefit of 12 PT visits reached; stopped after visit 12.", "conservative_treatment_stopped(reason=cost)", "present" },
        // therapy referred but never begun is no course
        { "PT has NOT started - carrier has not authorized.", "conservative_treatment(modality=physical_therapy)", "absent, not present" },
        { "He has never been seen by a therapist.", "conservative_treatment(modality=physical_therapy)", "absent" },
        { "PT started 10/06, 9 visits so far.", "conservative_treatment(modality=physical_therapy)", "present" },
        { "Completed 4.5 weeks of the planned 8-week plan of care before discharge for transportation barriers.", "conservative_treatment_stopped(reason=distance)", "present" },
        // a terse patient verdict right after the care it grades
        { "Tried OTC naproxen 220 mg BID x 1 wk - \"barely touched it\".", "conservative_treatment_failed", "present" },
        { "Naproxen 500 mg BID since early Sept, \"hasn't really changed anything.\"", "conservative_treatment_failed", "present" },
        { "Says the exercises \"didn't do much\".", "conservative_treatment_failed", "present" },
        { "Gabapentin added 3 wks ago - no real difference.", "conservative_treatment_failed", "present" },
        { "Acetaminophen + heat, little change.", "conservative_treatment_failed", "present" },
        { "Naproxen since July, \"has made a real difference\".", "conservative_treatment_failed", "none" },
        // conservative-care outcome in general form (writers MM-SS): improvement told as progress toward goals, goals
        // counted half or more, a score that fell by its minimal important change, an activity getting easier
        { "08/13  NPRS 6/10. Manual L4-5, core. \"Walking is getting easier.\"", "conservative_treatment_improved", "present" },
        { "S: Stairs are a little easier now since starting PT.", "conservative_treatment_improved", "present" },
        { "S: Walking is not any easier than at the start of care.", "conservative_treatment_improved", "not present" },
        { "S: Walking is easier than standing; sitting is worst.", "conservative_treatment_improved", "none" },
        { "Status at last visit: Partial progress toward goals (2 of 4 partially met).", "conservative_treatment_improved", "present" },
        { "A: Progress toward goals limited (1 of 4 partially met: sitting).", "conservative_treatment_improved", "none" },
        { "A: Poor progress toward LTGs despite good attendance.", "conservative_treatment_improved", "none" },
        { "PT progress note in chart: \"goals 3 of 4 met\", discharged to HEP.", "conservative_treatment_improved", "present" },
        { "Assessment: 2 of 4 goals met; independent with HEP.", "conservative_treatment_improved", "present" },
        { "Assessment: 1 of 4 goals met; pain unchanged.", "conservative_treatment_improved", "none" },
        { "Pt demonstrates change in disability (ODI -24%, exceeds MCID).", "conservative_treatment_improved", "present" },
        { "ODI 40% (IE 44%) - change below MCID.", "conservative_treatment_improved", "none" },
        { "Per the visit-8 note, NPRS 7/10 -> 4/10 and ODI 40% -> 24%, \"progressing toward goals\".", "conservative_treatment_improved(~ODI 40% -> 24%)", "present, not hypothetical" },
        { "Re-eval after 6 visits of PT: ODI 42 -> 26%.", "conservative_treatment_improved", "present" },
        { "Re-eval after 6 visits of PT: ODI 40% -> 32%, NPRS 6 -> 5.", "conservative_treatment_improved", "none" },
        { "Subjective: Back pain much better - was 8/10, now 3/10, mostly after standing.", "conservative_treatment_improved(~now 3/10)", "present" },
        { "PT 09/21-10/26, 10 visits. Leg pain went from 6/10 to 4/10.", "conservative_treatment_improved", "present" },
        { "Since the PT flare the pain went from 4/10 to 7/10.", "conservative_treatment_improved", "none" },
        { "Goal: pain 7 -> 3/10 with sitting by discharge.", "conservative_treatment_improved", "not present" },
        { "Post: VSS. Pain 6/10 -> 4/10 (local anesthetic phase).", "conservative_treatment_improved", "none" },
        // care told plainly as helping, improvement told colloquially, improving with named care
        { "Meloxicam - taking most days, helps.", "conservative_treatment_improved", "present" },
        { "Using ibuprofen 400 mg bid x ~2 wks - helps \"quite a bit\". No PT yet.", "conservative_treatment_improved", "present" },
        { "Flexeril at bedtime helps him sleep.", "conservative_treatment_improved", "none" },
        { "Ibuprofen helps for a few hours, then the pain is back.", "conservative_treatment_improved", "none" },
        { "Back pain was 8/10 that night, now 3-4/10, \"a lot better.\"", "conservative_treatment_improved", "present" },
        { "Her course of PT in early 2025 gave her some benefit at the time.", "conservative_treatment_improved", "present" },
        { "She had some relief for the first two to three weeks, then it came back.", "conservative_treatment_improved", "none" },
        { "Pt was discharged to HEP early because she was doing so well.", "conservative_treatment_improved", "present" },
        { "Doing well s/p L5-S1 microdiscectomy.", "conservative_treatment_improved", "none" },
        { "A: LBP w/ R radicular sx - improving w/ PT + HEP + NSAID.", "conservative_treatment_improved", "present" },
        { "A: Mechanical low back pain, improving w/ activity modification + core program.", "conservative_treatment_improved", "present" },
        { "A: LBP, not improving w/ PT.", "conservative_treatment_improved", "not present" },
        // stops: non-attendance, the home program not done, the payer refusing further visits
        { "Reason for discharge: non-attendance; unable to contact pt.", "conservative_treatment_stopped(reason=noncompliance)", "present" },
        { "Pt failed to attend scheduled visits after 08/27 and was discharged per 30-day inactivity policy.", "conservative_treatment_stopped(reason=noncompliance)", "present" },
        { "Good attendance; no missed visits.", "conservative_treatment_stopped", "none" },
        { "08/18  NPRS 5/10. Pt states not doing HEP at home (\"no time\"). Re-educated.", "conservative_treatment_stopped(modality=home_exercise_program)", "present" },
        { "She stopped the HEP in the summer.", "conservative_treatment_stopped(reason=noncompliance)", "present" },
        { "Not doing the exercises because they flare the leg pain.", "conservative_treatment_stopped", "none" },
        { "Further visits not authorized by carrier after 09/11 (pending IME).", "conservative_treatment_stopped(reason=cost)", "present" },
        { "She had PT 08/24 to 09/11 which the carrier cut off, then a home program.", "conservative_treatment_stopped(reason=cost)", "present" },
        { "Further imaging not authorized by carrier.", "conservative_treatment_stopped", "none" },
        // an attendance count outside a therapy note is the PT episode with its visits; a chiropractic count is not PT
        { "DISCHARGE SUMMARY (ADMINISTRATIVE)\nVisits attended: 5     Cancel/no-show: 3", "conservative_treatment(modality=physical_therapy)", "present" },
        { "DISCHARGE SUMMARY (ADMINISTRATIVE)\nVisits attended: 5     Cancel/no-show: 3", "conservative_treatment(visits=5)", "present" },
        { "Chiropractic summary: visits attended: 10, adjustments L4-5.", "conservative_treatment(modality=physical_therapy)", "none" },
        // care outcomes, session 11: relief that wears off, little or no change, worse on care, care that does not help;
        // a rule's clause tail no longer hides the phrase before a reading it runs into
        { "She finished PT in June (10 visits), discharged for plateau - \"pain unchanged at 6/10\".", "conservative_treatment_failed(~discharged for plateau)", "present" },
        { "Had a caudal ESI in June: ~30% better x 2 wks, then back to baseline.", "conservative_treatment_failed", "present" },
        { "He says the meloxicam takes the edge off for an hour, then nothing.", "conservative_treatment_failed", "present" },
        { "He says the meloxicam takes the edge off for an hour, then nothing.", "conservative_treatment_improved", "none" },
        { "Ibuprofen takes the edge off.", "conservative_treatment_failed", "none" },
        { "Failed conservative care: PT with no meaningful improvement, one ESI with only brief relief.", "conservative_treatment_failed(~brief relief)", "present, not absent" },
        { "Discharge summary: 8 visits over 4 weeks. Minimal subjective or objective change to date.", "conservative_treatment_failed", "present" },
        { "Seen after 6 PT visits. History of minimal change disease in childhood.", "conservative_treatment_failed", "none" },
        { "Gabapentin since June; minimal change in reflexes.", "conservative_treatment_failed", "none" },
        { "After 6 weeks of PT the ODI fell 42% -> 38%, a change below MCID.", "conservative_treatment_failed", "present" },
        { "ODI improved 44% -> 20% with PT, exceeding the MCID.", "conservative_treatment_failed", "none" },
        { "Completed 6 weeks of PT; NPRS 6 -> 6.", "conservative_treatment_failed", "present" },
        { "Completed 6 weeks of PT; NPRS 7 -> 3.", "conservative_treatment_failed", "none" },
        { "PT: no improvement per the discharge summary (NPRS 7 -> 7).", "conservative_treatment_failed", "present, not absent" },
        { "Overall she is worse while on PT and meloxicam rather than better.", "conservative_treatment_failed", "present" },
        { "A: Symptoms have progressed during the course of PT.", "conservative_treatment_failed", "present" },
        { "CC: leg pain - not better after chiropractic care.", "conservative_treatment_failed", "present" },
        { "Her pain got worse during the course of chemotherapy.", "conservative_treatment_failed", "none" },
        { "Visit 12: \"My back is worse than when I started.\"", "conservative_treatment_failed", "present" },
        { "Over 14 visits she has regressed on every measure.", "conservative_treatment_failed", "present" },
        { "His pain is worse than when he started the new job.", "conservative_treatment_failed", "none" },
        { "PT 3/2-3/20 (5 visits) stopped d/t worsening leg pain.", "conservative_treatment_failed", "present" },
        { "PT stopped d/t his work schedule.", "conservative_treatment_failed", "none" },
        { "Meloxicam 15 mg daily since June - \"barely touches it.\"", "conservative_treatment_failed", "present" },
        { "Tried naproxen, a TENS unit and PT. \"Nothing has moved the needle.\"", "conservative_treatment_failed", "present" },
        { "Gabapentin helps the burning at night but has not helped the weakness.", "conservative_treatment_failed", "present" },
        { "She barely touches the railing on the stairs.", "conservative_treatment_failed", "none" },
        { "Tried acetaminophen 1 g TID and a heat pad. Not helping.", "conservative_treatment_failed", "present" },
        { "Tried acetaminophen. He is not working at present.", "conservative_treatment_failed", "none" },
        { "Reason for consult: chronic LBP, \"PT failed\", CT requested.", "conservative_treatment_failed", "present" },
        { "A/P: LBP x 10 wks. Did not fail PT - she stopped for her work hours.", "conservative_treatment_failed", "absent, not present" },
        { "Has taken naproxen since June. Despite this, pain has increased to 8/10.", "conservative_treatment_failed", "present" },
        { "She has failed greater than 6 weeks of physical therapy.", "conservative_treatment_failed", "present" },
        { "Takes acetaminophen and naproxen without much effect.", "conservative_treatment_failed", "present" },
        { "Meds: naproxen since May, no lasting effect.", "conservative_treatment_failed", "present" },
        // improvement is what the care did: not when the pain is absent ('pain-free sitting in class'), nor what a fusion,
        // an antibiotic course or another joint did
        { "After 6 weeks of PT she is pain-free.", "conservative_treatment_improved", "present" },
        { "She is pain-free sitting in class but sore after practice.", "conservative_treatment_improved", "none" },
        { "Leg symptoms resolved after the fusion.", "conservative_treatment_improved", "none" },
        { "Knee much better with PT; back unchanged.", "conservative_treatment_improved", "none" },
        // a drug or course told first, then stopped; stopping told before the drug
        { "Naproxen stopped 10/20 for a creatinine of 1.6.", "conservative_treatment_stopped", "present" },
        { "Tramadol 50 mg prn - \"made me dizzy\", stopped after 3 doses.", "conservative_treatment_stopped", "present" },
        { "She stopped the corset in late July.", "conservative_treatment_stopped", "present" },
        { "She never stopped the naproxen.", "conservative_treatment_stopped", "not present" },
        { "Started naproxen and the pain stopped within a week.", "conservative_treatment_stopped", "none" },
        { "Taking ibuprofen for the incision, stopped hydrocodone on POD 4.", "conservative_treatment_stopped", "none" },
        // worsening told as creeping up, as the worst since onset, as a worse score with its numbers, or 'also worse'
        { "Since the injection her back pain has crept up over 6 weeks, now 7/10.", "symptom_progression", "present" },
        { "S: LBP 8/10, worst since onset.", "symptom_progression", "present" },
        { "Discharge: leg pain worse (NPRS 4->7) despite full attendance.", "symptom_progression", "present" },
        { "Leg pain spreading to the calf. Back pain also worse.", "symptom_progression(~also worse)", "present" },
        { "Return if the pain creeps up or new weakness develops.", "symptom_progression", "not present" },
        { "His heart rate crept up during the exam.", "symptom_progression", "none" },
        // a score pair or a flowsheet row that rose past measurement noise; walking tolerance that fell
        { "PT discharge summary: ODI 36 -> 50% after 7 weeks.", "symptom_progression", "present" },
        { "PT discharge summary: ODI 36 -> 39%, no meaningful change.", "symptom_progression", "none" },
        { "Leg pain NPRS 4 -> 7 since the last visit.", "symptom_progression", "present" },
        { "NPRS 3 -> 7 with repeated flexion, centralizes with extension.", "symptom_progression", "none" },
        { "ODI                36%        44%        51%", "symptom_progression", "present" },
        { "ODI                48%        46%        50%", "symptom_progression", "none" },
        { "NPRS (avg)         4          5          7", "symptom_progression", "present" },
        { "Walking tolerance fell from four blocks to one over the summer.", "symptom_progression", "present" },
        { "Walking tolerance unlimited.", "symptom_progression", "none" },
        // failure words in the sentence after the care; goal counts and 'the same as when it started' quoted elsewhere
        { "Lumbar radiculopathy - failed 6 wks PT and an NSAID; no meaningful improvement.", "conservative_treatment_failed(~no meaningful improvement)", "present" },
        { "PT scheduled 12 visits; pt stopped coming. Three phone attempts after 07/01, no response.", "conservative_treatment_failed", "none" },
        { "Gabapentin stopped for dizziness without any pain relief.", "conservative_treatment_failed", "present" },
        { "PT d/c summary reviewed: ODI 44% -> 47%, 0/4 goals met.", "conservative_treatment_failed", "present" },
        { "After 3 weeks of PT she rates the pain 6/10, \"the same as when it started.\"", "conservative_treatment_failed", "present" },
        { "A: 12 visits over 6 weeks. Not progressing with skilled PT.", "conservative_treatment_failed", "present" },
        { "After 8 weeks of chiropractic care: new L5 radiculopathy, worsening during conservative care.", "conservative_treatment_failed", "present" },
        // brief relief told without the word relief: a diary's or follow-up's few days, then back (ex-v8 writers)
        { "S: Caudal ESI on 6/3 gave her 3 days, then the leg pain returned.", "conservative_treatment_failed", "present" },
        { "TFESI 04/14: \"Good for two days, then right back to where I was.\"", "conservative_treatment_failed", "present" },
        { "A: Sciatica. L5-S1 TFESI - 1 day only.", "conservative_treatment_failed", "present" },
        { "Medial branch blocks 02/10: \"3 days, if that.\"", "conservative_treatment_failed", "present" },
        { "Caudal ESI 3/3 - 4 days; no lasting change.", "conservative_treatment_failed(~4 days)", "present" },
        { "Epidural 5/2. Diary: 3/10 for 2 d, back to 7/10 by day 4.", "conservative_treatment_failed(~back to 7/10)", "present" },
        { "Repeat TFESI 3/2: ~40% x 1 week, then baseline.", "conservative_treatment_failed", "present" },
        { "Weekly acupuncture - relaxing, pain comes right back.", "conservative_treatment_failed", "present" },
        { "Medrol dosepak x 6 days only, then stop.", "conservative_treatment_failed", "none" },
        { "Pain comes back when she skips her HEP.", "conservative_treatment_failed", "none" },
        { "She felt great for a day at the lake and then drove home.", "conservative_treatment_failed", "none" },
        // outcome scores that rose over the care, tied to care; with no care named, a rise is progression
        { "Aquatic PT 9 visits (discharge summary: ODI 38 -> 50%).", "conservative_treatment_failed", "present" },
        { "PT 8 wks + HEP - walking tolerance fell from 4 blocks to 2.", "conservative_treatment_failed", "present" },
        { "Therapy summary after 12 sessions: walking tolerance declining and ODI rising.", "conservative_treatment_failed", "present" },
        { "After six PT visits ODI 44 -> 46%.", "conservative_treatment_failed(~ODI 44)", "none" },
        { "ODI rose from 30 to 44% after she stopped PT.", "conservative_treatment_failed(~ODI rose)", "none" },
        { "ODI 30 -> 48% over three months, new numbness.", "conservative_treatment_failed", "none" },
        // a course ended for non-response, futile, stuck, regressed or not progressing as hoped
        { "Chiropractic care ended 9/12 - discharged for non-response.", "conservative_treatment_failed", "present" },
        { "PT 7/1-8/20, d/c as not benefiting.", "conservative_treatment_failed", "present" },
        { "Discharged from PT for non-attendance.", "conservative_treatment_failed", "none" },
        { "Eight acupuncture sessions so far. Not progressing as hoped.", "conservative_treatment_failed", "present" },
        { "Continue PT; if not progressing as hoped, refer back.", "conservative_treatment_failed", "not present" },
        { "A: Regressed vs IE on pain and function after 10 visits.", "conservative_treatment_failed", "present" },
        { "Pool therapy: gains in session but no carry-over to the next day.", "conservative_treatment_failed", "present" },
        { "Further PT not expected to help; returned to referring MD.", "conservative_treatment_failed", "present" },
        { "Ibuprofen and PT for 6 wks: better than in May but stuck at 5/10.", "conservative_treatment_failed", "present" },
        { "She was stuck in traffic on the way to PT.", "conservative_treatment_failed", "none" },
        { "PT, HEP and an ESI since June; nothing has changed the trajectory.", "conservative_treatment_failed", "present" },
        { "Tramadol since 9/1 - \"takes nothing off the pain.\"", "conservative_treatment_failed", "present" },
        { "Prednisone taper (June) - nothing.", "conservative_treatment_failed", "present" },
        { "Ibuprofen: minimal use, maybe twice a month.", "conservative_treatment_failed", "none" },
        { "Massage weekly since August - same as before.", "conservative_treatment_failed", "present" },
        { "He has failed well over three months of comprehensive conservative care.", "conservative_treatment_failed", "present" },
        { "Leg pain and function WORSE over 6 wks of aquatic PT despite good effort.", "conservative_treatment_failed", "present" },
        // injections denied without naming a kind are the injection modality absent; the bare word told as given is not read
        { "No PT, no injections so far.", "conservative_treatment(modality=injection)", "absent" },
        { "He has not had injections for the back.", "conservative_treatment(modality=injection)", "absent" },
        { "B12 deficiency, on monthly injections.", "conservative_treatment(modality=injection)", "none" },
        // a home program told by the patient doing it
        { "Still does his stretches at home most days, no better.", "conservative_treatment(modality=home_exercise_program)", "present" },
        { "Not doing any exercises since the move.", "conservative_treatment(modality=home_exercise_program)", "not present" },
        { "Calf stretches daily for the toe walking.", "conservative_treatment(modality=home_exercise_program)", "none" },
        // a plan to go back to care later is planned
        { "May return to PT when her benefits renew.", "conservative_treatment(modality=physical_therapy)", "hypothetical" },
        // care the patient or clinician stopped, the verb first; a missed visit interrupts the course (resumed)
        { "Quit his home exercises in April once he felt fine.", "conservative_treatment_stopped", "present" },
        { "Leg pain worse during therapy, so PT held.", "conservative_treatment_stopped", "present" },
        { "She quit smoking in May.", "conservative_treatment_stopped", "none" },
        { "Ran out of pills in June and did not refill the naproxen.", "conservative_treatment_stopped", "present" },
        { "Ran out of tamsulosin a week ago.", "conservative_treatment_stopped", "none" },
        { "Attendance: 2 visits missed wk 4 (car in shop), resumed wk 5.", "conservative_treatment_stopped(resumed=true)", "present" },
        { "Visits: 12 of 13 (1 late cancel, illness).", "conservative_treatment_stopped(resumed=true)", "present" },
        { "MRI cancelled: pt could not lie flat.", "conservative_treatment_stopped", "none" },
        { "Remaining appts cancelled per pt after the job change.", "conservative_treatment_stopped", "present" },
        // traction and bracing that are no device: an exam manoeuvre, a nerve injury, an exercise
        { "Lumbar traction unit at home since May, no help.", "conservative_treatment(modality=medical_device)", "present" },
        { "Dimple base fully visible on gentle traction.", "conservative_treatment(modality=medical_device)", "none" },
        { "Foot drop from a peroneal nerve traction injury.", "conservative_treatment(modality=medical_device)", "none" },
        { "Home program: TrA bracing, bridges, bird dog.", "conservative_treatment(modality=medical_device)", "none" },
        // a drug class named beside anticholinergics or antihistamines is a screen for a drug cause of retention, not back care
        { "No anticholinergics or opioids before the retention began.", "conservative_treatment(modality=medication)", "none" },
        { "Takes muscle relaxers at night for the back spasms.", "conservative_treatment(modality=medication)", "present" },
        // a discharge the record says was not for lack of progress denies failure; a stop whose reason, not verb, is negated stays unread
        { "Discharge reason: non-attendance. Not discharged for lack of progress.", "conservative_treatment_failed", "absent, not present" },
        { "Discharge was not due to lack of benefit; she moved out of state.", "conservative_treatment_failed", "absent, not present" },
        { "Discharged for lack of progress after 8 weeks of PT.", "conservative_treatment_failed", "present" },
        // failure told as a course that did not respond, or as worse at its discharge or than at its evaluation
        { "Failed to respond to 5+ wks chiropractic/rehab.", "conservative_treatment_failed", "present" },
        { "Failed to respond to the first dose of ceftriaxone.", "conservative_treatment_failed", "none" },
        { "Naproxen and duloxetine within the last 6 months; worse at PT d/c.", "conservative_treatment_failed(reason=worsening)", "present" },
        { "PT 8 weeks: leg symptoms slightly worse at discharge.", "conservative_treatment_failed(reason=worsening)", "present" },
        { "Did 6 weeks of PT. Pain and ODI slightly worse than at eval (44 -> 48%).", "conservative_treatment_failed(reason=worsening)", "present" },
        // a course the patient did not go back to after a break is stopped, not resumed; a plan to go back is not
        { "Says he has not gone back to PT \"because of spring training schedule\".", "conservative_treatment_stopped(resumed=false)", "present" },
        { "Back from break; has not rescheduled PT since return.", "conservative_treatment_stopped", "present" },
        { "Back from break; has not rescheduled PT since return.", "conservative_treatment_stopped(reason=schedule)", "none" },
        { "Went 3 times a year ago, then that clinic closed; never rescheduled elsewhere.", "conservative_treatment_stopped(~never rescheduled)", "none" },
        { "Pain has not returned since the injection.", "conservative_treatment_stopped", "none" },
        { "He will get back to PT after the holidays.", "conservative_treatment_stopped", "none" },
        // a gap the course came back from is a stop with the course resumed
        { "7 visits over 10 wks (incl. 11-day field gap, resumed), HEP 5-6 d/wk per log.", "conservative_treatment_stopped(resumed=true)", "present" },
        { "One-week gap for family travel, care resumed without change in status.", "conservative_treatment_stopped(resumed=true)", "present" },
        // ... told across a line break, as weeks missed and resumed, or as a bare noun
        { "PT 9 visits over 10 weeks with a 3-week pause for the\nmove, resumed 04/02 at the same frequency.", "conservative_treatment_stopped(resumed=true)", "present" },
        { "Completed PT 02/01-04/20 (10 visits, 2 wks missed for a family funeral and resumed).", "conservative_treatment_stopped(resumed=true)", "present" },
        { "Failed conservative care: 8 wks PT (travel gap resumed) plus HEP.", "conservative_treatment_stopped(resumed=true)", "present" },
        { "PT 2x/wk with a 2-week break planned for the holidays.", "conservative_treatment_stopped", "none" },
        // a home program named by its method, a lapsed one, a self-discharge broken over a line, a D/C with its reason
        { "S: Has not been doing his McKenzie home program since spring.", "conservative_treatment_stopped(modality=home_exercise_program)", "present" },
        { "PT 4 wks, then HEP lapsed.", "conservative_treatment_stopped(modality=home_exercise_program)", "present" },
        { "PT D/C summary: self-\ndischarged after visit 5.", "conservative_treatment_stopped", "present" },
        { "Not seen for re-eval. D/C from PT due to relocation out of state.", "conservative_treatment_stopped", "present" },
        // a worn support that broke stops its use; a broken bone is no device
        { "Old AFO broke ~03/14; walking without it since.", "conservative_treatment_stopped", "present" },
        { "Lumbar brace (LSO) cracked last month.", "conservative_treatment_stopped", "present" },
        { "Continue AFO; brace fits well.", "conservative_treatment_stopped", "none" },
        // PT for another joint is no spine care; a course told as restarted was given, not planned
        { "Cont AFO, PT for ankle ROM. Recheck 6 wks.", "conservative_treatment(modality=physical_therapy)", "none" },
        { "Restarted PT 10/06, 3 visits so far.", "conservative_treatment(modality=physical_therapy)", "present, not hypothetical" },
        { "Plan: restart HEP. Cont meloxicam.", "conservative_treatment(modality=home_exercise_program)", "hypothetical" },
        // hepatitis serologies are no home exercise program
        { "Labs: Hep B sAg neg, HEP C Ab negative.", "conservative_treatment(modality=home_exercise_program)", "none" },
        { "HEP reviewed, doing it daily.", "conservative_treatment(modality=home_exercise_program)", "present" },
        // relief that wore off and left the patient where the course began, told colloquially; a recovery 'back to where she was before' is none
        { "Chiro 16 visits + home exercise sheet - \"felt looser for a day, then back to the same.\"", "conservative_treatment_failed", "present" },
        { "L5-S1 TFESI. 2-wk call: ~50% leg relief x \"maybe a week,\" now back to where she was.", "conservative_treatment_failed", "present" },
        { "TFESI #2. 2-wk call: \"3 days, then nothing.\"", "conservative_treatment_failed", "present" },
        { "Did PT for 6 weeks, then back to where she was before the injury.", "conservative_treatment_failed", "none" },
        // pain no better than months ago or all through a course; a stop because it hurt; a minority of goals met; 'edge off, that's it'
        { "Has failed 8 weeks of PT. Pain 6/10 central low back, about the same as in August.", "conservative_treatment_failed(~same as in August)", "present" },
        { "Naproxen daily since June. Numbness unchanged since August.", "conservative_treatment_failed", "none" },
        { "LBP 7/10, unchanged through PT (11 visits since 09/01) and naproxen.", "conservative_treatment_failed", "present" },
        { "Went to PT 3 visits, stopped because \"it hurt too much.\"", "conservative_treatment_failed(reason=medical_inability)", "present" },
        { "Bending to tie her shoes, it hurt too much.", "conservative_treatment_failed", "none" },
        { "Minimal improvement; plateau. 1 of 4 goals met (independent HEP).", "conservative_treatment_failed(~1 of 4 goals met)", "present" },
        { "Re-eval: 2 of 5 goals met, the rest progressing.", "conservative_treatment_failed", "none" },
        { "Acetaminophen 1 g TID since April - \"takes a little off, not much\".", "conservative_treatment_failed", "present" },
        { "Cyclobenzaprine 5 mg qhs - \"takes the edge off at night, that's it.\"", "conservative_treatment_failed", "present" },
        { "Cyclobenzaprine 5 mg qhs - \"takes the edge off at night, that's it.\"", "conservative_treatment_improved", "none" },
        // 'no better' with the course after it; a goal count before 'goals' plans nothing
        { "S: LBP persists, 6/10, no better after PT + naproxen.", "conservative_treatment_failed", "present" },
        { "Return to clinic if no better after PT.", "conservative_treatment_failed", "not present" },
        { "PT DC summary reviewed: NPRS 7->7, ODI 44->43%, 0/4 goals, plateau.", "conservative_treatment_failed", "present, not hypothetical" },
        // improvement: a dose's decimal before 'helps', a pain score down to a low number with care named, a dated score fallen by 2+, a bare 'improved' closing a course
        { "- Meloxicam 7.5 mg daily since 09/14 - helps. Cyclobenzaprine 5 mg qHS PRN, rarely.", "conservative_treatment_improved", "present" },
        { "Back pain improved to 2-3/10 on scheduled acetaminophen + lidocaine patch.", "conservative_treatment_improved", "present" },
        { "Back pain improved to 5/10 on scheduled acetaminophen.", "conservative_treatment_improved", "none" },
        { "Low back pain L3 region 5/10 on 8/21 -> 2/10 today with acetaminophen and a lidocaine patch.", "conservative_treatment_improved", "present" },
        { "Low back pain 5/10 on 8/21 -> 4/10 today with acetaminophen.", "conservative_treatment_improved", "none" },
        { "Prior: PT 06-07/2025 for back flare, improved; no HEP since.", "conservative_treatment_improved", "present" },
        { "Prior: PT 06-07/2025 for back flare, not improved; no HEP since.", "conservative_treatment_improved", "none" },
        { "LBP/L5 radicular pain improved on steroid.", "conservative_treatment_improved", "present" },
        // stops: 'cxl' visits, a drug held while on another, held SMT, PT stopped at the visit, no attendance since a date, a discharge for no contact, a UR non-certification, stopped going because
        { "Visits 13 of 14 (1 cxl - pt ill w/ flu 09/14, made up 09/16).", "conservative_treatment_stopped", "present" },
        { "Medrol dosepak; cont cyclobenzaprine; hold naproxen while on steroid.", "conservative_treatment_stopped", "present" },
        { "Plan: Holding SMT to the lumbar spine. Referred to orthopaedic spine.", "conservative_treatment_stopped", "present" },
        { "AFO R fitted today. Stop PT pending w/u. Cont naproxen.", "conservative_treatment_stopped", "present" },
        { "Hold NSAIDs 7 days pre-op.", "conservative_treatment_stopped", "none" },
        { "Does some of the stretches when she remembers. Not in PT since August.", "conservative_treatment_stopped", "present" },
        { "09/21/26  DC from PT - no contact x 30 days.", "conservative_treatment_stopped(reason=noncompliance)", "present" },
        { "08/20/26  UR non-certification rec'd (additional visits denied).", "conservative_treatment_stopped(reason=cost)", "present" },
        { "PT 4 visits, then stopped going because playoff practices ran into his PT times.", "conservative_treatment_stopped", "present" },
        // distractors of radicular pain
        { "26 months of low back and alternating buttock pain.", "radicular_pain", "not present" },
        { "He can fully extend the knees.", "radicular_pain", "not present" },
        // a 'HEP:' label the text layer reads as a header: the program told in the first words under it; a bare exercise list is not read
        { "OUTPATIENT REHAB - DAILY NOTE\nTreatment: ther ex, manual.\nHEP: issued at IE - prone press-ups, bridges.", "conservative_treatment(~issued at IE)", "present" },
        { "PT DISCHARGE\nHEP: written program issued 08/04/26, progressed 08/25 and 09/10.", "conservative_treatment(modality=home_exercise_program)", "present" },
        { "HEP: bridges 3x12, clamshells red band 3x15.", "conservative_treatment(modality=home_exercise_program)", "none" },
        // a medication the record keeps the patient off, told with its reason, and therapy not yet begun in a plan's words, are absent
        { "Acetaminophen 1 g TID. NSAIDs avoided (CKD 3a, eGFR 52).", "conservative_treatment(~NSAIDs avoided)", "absent, not present" },
        { "Tylenol helps a little. Avoids NSAIDs (gastritis).", "conservative_treatment(~Avoids NSAIDs)", "absent, not present" },
        { "NSAIDs not an option (apixaban). Gabapentin 300 mg TID.", "conservative_treatment(~NSAIDs not an option)", "absent" },
        { "- NPO. Ibuprofen held tonight for surgery.", "conservative_treatment(~Ibuprofen)", "not absent" },
        { "- Hold PT until imaged. Spine surgery referral depending on CT.", "conservative_treatment(modality=physical_therapy)", "absent" },
        { "Pain: hydromorphone 0.5 mg IV q4h prn, APAP 650 q6h. PT deferred.", "conservative_treatment(modality=physical_therapy)", "absent" },
        { "PT placed on hold for medical reasons after 5 visits.", "conservative_treatment(modality=physical_therapy)", "not absent" },
        // care told as one option of a choice still to make is planned care, not doubted care
        { "Plan: CT L-spine w/o contrast (72131) to look at the foramina: ESI vs surgical referral.", "conservative_treatment(modality=injection)", "hypothetical, not possible" },
        { "CT lumbar spine w/o contrast to guide possible medial branch blocks. Continue HEP.", "conservative_treatment(modality=injection)", "hypothetical, not possible" },
        { "Had an L5-S1 TFESI on 09/23 with 2 weeks of relief.", "conservative_treatment(modality=injection)", "present" },
        // a therapy record's outcome row that did not move over the course is its failure; a row that fell is not, nor a goal row
        { "AQUATIC PT - DISCHARGE\n                 Initial (09/08)   Now (10/27)\nBack pain        7/10             7/10\n", "conservative_treatment_failed(~Back pain)", "present" },
        { "PT DISCHARGE SUMMARY\nOutcome measures        eval 8/27    10/16\n Oswestry (ODI)           44%         46%\n", "conservative_treatment_failed(~Oswestry)", "present" },
        { "PT DISCHARGE SUMMARY\nOutcome measures        eval 8/27    10/16\n Oswestry (ODI)           44%         30%\n NPRS                     7/10        4/10\n", "conservative_treatment_failed", "none" },
        { "PT DISCHARGE SUMMARY\nGoals\n NPRS goal                3/10        3/10\n", "conservative_treatment_failed", "none" },
        // a therapy visit log pasted into another note: each attended row is the PT course; cancelled rows, logs of no therapy and chiropractic logs are not
        { "Back pain f/u.\n\nRECORDS RECEIVED (pasted from fax):\n--- Summit Ridge PT, visit log ---\n07/28/26  IE   NPRS 7  HEP handout given\n07/30/26  #2   NPRS 7\n", "conservative_treatment(~07/30/26  #2)", "present" },
        { "PT discharge summary.\nVISIT LOG\nDate    Site       Pain(0-10)  Tx\n09/11   Chapter    6           TherEx, manual\n09/22   Cancelled  --          road washed out\n", "conservative_treatment(~09/22)", "none" },
        { "PT discharge summary.\nVISIT LOG\nDate    Site       Pain(0-10)  Tx\n09/11   Chapter    6           TherEx, manual\n", "conservative_treatment(~09/11   Chapter)", "present" },
        { "Medication review. PT 8 visits in the summer.\nPharmacy fill log\n07/28/26  Walgreens  naproxen 500 #60\n", "conservative_treatment(~Walgreens)", "none" },
        { "Records: Granite Fork Chiropractic, visit log\n08/05/26  #3   Pain 6\n", "conservative_treatment(modality=physical_therapy)", "none" },
    };

    private static Finding Course(string hpi, string modality, string noteDate = "11/20/2025")
    {
        var note = $"OFFICE NOTE  {noteDate}\nPatient: Test Patient\n\nHPI: {hpi}\n";
        var found = Detect.Text(note).Where(f => f.Type == "conservative_treatment" && f.Assertion == Assertion.Present && f.Attr<string>("modality") == modality).ToList();
        return Assert.Single(found);
    }

    private static DateOnly? DateAttr(Finding f, string name) => f.Attributes.GetValueOrDefault(name) as DateOnly?;

    // A past course placed in time without a full date takes that time, read against the note's date, as the
    // earliest end (or latest start) the words allow: never later or longer than written.
    [Theory]
    [InlineData("Did 7 weeks of PT early this year (Jan-Mar) without much benefit.", "physical_therapy", "2025-03-01")]
    [InlineData("Did 12 sessions of PT last fall (Northgate PT, 10/2024-12/2024) without much benefit.", "physical_therapy", "2024-12-01")]
    [InlineData("He stopped the home exercises in the spring.", "home_exercise_program", "2025-03-01")]
    [InlineData("Went to a chiropractor back in June, 6 visits, no help.", "chiropractic", "2025-06-01")]
    [InlineData("Completed 8 weeks of physical therapy in March.", "physical_therapy", "2025-03-01")]
    [InlineData("PT last year with some relief.", "physical_therapy", "2024-01-01")]
    [InlineData("Had PT in 2023 for the same pain.", "physical_therapy", "2023-01-01")]
    [InlineData("Did PT about eight months ago, 10 visits.", "physical_therapy", "2025-03-20")]
    [InlineData("Chiropractic from March to May 2024, no lasting benefit.", "chiropractic", "2024-05-01")]
    // day-month dates (military and European records) are full dates: the month alone is not read from them
    [InlineData("Completed PT 03 Feb - 17 Mar 2025, 6 visits, no change.", "physical_therapy", "2025-03-17")]
    [InlineData("Chiropractic 4 Jan 2025 to 22-FEB-2025, twelve visits.", "chiropractic", "2025-02-22")]
    public void A_past_course_takes_the_time_its_sentence_gives(string hpi, string modality, string end)
    {
        var course = Course(hpi, modality);
        Assert.Equal(DateOnly.Parse(end, CultureInfo.InvariantCulture), DateAttr(course, "endDate"));
    }

    [Theory]
    [InlineData("Started PT in September, 8 visits so far, no better.", "physical_therapy", "2025-09-30")]
    [InlineData("Began chiropractic 3 weeks ago.", "chiropractic", "2025-10-30")]
    [InlineData("Doing a daily HEP since the summer.", "home_exercise_program", "2025-08-31")]
    public void Care_that_began_in_a_named_period_starts_no_earlier_than_its_end_and_has_not_ended(string hpi, string modality, string start)
    {
        var course = Course(hpi, modality);
        Assert.Equal(DateOnly.Parse(start, CultureInfo.InvariantCulture), DateAttr(course, "startDate"));
        Assert.Null(DateAttr(course, "endDate"));
    }

    [Theory]
    // a symptom's time is not the care's
    [InlineData("PT reports her trunk leaning more to the right since spring.", "physical_therapy")]
    // another care's time is not this one's
    [InlineData("8 wks chiropractic (16 visits) with home stretches, and ibuprofen since 04/2025.", "chiropractic")]
    // care that goes on after the named month is not over
    [InlineData("Finished PT in April and continues his home exercises most days.", "home_exercise_program")]
    // a medication finding groups every drug of the note: one drug's month is not the group's
    [InlineData("Naproxen on and off; cyclobenzaprine from urgent care in May.", "medication")]
    public void A_time_that_belongs_to_something_else_dates_no_course(string hpi, string modality)
    {
        var course = Course(hpi, modality);
        Assert.Null(DateAttr(course, "startDate"));
        Assert.Null(DateAttr(course, "endDate"));
    }

    [Fact]
    public void A_day_range_without_a_year_is_the_latest_that_ended_by_the_note()
    {
        var course = Course("Failed chiropractic (11 visits 7/1-8/26, ~8 wks) with home stretching.", "chiropractic");
        Assert.Equal(new DateOnly(2025, 7, 1), DateAttr(course, "startDate"));
        Assert.Equal(new DateOnly(2025, 8, 26), DateAttr(course, "endDate"));
        // a range that would end after the note date is last year's; one across New Year starts the year before
        Assert.Equal(new DateOnly(2024, 12, 20), DateAttr(Course("PT 11/2-12/20, 10 visits, no change.", "physical_therapy"), "endDate"));
        Assert.Equal(new DateOnly(2024, 12, 1), DateAttr(Course("PT 12/1-1/20, 10 visits, no change.", "physical_therapy"), "startDate"));
    }

    // Care the words place at the note's date (criteria: a course dated only by its visit counts only then).
    [Theory]
    [InlineData("Currently in PT 2x/week, no better.", "physical_therapy", true)]
    [InlineData("Has been doing PT for the past 8 weeks without relief.", "physical_therapy", true)]
    [InlineData("Continues chiropractic, week 6 of 8.", "chiropractic", true)]
    [InlineData("Recently completed 8 weeks of PT, no help.", "physical_therapy", true)]
    [InlineData("Did 8 weeks of PT, no help.", "physical_therapy", false)]
    [InlineData("Failed chiropractic x 10 visits.", "chiropractic", false)]
    [InlineData("Still has pain despite 8 weeks of PT.", "physical_therapy", false)]
    [InlineData("Continues to have pain despite chiropractic x 6 weeks.", "chiropractic", false)]
    public void Care_the_words_place_at_the_visit_is_current(string hpi, string modality, bool current)
    {
        var course = Course(hpi, modality);
        Assert.Equal(current, course.Attributes.GetValueOrDefault("current") is true);
    }

    [Fact]
    public void A_therapy_episode_line_gives_the_course_its_dates()
    {
        const string note = "LAUREL CREEK REHABILITATION\nOutpatient Physical Therapy -- Discharge / Progress Summary\n\n"
            + "Patient: Test Patient         DOB 07/09/1964\nEpisode: 01/27/2025 - 03/14/2025 (7 weeks), 12 visits attended / 12 scheduled\n\n"
            + "Assessment: after 7 weeks of PT there has been no meaningful improvement.\n";
        var pt = PhysicalTherapy(note, file: "pt-discharge.txt");
        var course = Assert.Single(pt);
        Assert.Equal(new DateOnly(2025, 1, 27), DateAttr(course, "startDate"));
        Assert.Equal(new DateOnly(2025, 3, 14), DateAttr(course, "endDate"));
    }

    [Fact]
    public void A_pt_clinic_heading_is_no_episode_but_its_plan_of_care_is()
    {
        const string note = "SUMMIT RIDGE PHYSICAL THERAPY - DISCHARGE SUMMARY\nDate: 07/28/2025\nDx: M54.50 LBP\n\n"
            + "IE 06/02/2025: LBP x 5 months, axial. POC 2x/wk x 6 wks.\n";
        var pt = PhysicalTherapy(note, file: "2025-07-28-pt-note.txt");
        var finding = Assert.Single(pt);
        Assert.Equal(Assertion.Present, finding.Assertion);
        Assert.DoesNotContain(finding.Evidence, e => e.Text.Contains("PHYSICAL THERAPY", StringComparison.Ordinal));
        Assert.Contains(finding.Evidence, e => e.Text.StartsWith("POC 2x/wk", StringComparison.Ordinal));
    }

    // Each row of a therapy note's visit log is care given and joins the course's finding.
    [Fact]
    public void A_therapy_visit_log_row_is_the_course()
    {
        const string note = "BIRCHWOOD PHYSICAL THERAPY - DISCHARGE SUMMARY\nPatient: Test Patient   DOB 04/11/1968\nDate: 10/20/2026\n\n"
            + "Visit log\n#   date     focus                          NPRS\n1   09/01   eval, HEP issued               6\n"
            + "2   09/03   core stab, hip hinge           6\n09/24   --   cancelled\n3   09/08   walking program                7\n";
        var pt = PhysicalTherapy(note, file: "2026-10-20-pt-discharge.txt");
        var course = Assert.Single(pt);
        Assert.Equal(Assertion.Present, course.Assertion);
        Assert.Contains(course.Evidence, e => e.Text.StartsWith("3   09/08", StringComparison.Ordinal));
        Assert.DoesNotContain(course.Evidence, e => e.Text.StartsWith("09/24", StringComparison.Ordinal));
    }

    // A visit log drawn as a table: piped cells, a day and month ('13 JUL'), a word for the visit ('eval', 'tx'); a header
    // row of dates ('09 Feb   20 Mar') is no visit. Chiropractic rows may be marked by the treatment given.
    [Fact]
    public void A_piped_or_worded_visit_row_is_the_course()
    {
        const string note = "BRIGADE PHYSICAL THERAPY - FLOWSHEET\nPatient: Test Patient   DOB 04/11/1968\nDate: 09/28/2026\n\n"
            + "| date   | visit | NPRS | notes |\n| 13 JUL | 1     | 6/6  | eval; HEP issued |\n| 20 JUL | 2     | 6/7  | traction trial |\n"
            + " 3    | 8/25/26 | 6/10  | Tolerated prone press-ups.\n  12/01/25  tx - HEP reviewed, tolerating\n"
            + "O:                 09 Feb                  20 Mar\n";
        var course = Assert.Single(PhysicalTherapy(note, file: "2026-09-28-pt-flowsheet.txt"), f => f.Assertion == Assertion.Present);
        foreach (var row in new[] { "| 13 JUL | 1", "| 20 JUL | 2", "3    | 8/25/26", "12/01/25  tx" })
            Assert.Contains(course.Evidence, e => e.Text.Contains(row, StringComparison.Ordinal));
        Assert.DoesNotContain(course.Evidence, e => e.Text.Contains("Feb", StringComparison.Ordinal));
        const string chiro = "CHIROPRACTIC DAILY NOTE\nPatient: Test Patient   DOB 04/11/1968\nDate: 09/10/2026\n\n"
            + "08/05  CMT L-S, EMS     pain 7/10\n08/07  CMT, EMS         6/10\n";
        Assert.Contains(Detect.Text(chiro, file: "2026-09-10-chiro-note.txt"), f => f.Type == "conservative_treatment"
            && f.Attr<string>("modality") == "chiropractic" && f.Evidence.Any(e => e.Text.StartsWith("08/07  CMT", StringComparison.Ordinal)));
    }

    // A therapy record's counted visits with their weeks or a short date range are the course ('Total 20 visits / 8+ weeks',
    // '= 15 visits (5+ wks)', '10 visits 08/03-08/28').
    [Fact]
    public void Counted_visits_with_their_weeks_are_the_course()
    {
        const string note = "CHIROPRACTIC DAILY NOTE\nPatient: Test Patient   DOB 04/11/1968\nDate: 11/13/2026\n\n"
            + "Total 20 visits / 8+ weeks. Missed 0.\nCare to date = 15 visits (5+ wks).\n09/10  10 visits 08/03-08/28.\n";
        var chiro = Detect.Text(note, file: "2026-11-13-chiro-note.txt").Where(f => f.Type == "conservative_treatment" && f.Assertion == Assertion.Present).ToList();
        foreach (var count in new[] { "20 visits / 8+ weeks", "15 visits (5+ wks)", "10 visits 08/03-08/28" })
            Assert.Contains(chiro, f => f.Evidence.Any(e => e.Text.Contains(count, StringComparison.Ordinal)));
    }

    // A therapy record's goal list answered NOT MET is the course's failure, each goal a mention; the Goals header does not plan it.
    [Fact]
    public void A_goal_answered_not_met_is_failure()
    {
        const string note = "PHYSICAL THERAPY DISCHARGE SUMMARY\nPatient: Test Patient   DOB 02/03/1961\nDischarge date: 10/06/2026\n\n"
            + "Goals: 1. ODI <30% - NOT MET. 2. walk 30 min - NOT MET. 3. sit 60 min - NOT MET.\n";
        var failed = Detect.Text(note, file: "2026-10-06-pt-discharge.txt").Where(f => f.Type == "conservative_treatment_failed").ToList();
        var unmet = Assert.Single(failed, f => f.Assertion == Assertion.Present);
        Assert.Contains(unmet.Evidence, e => e.Text.Contains("walk 30 min - NOT MET", StringComparison.Ordinal));
        Assert.DoesNotContain(failed, f => f.Assertion == Assertion.Hypothetical);
    }

    // A therapy record closing its episode because the patient stopped coming, or care broken off by a field exercise or a
    // school break: the course stopped. Closed for non-attendance is noncompliance; an episode closed with its goals met is no stop.
    [Fact]
    public void A_closed_or_interrupted_episode_is_a_stop()
    {
        const string note = "PT FLOWSHEET\nPatient: Test Patient   DOB 07/22/1992\nDate: 10/28/2026\n\n"
            + "Note 09/08: SM departs 10 SEP for Exercise IRON MERIDIAN (field exercise) ~6 wks.\n"
            + "Called x2 (10/23, 10/27), VM left, no callback. Episode closed for inactivity.\n";
        var stops = Detect.Text(note, file: "2026-10-28-pt-note.txt").Where(f => f.Type == "conservative_treatment_stopped" && f.Assertion == Assertion.Present).ToList();
        Assert.Contains(stops, f => f.Attr<string>("reason") == "noncompliance" && f.Evidence.Any(e => e.Text.StartsWith("Episode closed for inactivity", StringComparison.Ordinal)));
        Assert.Contains(stops, f => f.Evidence.Any(e => e.Text.Contains("departs 10 SEP for Exercise", StringComparison.Ordinal)));
        const string done = "PT FLOWSHEET\nPatient: Test Patient   DOB 07/22/1992\nDate: 10/28/2026\n\nAll goals met. Episode closed.\n";
        Assert.DoesNotContain(Detect.Text(done, file: "2026-10-28-pt-note.txt"), f => f.Type == "conservative_treatment_stopped" && f.Assertion == Assertion.Present);
    }

    // A therapist's own plan of care is the course under way, not a plan for later; an office note's plan stays planned.
    [Fact]
    public void A_therapy_notes_plan_is_the_course_given()
    {
        const string pt = "RIVERBEND PHYSICAL THERAPY - PROGRESS NOTE\nPatient: Test Patient   DOB 04/11/1968\nDate: 10/20/2026\n\n"
            + "Assessment: LBP, fair progress.\nPlan: PT 2x/wk x 6 wks, lumbar stabilization, manual therapy.\n";
        var given = PhysicalTherapy(pt, file: "2026-10-20-pt-note.txt");
        Assert.Contains(given, f => f.Assertion == Assertion.Present);
        Assert.DoesNotContain(given, f => f.Assertion == Assertion.Hypothetical);
        const string office = "OFFICE NOTE  10/20/2026\nPatient: Test Patient\n\nPlan: PT 2x/wk x 6 wks, lumbar stabilization.\n";
        var planned = PhysicalTherapy(office);
        Assert.Contains(planned, f => f.Assertion == Assertion.Hypothetical);
    }

    private static Finding Stop(string hpi, string noteDate = "11/20/2025")
    {
        var note = $"OFFICE NOTE  {noteDate}\nPatient: Test Patient\n\nHPI: {hpi}\n";
        return Assert.Single(Detect.Text(note), f => f.Type == "conservative_treatment_stopped" && f.Assertion == Assertion.Present);
    }

    // A stop told with its own past time ends that old course then: it says nothing about care in the request's window.
    [Theory]
    [InlineData("Tried PT about a year ago at another clinic - went 3 times and then that clinic closed.", "2024-11-20")]
    [InlineData("Quit chiropractic last year over the cost.", "2024-01-01")]
    [InlineData("Stopped PT in 2023 because it was too far to drive.", "2023-01-01")]
    public void A_stop_told_in_the_past_is_dated_then(string hpi, string end) =>
        Assert.Equal(DateOnly.Parse(end, CultureInfo.InvariantCulture), DateAttr(Stop(hpi), "endDate"));

    [Theory]
    [InlineData("Stopped PT after 3 visits because the clinic closed.")]
    // the start of the course is no end of the stop
    [InlineData("Started PT in March, stopped after 3 visits because of her work schedule.")]
    public void A_stop_without_its_own_past_time_has_no_end_date(string hpi) =>
        Assert.Null(DateAttr(Stop(hpi), "endDate"));

    // 'worse' hedged as no real change, or negated, is no worsening: the course failed for no improvement
    [Theory]
    [InlineData("No meaningful improvement after 10 weeks of PT: NPRS 7 -> 7, ODI 46% -> 48% (worse, within measurement error).", "no_improvement")]
    [InlineData("No meaningful improvement after 8 weeks of PT, not worse.", "no_improvement")]
    [InlineData("No improvement after 8 weeks of PT; pain is worse than at the start.", "worsening")]
    // the noun 'progress' is the course's gain; 'progressed' is worsening
    [InlineData("Minimal progress after 10 visits over 5 weeks of chiropractic care.", "no_improvement")]
    [InlineData("Failed 8 weeks of PT with progressive leg pain.", "worsening")]
    public void Worse_within_measurement_error_is_no_improvement(string hpi, string reason)
    {
        var note = $"OFFICE NOTE  11/20/2025\nPatient: Test Patient\n\nHPI: {hpi}\n";
        var failed = Detect.Text(note).Where(f => f.Type == "conservative_treatment_failed" && f.Assertion == Assertion.Present).ToList();
        Assert.NotEmpty(failed);
        Assert.All(failed, f => Assert.Equal(reason, f.Attr<string>("reason")));
    }

    // a therapy note's own stop or outcome that names no care is about its course; 'Pt' is the patient, not PT
    [Fact]
    public void A_therapy_notes_unnamed_stop_is_its_own_course()
    {
        const string note = "OUTPATIENT PHYSICAL THERAPY - DISCHARGE SUMMARY\nPatient: Test Patient   DOB 12/03/1972\nDischarge date: 08/07/2026\n\n"
            + "REASON FOR DISCHARGE\nPatient-initiated. Two no-shows without a call. Course of care not completed.\n";
        var stops = Detect.Text(note, file: "2026-08-07-pt-discharge.txt").Where(f => f.Type == "conservative_treatment_stopped" && f.Assertion == Assertion.Present).ToList();
        Assert.NotEmpty(stops);
        Assert.All(stops, f => Assert.Equal("physical_therapy", f.Attr<string>("modality")));
    }

    [Fact]
    public void A_chiropractic_notes_visit_count_is_chiropractic_care()
    {
        const string note = "LITTLE CREEK CHIROPRACTIC & WELLNESS\nDAILY TREATMENT NOTES\nPatient: Test Patient   DOB 06/22/1978\n\n"
            + "09/04/2026   Visit 10   RE-EXAM\nS: Pt feels maybe 10% better overall.\nA: Minimal progress after 10 visits over 5 weeks.\n";
        var found = Detect.Text(note, file: "2026-09-04-chiro-note.txt");
        Assert.DoesNotContain(found, f => f.Type == "conservative_treatment" && f.Attr<string>("modality") == "physical_therapy");
        Assert.Contains(found, f => f.Type == "conservative_treatment" && f.Attr<string>("modality") == "chiropractic");
        var failed = found.Where(f => f.Type == "conservative_treatment_failed" && f.Assertion == Assertion.Present).ToList();
        Assert.NotEmpty(failed);
        Assert.All(failed, f => Assert.Equal("chiropractic", f.Attr<string>("modality")));
        Assert.All(failed, f => Assert.Equal("no_improvement", f.Attr<string>("reason")));
    }

    [Fact]
    public void A_therapy_notes_unmet_goals_are_its_failure_even_under_the_goals_header()
    {
        const string note = "PHYSICAL THERAPY DISCHARGE SUMMARY\nPatient: Test Patient   DOB 12/03/1972\nDischarge date: 09/04/2026\n\n"
            + "GOALS\nSTG: independent with HEP - met\nLTGs 0 of 3 met (ODI < 40%; sitting 45 min)\n";
        var failed = Detect.Text(note, file: "2026-09-04-pt-discharge.txt").Where(f => f.Type == "conservative_treatment_failed").ToList();
        Assert.Contains(failed, f => f.Assertion == Assertion.Present && f.Evidence.Any(e => e.Text.StartsWith("LTGs 0 of 3", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_therapy_visits_one_word_subjective_same_is_its_course_failing()
    {
        const string note = "CHIROPRACTIC DAILY NOTE\nPatient: Test Patient   DOB 03/04/1970\n\n08/11/2026   Visit 5\nS: \"Same.\" Pain 6/10. Stiff mornings.\n"
            + "O: L4-5 restricted. P: CMT L4-5.\n\n08/13/2026   Visit 6\nS: Some days better. Pain 5/10.\n";
        var failed = Detect.Text(note, file: "2026-08-13-chiro-note.txt").Where(f => f.Type == "conservative_treatment_failed").ToList();
        Assert.Contains(failed, f => f.Assertion == Assertion.Present && f.Evidence.Any(e => e.Text.Contains("Same", StringComparison.Ordinal)));
        Assert.DoesNotContain(failed, f => f.Evidence.Any(e => e.Text.Contains("Some days", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_therapy_flowsheet_that_worsens_across_its_columns_is_its_course_failing()
    {
        const string note = "PHYSICAL THERAPY DISCHARGE SUMMARY\nPatient: Test Patient   DOB 02/03/1961\nDischarge date: 09/10/2026\n\n"
            + "                      IE 7/14      re-eval 8/11    DC 9/10\n"
            + "Oswestry              36%          41%             47%\n"
            + "NPRS (avg)            4            5               6\n"
            + "6MWT (m)              380          350             300\n"
            + "Sitting tolerance     40 min       30 min          20 min\n"
            + "Lumbar flexion        50%          50%             50%\n\n"
            + "Assessment: 9 visits, good effort; unable to progress to standing work.\n";
        var failed = Detect.Text(note, file: "2026-09-10-pt-discharge.txt").Where(f => f.Type == "conservative_treatment_failed" && f.Assertion == Assertion.Present).ToList();
        foreach (var row in new[] { "Oswestry", "NPRS (avg)", "6MWT", "Sitting tolerance", "unable to progress" })
            Assert.Contains(failed, f => f.Evidence.Any(e => e.Text.Contains(row, StringComparison.Ordinal)));
        Assert.DoesNotContain(failed, f => f.Evidence.Any(e => e.Text.Contains("Lumbar flexion", StringComparison.Ordinal)));
        // the same rows are symptom progression too (corpus README), read by the same macros (lexicons.json odi_row, pain_row, ...)
        var worse = Detect.Text(note, file: "2026-09-10-pt-discharge.txt").Where(f => f.Type == "symptom_progression" && f.Assertion == Assertion.Present).ToList();
        foreach (var row in new[] { "Oswestry", "NPRS (avg)", "6MWT", "Sitting tolerance" })
            Assert.Contains(worse, f => f.Evidence.Any(e => e.Text.Contains(row, StringComparison.Ordinal)));
        Assert.DoesNotContain(worse, f => f.Evidence.Any(e => e.Text.Contains("Lumbar flexion", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_flowsheet_whose_scores_barely_move_or_a_goal_row_is_no_worsening()
    {
        const string note = "PHYSICAL THERAPY PROGRESS NOTE\nPatient: Test Patient   DOB 02/03/1961\nDate: 09/10/2026\n\n"
            + "                      IE 7/14      Today 9/10\n"
            + "ODI                   40%          42%\n"
            + "6MWT                  300 m        290 m\n"
            + "Goal ODI              40%          30%\n";
        var failed = Detect.Text(note, file: "2026-09-10-pt-note.txt").Where(f => f.Type == "conservative_treatment_failed").ToList();
        // a 2-point ODI rise is no worsening; that it did not improve is a failure without improvement (flowsheet_odi_unchanged)
        Assert.DoesNotContain(failed, f => f.Attr<string>("reason") == "worsening");
        Assert.DoesNotContain(failed, f => f.Evidence.Any(e => e.Text.Contains("6MWT", StringComparison.Ordinal) || e.Text.Contains("Goal", StringComparison.Ordinal)));
        Assert.DoesNotContain(Detect.Text(note, file: "2026-09-10-pt-note.txt"), f => f.Type == "symptom_progression" && f.Assertion == Assertion.Present);
    }

    [Fact]
    public void A_chiropractic_reexam_and_complaint_graded_in_a_word_are_its_course_failing()
    {
        const string note = "CHIROPRACTIC RE-EXAMINATION\nPatient: Test Patient   DOB 05/06/1979\nDate: 08/20/2026\n\n"
            + "S: L buttock to lateral calf pain, no better. Does stretches most days.\n"
            + "Visit 6   07/30/26   re-exam #1 - no change\n"
            + "A: Goals met 0/4. Discharged for non-response.\n";
        var failed = Detect.Text(note, file: "2026-08-20-chiro-note.txt").Where(f => f.Type == "conservative_treatment_failed" && f.Assertion == Assertion.Present).ToList();
        foreach (var words in new[] { "no better", "no change", "Goals met 0/4", "non-response" })
            Assert.Contains(failed, f => f.Evidence.Any(e => e.Text.Contains(words, StringComparison.Ordinal)));
    }

    [Fact]
    public void A_day_range_with_the_year_on_its_end_is_dated_in_that_year()
    {
        var course = Course("PT at St. Brendan 05/05-07/18/2025, 18 visits, pain unchanged.", "physical_therapy");
        Assert.Equal(new DateOnly(2025, 5, 5), DateAttr(course, "startDate"));
        Assert.Equal(new DateOnly(2025, 7, 18), DateAttr(course, "endDate"));
    }

    [Fact]
    public void A_flowsheet_row_graded_no_change_is_a_failure_even_under_a_discharge_title()
    {
        const string note = "OUTPATIENT PT - DISCHARGE / RE-EVALUATION        Date: 9/29/2026\nPatient: Test Patient   DOB 12/03/1969\n\n"
            + "(A) LUMBAR: core stabilization, McKenzie extension progression\n(B) PROSTHETIC GAIT: step-length symmetry.\n\n"
            + "Visit | Date    | Lumbar NPRS | Notes\n"
            + " 2    | 8/18/26 | 7/10        | Tolerated prone press-ups.\n"
            + " 3    | 8/25/26 | 6/10        | Slept better.\n"
            + " 4    | 9/01/26 | 7/10        | Flare after yard work.\n"
            + " 5    | 9/08/26 | 7/10        | No change. HEP compliance good per log.\n"
            + " 6    | 9/15/26 | 7/10        | Plateau. Manual tx gives relief.\n"
            + "Hip ROM | 9/15/26 | same |\n";
        var failed = Detect.Text(note, file: "2026-09-29-pt-discharge.txt").Where(f => f.Type == "conservative_treatment_failed" && f.Assertion == Assertion.Present).ToList();
        foreach (var words in new[] { "No change", "Plateau" })
            Assert.Contains(failed, f => f.Evidence.Any(e => e.Text.Contains(words, StringComparison.Ordinal)));
        Assert.DoesNotContain(failed, f => f.Evidence.Any(e => e.Text == "same"));
    }
}
