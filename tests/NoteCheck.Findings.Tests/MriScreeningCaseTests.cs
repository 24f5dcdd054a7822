using NoteCheck.Core;

namespace NoteCheck.Findings.Tests;

/// <summary>
/// MRI safety screens and sedation clearances (writer AA traps, helper peds5): a screening form's rows answered no,
/// a clearance, a request form's label, and a differential; a "Y" row or a real contraindication stays as written.
/// </summary>
public class MriScreeningCaseTests : DetectorCaseTable
{
    protected override ImagingRequest? Request { get; } = new() { RequestDate = new DateOnly(2026, 11, 20), Patient = new Patient(null, new DateOnly(2018, 3, 14), "M") };

    public static TheoryData<string, string, string> Cases => new()
    {
        // tick-box pairs read Yes then No; a question answered No; a prior MRI told with how it went; a history's negated implant list
        { "MRI SCREEN   Y   N\n[ ] [x] Cochlear implant\n[ ] [x] Drug pump\n", "mri_contraindication(reason=cochlear_implant)", "absent, not present" },
        { "                        YES   NO\n Cerebral aneurysm clip        [ ]   [x]\n", "mri_contraindication(reason=aneurysm_clip)", "absent, not present" },
        { "                        YES   NO\n Heart pacemaker or ICD        [x]   [ ]\n", "mri_contraindication", "not absent" },
        { "                        YES   NO\n Nerve stimulator             [ ]   [x]   (her father has one)\n", "mri_contraindication", "not absent" },
        { "Is MRI contraindicated?   [ ] Yes   [x] No", "mri_contraindication", "absent" },
        { "Her knee MRI in 2022 went fine without any sedation.", "mri_contraindication", "absent, not present" },
        { "Prior head MRI at age 4 was normal and uneventful.", "mri_contraindication", "absent" },
        { "His MRI in 2024 was aborted after 3 minutes and could not be completed without sedation.", "mri_contraindication", "not absent" },
        { "Plan: MRI lumbar spine without contrast.", "mri_contraindication", "none" },
        { "PMH: hypothyroidism. No implants, no metal, no pacemaker.", "mri_contraindication", "absent, not present" },
        { "CV: no palpitations, no ICD shocks.", "mri_contraindication", "none" },
        // a missing device document is no device screen: the clip is there, its papers are not
        { "PMH: SAH 2015 s/p aneurysm clipping abroad - no implant card, records not available for MRI.", "mri_contraindication", "not absent" },
        // a questionnaire row answered by a ticked box before the word; a relative's device or a turned answer is not the patient's no
        { "   Pacemaker/defibrillator ......... [x] No\n", "mri_contraindication(reason=pacemaker_icd)", "absent, not present" },
        { "MRI safety: Metal in eyes [X] No\n", "mri_contraindication(reason=metallic_foreign_body)", "absent" },
        { "   Nerve stimulator ..... [x] No  (my brother has one)\n", "mri_contraindication", "not absent" },
        { "   Shrapnel ..... [x] No but a BB in my hand from childhood\n", "mri_contraindication", "not absent" },
        // a patient's form row ticked yes with the patient's own words is their report, possible; a claustrophobia row or a bare clinician tick is not this
        { "MRI safety: Pacemaker/defibrillator [x] Yes \"ICD for my heart\"\n", "mri_contraindication(reason=pacemaker_icd)", "possible, not present" },
        { "   [x] Stimulator/implant  \"bladder stimulator I got in 2020\"\n", "mri_contraindication(reason=neurostimulator)", "possible" },
        { "Are you claustrophobic?   [X] Yes  \"a little, I dont like elevators\"\n", "mri_contraindication", "not possible" },
        // severe or lifelong claustrophobia that failed sedation is the inability (interpretation.md); alone, a claim that it rules
        // MRI out, mild or tolerated it is not
        { "Lifelong severe claustrophobia (locked in a shed as a boy).", "mri_contraindication(reason=claustrophobia)", "not present" },
        { "Severe claustrophobia refractory to oral lorazepam; two scans aborted.", "mri_contraindication(reason=claustrophobia)", "present" },
        { "Long-standing claustrophobia - failed oral lorazepam 10/02.", "mri_contraindication(reason=claustrophobia)", "present" },
        { "Severe claustrophobia, yet he tolerated the open scanner in 2024.", "mri_contraindication", "not present" },
        { "Mild claustrophobia, manageable with music.", "mri_contraindication", "absent, not present" },
        // after MRI is discussed, a named thing said not to stand in its way is no contraindication; CT or pain as the subject is not about MRI
        { "MRI lumbar spine pending safety review. The insulin sensor is not the issue (it comes off).", "mri_contraindication(reason=other)", "absent" },
        { "Lumbar MRI requested. His nose piercing is not a reason to avoid MRI.", "mri_contraindication", "absent" },
        { "MRI lumbar spine pending. CT is not a problem for his stent.", "mri_contraindication", "none" },
        { "The tattoo is not an issue.", "mri_contraindication", "none" },
        // the MRI out of reach in so many words, a specialist's no, an awake scan not feasible, panic on entry, artifact only MRI has
        { "MRI not obtainable: retained metal fragment in the right orbit.", "mri_contraindication", "present" },
        { "CT requested given her inability to have MRI.", "mri_contraindication", "present" },
        { "If she cannot get an MRI slot this month, CT.", "mri_contraindication", "not present" },
        { "Imaging per primary team; MRI unavailable (pacemaker).", "mri_contraindication", "present" },
        { "MRI unavailable this weekend; CT ordered instead.", "mri_contraindication", "not present" },
        { "His cardiologist has told him no MRI with this generator.", "mri_contraindication", "present" },
        { "MRI was denied last year by radiology after orbit films.", "mri_contraindication", "present" },
        { "MRI was denied by insurance.", "mri_contraindication", "not present" },
        { "Not a candidate for awake MRI.", "mri_contraindication(reason=other)", "present" },
        { "She cannot cooperate with an MRI awake and will need general anesthesia.", "mri_contraindication", "not present" },
        { "He had a panic attack on entering the scanner and climbed off the table.", "mri_contraindication(reason=claustrophobia)", "present" },
        { "Extensive susceptibility artifact from the rods obscures the canal.", "mri_contraindication(reason=non_diagnostic)", "present" },
        { "Expect some susceptibility artifact near the generator.", "mri_contraindication", "not present" },
        // any implant stated or listed MR Conditional/Safe; nothing preventing MRI; a relative's device beside the screen
        { "Her loop recorder is MR Conditional and was interrogated after the scan.", "mri_contraindication", "absent, not present" },
        { "Clip: cobalt alloy - manufacturer lists it as MR Safe.", "mri_contraindication", "absent" },
        { "Unclear whether the port is MR Conditional; will confirm.", "mri_contraindication", "not absent" },
        { "The generator is labeled MR Conditional only as a complete system with matched leads.", "mri_contraindication", "not absent" },
        { "Told the family there is nothing preventing MRI.", "mri_contraindication", "absent" },
        { "Reviewed by the radiologist. OK to scan at 3 T.", "mri_contraindication", "absent" },
        { "MRI screen: no pacemaker (his father has one - not relevant to him).", "mri_contraindication", "family" },
        { "Her father has an ICD for cardiomyopathy.", "mri_contraindication", "none" },
        { " 4. Orthopedic hardware / joint replacement ..... No", "mri_contraindication", "absent, not present" },
        // a device's MR status still to confirm, and a hedged verdict, are possible
        { "CT may be needed: her pacemaker system has an abandoned lead; will ask cardiology to confirm MR status.", "mri_contraindication(reason=pacemaker_icd)", "possible, not present" },
        { "Cardiology confirms the pacemaker is not MR conditional.", "mri_contraindication", "present, not possible" },
        { "He has an ICD so MRI is probably out.", "mri_contraindication", "possible, not present" },
        // round 7 (neuro7): attempts stopped before images, anesthesia refusing, habitus, unreadable images, MR Conditional devices
        { "10/01/2026 repeat attempt after lorazepam 2 mg PO in the wide-bore unit - again terminated, no images.", "mri_contraindication", "present" },
        { "Tried open MRI 10/2 w/ lorazepam 2 mg again - could not tolerate, aborted.", "mri_contraindication", "present" },
        { "Anesthesia will not sedate him for MRI (severe OSA, BMI 44).", "mri_contraindication(reason=sedation_unsafe)", "present" },
        { "Pt weighed in at 498 lb and was turned away.", "mri_contraindication(reason=body_habitus)", "present" },
        { "IMPRESSION: Axial images at L3-4 and L4-5 are not interpretable.", "mri_contraindication(reason=non_diagnostic)", "present" },
        { "ICD so no MRI.", "mri_contraindication(reason=pacemaker_icd)", "present" },
        { "The pacemaker is MR Conditional and was scanned without incident in August.", "mri_contraindication", "absent" },
        { "The generator is MR Conditional but the abandoned leads are not.", "mri_contraindication", "not absent" },
        { "If imaging becomes necessary, MRI is feasible.", "mri_contraindication", "not present" },
        // a device word inside another word ('incident', 'physician') names no device
        { "MRI contraindicated per the physician: pacemaker.", "mri_contraindication(reason=cochlear_implant)", "none" },
        { "MRI SAFETY SCREEN (patient)\n  Pacemaker / ICD ............ No\n  Cochlear implant ........... No", "mri_contraindication(reason=pacemaker_icd)", "absent, not present" },
        { "MRI SAFETY SCREEN (patient)\n  Pacemaker / ICD ............ No\n  Cochlear implant ........... No", "mri_contraindication(reason=cochlear_implant)", "absent, not present" },
        { "Does the PATIENT have any of the following?  (Y / N)\n  Cochlear / ear implant .............................   N\n  Aneurysm clip ......................................   N", "mri_contraindication(reason=aneurysm_clip)", "absent, not present" },
        { "  Metal in eyes / metal worker .......................   N\n", "mri_contraindication(reason=metallic_foreign_body)", "absent, not present" },
        { "  Cardiac pacemaker or defibrillator (ICD) ...........   Y\n", "mri_contraindication(reason=pacemaker_icd)", "not absent" },
        { "PLAN: OK for MRI under sedation. Tentative slot 11/24/2026 07:30.", "mri_contraindication", "absent, not present" },
        { "- Patient CLEARED for MRI. No sedation needed.", "mri_contraindication", "absent, not present" },
        // a safety review clears implants and metal, never the artifact the report tells of (reason device_other)
        { "Decision: CLEARED for 1.5T. Filter is not a safety contraindication.", "mri_contraindication(reason=device_other)", "absent, not present" },
        { "IMPRESSION: Non-diagnostic; marked susceptibility artifact from the filter. Filter is not a safety contraindication.", "mri_contraindication(reason=non_diagnostic)", "present" },
        { "Radiology: MRI not cleared for MRI until the BB is removed.", "mri_contraindication", "not absent" },
        { "Requested study: MRI lumbar spine w/o contrast (ordering: Peds Ortho)", "prior_imaging", "not present" },
        { "Exam requested: MRI lumbar spine + pelvis w/o contrast", "prior_imaging", "not present" },
        { "Differential: osteoid osteoma of the posterior elements.", "spinal_tumor", "possible, not present" },
        { "I am comfortable with CT, which shows an osteoid osteoma nidus well.", "spinal_tumor", "none" },
        { "MRI L-spine 10/2: 9 mm osteoid osteoma of the L3 lamina.", "spinal_tumor", "present" },
        // ex-v6 (t2-mri): an MRI gone through told after the MRI is named, a report's technique line, Yes/No rows, clearances by field or officer
        { "Brain MRI 2023 at Hillcrest: normal. She tolerated it without sedation.", "mri_contraindication", "absent, not present" },
        { "MRI of the knee last spring. He tolerated it poorly and it was stopped.", "mri_contraindication", "not absent" },
        { "Asked whether he tolerated the exam without sedation.", "mri_contraindication", "none" },
        { "MRI LUMBAR SPINE WITHOUT CONTRAST   Exam date: 03/02/2026\nTECHNIQUE: Sagittal T1, T2 and STIR; axial T2. Oral diazepam given. Small bore. Exam completed in full. Good diagnostic quality.", "mri_contraindication(reason=non_diagnostic)", "absent, not present" },
        { "MRI LUMBAR SPINE WITHOUT CONTRAST   Exam date: 03/02/2026\nTECHNIQUE: Sagittal T1, T2 and STIR; axial T2. Oral diazepam given. Small bore. All planned sequences completed.", "mri_contraindication(reason=claustrophobia)", "absent, not present" },
        { "MRI LUMBAR SPINE WITHOUT CONTRAST   Exam date: 03/02/2026\nTECHNIQUE: Sagittal T1 and T2. Study limited. Image quality is not diagnostic at L4-5.", "mri_contraindication", "not absent" },
        { "SAFETY SCREEN\nNeurostimulator / pump:   [ ] Yes  [X] No\n", "mri_contraindication(reason=neurostimulator)", "absent, not present" },
        { "SAFETY SCREEN\nNeurostimulator / pump:   [X] Yes  [ ] No\n", "mri_contraindication", "not absent" },
        { "Contraindication to MRI:  [ ] Yes  [X] No", "mri_contraindication", "absent" },
        { "                        YES   NO\nClaustrophobia               [ ]   [x]   knee MRI 2022 without trouble\nWeight > 180 kg              [ ]   [x]   91 kg\n", "mri_contraindication(reason=body_habitus)", "absent, not present" },
        { "Spinal cord stimulator     [ ]   [x]   but her sister has one", "mri_contraindication", "not absent" },
        { "MR safety officer: cleared for 3T. Screening otherwise negative.", "mri_contraindication", "absent, not present" },
        { "Will be cleared for 1.5T only if the lead is capped.", "mri_contraindication", "not absent" },
        { "Depression screening negative.", "mri_contraindication", "none" },
        { "Vagal nerve stimulator - MR Conditional per the manufacturer's registry.", "mri_contraindication", "absent, not present" },
        { "MRI safety review: the shunt valve is not a safety contraindication.", "mri_contraindication", "absent, not present" },
        { "Plan: MRI itself is not contraindicated; CT chosen to measure attenuation.", "mri_contraindication", "absent, not present" },
        { "PMH: asthma, GERD.\nPSH: none. No implants.", "mri_contraindication(reason=device_other)", "absent" },
        // ex-v6 (t2-mri): the 'C/I' shorthand, a bare 'NO MRI (device)', refusals by radiology, no scanner for the weight, artifact MRI cannot beat
        { "3. MRI C/I - CRT-D with a capped lead.", "mri_contraindication", "present" },
        { "3. MRI C/I - claustrophobia.", "mri_contraindication(reason=claustrophobia)", "possible, not present" },
        { "Per neuro-ophthalmology: NO MRI (retained metal fragment, L orbit).", "mri_contraindication(reason=metallic_foreign_body)", "present" },
        { "Cannot MRI (cochlear implant); CT if the EMG shows a radiculopathy.", "mri_contraindication(reason=cochlear_implant)", "present" },
        { "No MRI yet (pt prefers to wait until after the holidays).", "mri_contraindication", "none" },
        { "NO MRI (stimulator is MR Conditional, just not booked yet).", "mri_contraindication", "not present" },
        { "MRI declined by radiology - shrapnel of unknown alloy beside the conus.", "mri_contraindication", "present" },
        { "The attending neuroradiologist decided against MRI after the orbit films.", "mri_contraindication", "present" },
        { "The patient decided against MRI and wants CT.", "mri_contraindication", "not present" },
        { "Radiology says no MRI within 150 miles is rated for his weight.", "mri_contraindication(reason=body_habitus)", "present" },
        { "Procedural sedation for a 40 min MRI at the outpatient center: unsafe.", "mri_contraindication(reason=sedation_unsafe)", "present" },
        { "The L3-4 foramina are non-diagnostic despite metal-artifact-reduction sequences.", "mri_contraindication(reason=non_diagnostic)", "present" },
        { "A second MRI would not overcome the titanium artifact.", "mri_contraindication(reason=non_diagnostic)", "present" },
        { "Expect substantial susceptibility artifact from the cage.", "mri_contraindication", "not present" },
        // t5-mri: every item a safety screen answers no; a system not MR conditional however the line wraps; MRI of any body part;
        // width over the bore; an attempt that failed despite sedation; an MR report's verdict that the exam was not completed
        { "Lungs clear.\nMRI screen (father): no implants, no metal, no\n  devices.", "mri_contraindication(reason=device_other)", "absent, not present" },
        { "MRI SAFETY: cleared by the tech.\nEar tubes - none; metal/BBs - none; prior eye injury - none.", "mri_contraindication(reason=metallic_foreign_body)", "absent, not present" },
        { "Our MR safety committee does not approve scanning. CT needs no device reprogramming.", "mri_contraindication", "not absent" },
        { "PSH: appendectomy. No metal.", "mri_contraindication", "none" },
        { "Device: single-chamber ICD with an abandoned lead - NOT MR\nconditional per the device clinic.", "mri_contraindication", "present, not absent" },
        { "The loop recorder is not an MR-conditional device.", "mri_contraindication", "present" },
        { "The capped lead excludes the system from any MR-conditional pathway.", "mri_contraindication", "present" },
        { "The generator is MR conditional at 1.5 T.", "mri_contraindication", "absent, not present" },
        { "Neurosurgery: no MRI of any body part while the clip is in place.", "mri_contraindication", "present" },
        { "MRI at 1.5 T or 3 T is not permitted for this patient.", "mri_contraindication", "present" },
        { "MRI at 3 T is not permitted; 1.5 T is fine.", "mri_contraindication", "not present" },
        { "Body-coil imaging (needed for the pelvis) is not permitted with this receiver.", "mri_contraindication", "present" },
        { "Wide-bore unit: his abdominal girth of 76 cm exceeds the 70 cm bore.", "mri_contraindication(reason=body_habitus)", "present" },
        { "Bore 70 cm; her hip width of 61 cm does not exceed the bore.", "mri_contraindication", "not present" },
        { "Lumbar MRI 10/02 aborted twice despite oral lorazepam and IV midazolam.", "mri_contraindication(reason=claustrophobia)", "present" },
        { "Open MRI attempt: claustrophobia not controlled with oral sedation.", "mri_contraindication(reason=claustrophobia)", "present" },
        { "Knee MRI completed uneventfully after lorazepam premedication.", "mri_contraindication", "not present" },
        { "MRI LUMBAR SPINE W/O CONTRAST - EXAM NOT COMPLETED\nLocalizer only; patient could not lie flat.", "mri_contraindication", "present" },
        { "MRI lumbar spine: exam not completed - patient arrived late, rescheduled.", "mri_contraindication", "not present" },
        { "Neuro exam not completed because of hip pain; MRI ordered.", "mri_contraindication", "none" },
        // t5-mri: claustrophobia claimed to rule MRI out, with no sedation tried, is possible; failed sedation stays present
        { "The adjuster writes that she is claustrophobic and cannot have an MRI.", "mri_contraindication(reason=claustrophobia)", "possible, not present" },
        { "[X] MRI contraindicated   reason: claustrophobia", "mri_contraindication(reason=claustrophobia)", "possible, not present" },
        { "[X] MRI contraindicated / not possible: claustrophobia", "mri_contraindication(reason=claustrophobia)", "possible, not present" },
        { "Daughter says he can't do MRI again - too claustrophobic.", "mri_contraindication(reason=claustrophobia)", "possible, not present" },
        { "She is claustrophobic and could not complete the MRI despite lorazepam 1 mg.", "mri_contraindication", "present" },
        // t5-mri: an MRI completed with premedication, or with none, says claustrophobia did not prevent it
        { "MRI L-spine 09/14 at the imaging center (done w/ alprazolam 0.5 mg, completed, good quality).", "mri_contraindication", "absent, not present" },
        { "Had a shoulder MRI in 2021 and finished it with no meds and no problems.", "mri_contraindication", "absent, not present" },
        { "MRI 09/14 with lorazepam 1 mg - aborted at 3 minutes, no images.", "mri_contraindication", "not absent" },
        { "Takes lorazepam 0.5 mg at night for sleep, which is fine.", "mri_contraindication", "none" },
        // t5-mri: artifact foreseen for a study not yet done is possible; a report's non-diagnostic images stay present
        { "CT is better here; an MRI would be degraded by the rods and cages.", "mri_contraindication(reason=non_diagnostic)", "possible, not present" },
        { "IVC filter: MR Conditional; expect marked local susceptibility artifact.", "mri_contraindication(reason=non_diagnostic)", "possible, not present" },
        { "Expect some artifact near the port.", "mri_contraindication", "not possible" },
        // t5-mri: MRI ruled out by a named device in a clinician's words, or ordered not to be performed
        { "Device clinic letter on file: MRI is out because of the ICD and its abandoned lead.", "mri_contraindication(reason=pacemaker_icd)", "present" },
        { "Her pacer cannot go in the MRI per the device clinic.", "mri_contraindication(reason=pacemaker_icd)", "present" },
        { "MRI: not to be performed - capped abandoned lead, system not MR conditional.", "mri_contraindication", "present" },
        { "If the pacer cannot go in the MRI, we will get CT.", "mri_contraindication", "not present" },
        { "Son thinks MRI is out because of claustrophobia.", "mri_contraindication", "not present" },
    };
}
