using NoteCheck.Core;

namespace NoteCheck.Findings.Tests;

/// <summary>
/// The imaging types (prior_imaging, patient_identity, mri_contraindication, ct_preferred, indeterminate_imaging_finding,
/// clinically_unevaluable) on real sentences: positive, negated, and distractors that must not read as present
/// (a study being ordered or ruled out is not a prior study; a patient's wish is not a contraindication).
/// </summary>
public class ImagingDetectorCaseTests : DetectorCaseTable
{
    private static readonly ImagingRequest Adult = new() { RequestDate = new DateOnly(2026, 8, 1), Patient = new Patient(null, new DateOnly(1970, 1, 1), "F") };

    protected override ImagingRequest? Request => Adult;

    public static TheoryData<string, string, string> Cases => new()
    {
        // an indeterminate finding carries the study that left it unsettled (another study's, in a report's indication)
        { "INDICATION: Follicular thyroid carcinoma. Indeterminate mild FDG uptake L3 vertebral body on PET/CT 04/28/2026.", "indeterminate_imaging_finding(modality=other)", "present" },
        { "INDICATION: Follicular thyroid carcinoma. Indeterminate mild FDG uptake L3 vertebral body on PET/CT 04/28/2026.", "indeterminate_imaging_finding(modality=mri)", "none" },
        { "Lumbar x-ray today: indeterminate lucency of the L3 superior endplate, fracture not excluded.", "indeterminate_imaging_finding(modality=xray)", "present" },
        // a vertebral bone-scan focus named without a verdict is unsettled; one at a known metastasis, or none, is not
        { "IMPRESSION: New solitary focus of increased uptake at the left L3 pedicle.", "indeterminate_imaging_finding", "present" },
        { "Findings: focal moderately intense radiotracer uptake in the L4 vertebral body.", "indeterminate_imaging_finding", "present" },
        { "Persistent focal uptake at the known L1 metastasis, unchanged.", "indeterminate_imaging_finding", "none" },
        { "Bone scan 02/10/2026: new focal L2 uptake, CT recommended.", "indeterminate_imaging_finding", "present" },
        { "Now nocturnal back pain with a NEW L3 bone-scan focus and a rising tumor marker.", "indeterminate_imaging_finding", "present" },
        { "L3: new focal moderate uptake in the right L3 vertebral body, not present on 10/2025.", "indeterminate_imaging_finding", "present, not absent" },
        { "Spine and sacrum without focal uptake.", "indeterminate_imaging_finding", "not present" },
        // a finding whose age the study cannot tell, in a sentence of its own or before the CT it asks for
        { "No prior films for comparison; acute vs chronic cannot be determined.", "indeterminate_imaging_finding", "present" },
        { "Outside x-ray report: possible L2 compression fx, age indeterminate, CT recommended.", "indeterminate_imaging_finding", "present" },
        { "Acute vs chronic kidney injury cannot be determined from one creatinine.", "indeterminate_imaging_finding", "none" },
        // a study's bare verdict, and a hedged bony finding, are unsettled; a plan's condition is not
        { "Pelvis x-ray indeterminate. MRI of the SI joints next.", "indeterminate_imaging_finding", "present" },
        { "XR 10/02: possible L4-5 endplate irregularity, limited by habitus.", "indeterminate_imaging_finding", "present" },
        { "CT L-spine first; CT myelogram only if CT equivocal.", "indeterminate_imaging_finding", "none" },
        { "Possible weight gain since the last visit.", "indeterminate_imaging_finding", "none" },
        { "Radiographs: L1 wedging; canal cannot be assessed on radiographs.", "indeterminate_imaging_finding", "present" },
        { "Gait cannot be assessed today; patient in wheelchair.", "indeterminate_imaging_finding", "none" },
        // films still to come are a hypothetical study, not a prior one; a film ordered for a limb is no spine study
        { "Plan: repeat XR of the lumbar spine in 6 wks.", "prior_imaging", "hypothetical, not present" },
        { "Return to clinic 4 wks w/ standing films.", "prior_imaging", "hypothetical, not present" },
        { "No lumbar x-rays ordered yet.", "prior_imaging", "absent, not hypothetical" },
        // an MRI, CT myelogram, repeat CT or spine imaging ordered, booked, recommended or still to come is a hypothetical study;
        // the requested lumbar CT itself, a 'need', a contraindicated, declined or cancelled one, or one with its result is not
        { "For surgical planning I am ordering MRI lumbar spine without contrast (72148).", "prior_imaging(modality=mri)", "hypothetical, not present" },
        { "Pain ~7 wks now, same pattern. MRI scheduled 12/03 w/ sedation.", "prior_imaging(modality=mri)", "hypothetical, not present" },
        { "Emergent CT lumbar spine w/o contrast now; if nondiagnostic, CT myelogram tonight.", "prior_imaging(modality=ct_myelogram)", "hypothetical" },
        { "Repeat CT lumbar spine w/o contrast ordered for ~1 week after discharge.", "prior_imaging(modality=ct)", "hypothetical, not present" },
        { "Chiropractic letter: I recommend advanced imaging and your evaluation.", "prior_imaging", "hypothetical" },
        { "Date: 11/20/2026    Requested procedure: MRI lumbar spine without contrast (approx. 45-55 min)", "prior_imaging(modality=mri)", "hypothetical, not present" },
        { "Restarted PT 10/06. Neurosurgery recommended MRI w/wo contrast.", "prior_imaging(modality=mri)", "hypothetical, not present" },
        { "ICD not MR conditional per device card => MRI is CONTRAINDICATED.", "prior_imaging", "not hypothetical" },
        { "MRI L-spine w/wo recommended; pt declines MRI.", "prior_imaging", "not hypothetical" },
        { "MRI L-spine ordered 10/02 showed a broad-based L4-5 protrusion.", "prior_imaging", "not hypothetical" },
        { "Pacemaker, MRI contraindicated. Will order CT L-spine w/o contrast (72131).", "prior_imaging", "not hypothetical" },
        { "Red flags present. Needs advanced imaging.", "prior_imaging", "not hypothetical" },
        { "Plan: I would ordinarily obtain an MRI. He panicked in a scanner in 2019.", "prior_imaging", "not hypothetical" },
        { "P: Ordering CT myelogram L-spine (72132 + myelography) since MRI didn't explain symptoms.", "prior_imaging", "not hypothetical" },
        // an MRI or CT slot offered for a date is still to come; an offer declined is no plan; a dated study that showed something was done
        { "Offered lumbar MRI 12/03; will call to confirm.", "prior_imaging", "hypothetical, not present" },
        { "CT L-spine slot offered for 12/04/2026.", "prior_imaging", "hypothetical, not present" },
        { "Offered MRI L-spine 12/03 but she declined.", "prior_imaging", "not hypothetical, not present" },
        { "MRI L-spine 10/14 showed a broad-based protrusion.", "prior_imaging", "present, not hypothetical" },
        // a study denied in a few words, or a scan with no images, is none done; an MRI barrier's verdict is not
        { "Back pain for 9 weeks. No MRI.", "prior_imaging", "absent" },
        { "No completed MRI, no CT.", "prior_imaging(~no CT)", "absent" },
        { "Second attempt aborted. No diagnostic images obtained.", "prior_imaging", "absent" },
        { "Legacy pacemaker, not MR conditional, so no MRI.", "prior_imaging", "none" },
        { "No MRI needed at this time.", "prior_imaging", "not absent" },
        { "Tender over the anatomic snuffbox -> XR ordered.", "prior_imaging", "none" },
        // a done study told after a list that denied other things ('no implants, no claustrophobia, had an MRI') was done
        { "No implants, no claustrophobia, had a brain MRI in 2019 without difficulty.", "prior_imaging", "present, not absent" },
        { "Imaging: CT T/L-spine 07/21: ankylosed T8-S1, nondisplaced fracture line through L2.", "prior_imaging(region=lumbar)", "present" },
        // a study never had, without its region; a record number after a birth date is no MRI
        { "Declines the slot. Never had an MRI; no anxiolytic tried.", "prior_imaging(modality=mri)", "absent" },
        { "PATIENT: DOE, JANE      DOB: 05/30/1961     MR#: 0448-1192", "prior_imaging", "none" },
        // the requested study argued for or cleared in a letter is no done study
        { "From an otologic standpoint there is no contraindication to MRI of the lumbar spine at 1.5 T.", "prior_imaging", "none" },
        { "I believe CT of the lumbar spine is medically necessary to evaluate for disc herniation.", "prior_imaging", "not present" },
        // no further imaging told with its region, as 'no need for' or as a recommendation
        { "Healed at 12 wk. No need for further imaging.", "overlap_justified", "absent" },
        { "No further imaging of the spine is needed on the basis of this exam.", "overlap_justified", "absent" },
        { "Radiology recommended no further imaging unless neuro change.", "overlap_justified", "absent" },
        // reads the type with its assertion
        { "Lumbar spine MRI 01/12/2026 showed a small L4-5 protrusion.", "prior_imaging", "present" },
        { "Outside x-ray of the lumbar spine revealed grade 1 L5-S1 spondylolisthesis.", "prior_imaging", "present" },
        { "Imaging: Pelvis/SI x-ray 12/2025: equivocal SI joint sclerosis.", "prior_imaging", "present" },
        { "Bone scan 05/04/2026: focal L3 uptake, indeterminate, ?metastasis.", "prior_imaging", "present" },
        { "Hemisacrum seen on pelvic x-ray.", "prior_imaging", "present" },
        { "HPI: back pain. She has never had an MRI of the lumbar spine.", "prior_imaging", "absent" },
        { "She had an MRI of the lumbar spine with and without contrast 03/02/2026: a small L2 hemangioma.", "prior_imaging", "present" },
        { "Restaging FDG PET/CT 09/14/2026: new focus at T11.", "prior_imaging", "present" },
        { "Osteopenia on DXA 2024, on alendronate.", "prior_imaging", "present" },
        { "Standing flexion-extension films showed 5 mm of translation at L4-5.", "prior_imaging", "present" },
        { "X-rays today (AP/lateral, in clinic): hardware unchanged.", "prior_imaging", "present" },
        { "IMAGING: None available.", "prior_imaging", "absent" },
        // no study of any kind; a study with its result or its doing after it; a contraindicated or planned MRI is no study
        { "ROS negative. No hx of cancer. No prior L-spine imaging.", "prior_imaging", "absent" },
        { "No prior back problems, no back surgery, no imaging.", "prior_imaging", "absent" },
        { "2 mm motion at L4-5 on flex/ext. Prior CT: none since surgery.", "prior_imaging", "absent" },
        { "CT has not been done yet - waiting on insurance.", "prior_imaging", "absent, not present" },
        { "HPI: No imaging findings of infection.", "prior_imaging", "none" },
        { "Dx: 2. Low back pain, r/o vertebral osteomyelitis -- MRI negative.", "prior_imaging", "present" },
        { "Why CT although MRI was done 5 weeks ago: it answers the neural question only.", "prior_imaging", "present" },
        { "If the MRI is negative we will stop antibiotics.", "prior_imaging", "not present" },
        // films taken in clinic told with their projection, position or brace before 'today', an EOS with its date, films
        // reviewed, and films with their verdict after where they were taken: studies done; one still to come or a condition is not
        { "XR standing PA out of brace today: R thoracic T6-T12 37 deg, Risser 2.", "prior_imaging(modality=xray)", "present" },
        { "Upright lateral in TLSO today: height loss unchanged.", "prior_imaging(modality=xray)", "present" },
        { "Will get XR standing PA today if the pain persists.", "prior_imaging", "not present" },
        { "EOS standing PA/lat 10/20/2026: right thoracic curve 47 deg.", "prior_imaging(modality=xray)", "present" },
        { "Imaging: Outside films reviewed from CD: L2 anterior wedging of about 30%.", "prior_imaging(modality=xray)", "present" },
        { "Per the patient, the x-rays at the resort were negative.", "prior_imaging(modality=xray)", "present" },
        { "If the x-rays are negative we will hold off on the brace.", "prior_imaging", "not present" },
        // a dated study of the heart or vessels by its abbreviation is a study done; a scheduled one, or an echo value, is not
        { "TTE 10/14: no vegetation.", "prior_imaging(modality=other)", "present" },
        { "CTA chest/abd/pelvis 09/30/2026 without aneurysm.", "prior_imaging", "present" },
        { "Venous duplex 11/02 scheduled.", "prior_imaging", "not present" },
        { "Pulmonary hypertension (echo 03/2026 RVSP 50 mmHg).", "prior_imaging", "none" },
        // films named by region and views before 'today' were taken in clinic; an order for them is not a study done
        { "XR L-spine 2 views today: normal alignment.", "prior_imaging(modality=xray)", "present" },
        { "Will order XR L-spine 2 views today.", "prior_imaging", "not present" },
        // a study told as done or answered is a study done; one awaited is not
        { "I explained the MRI already answered the question (no fracture line).", "prior_imaging(modality=mri)", "present" },
        { "CT needed although MRI was done 5 weeks ago.", "prior_imaging", "present" },
        { "Neurosurgery referral once CT done.", "prior_imaging", "not present" },
        // a differential leaves the result open; a comparison with an earlier study ('stable vs 2025') does not
        { "XR today (standing): thoracic curve 15 deg, stable vs 2025.", "prior_imaging", "present" },
        { "XR today (standing): thoracic curve 15 deg, stable vs 2025.", "prior_imaging(result=inconclusive)", "none" },
        { "MRI L-spine 10/02/2026: dorsal fluid collection, seroma vs abscess.", "prior_imaging(result=inconclusive)", "present" },
        { "Stimulator is not MR-conditional. Lumbar MRI is therefore contraindicated.", "prior_imaging", "not present" },
        { "MRI is contraindicated. Plan CT lumbar spine and sacrum (low-dose pediatric protocol) to define the conus.", "prior_imaging", "not present" },
        { "Plan EMG/NCS this week, CT lumbar spine without contrast, surgical referral.", "prior_imaging", "not present" },
        { "Under fluoroscopic guidance the needle was advanced; fluoroscopy confirmed the level.", "prior_imaging", "not present" },
        { "Plan: DXA next year and a screening mammogram.", "prior_imaging", "not present" },
        // the requested study after an arrow or with its urgency before the CPT code is an order, not a prior study
        { "Body-coil MRI is prohibited; a CT myelogram would delay decompression -> CT L-spine w/o contrast STAT (72131).", "prior_imaging", "not present" },
        { "Assessment: pacemaker, not MR conditional => CT lumbar spine without contrast today (72131).", "prior_imaging", "not present" },
        { "MRI lumbar spine 04/02/2026 -> L4-5 protrusion, no stenosis.", "prior_imaging", "present" },
        // a spine radiograph named by its views is a study done; one ordered is not
        { "X-RAYS: Two views of the lumbar spine today show mild facet arthropathy.", "prior_imaging(modality=xray)", "present" },
        { "XR 8/5 (outside): L-spine 5 views: normal alignment, no spondylolysis.", "prior_imaging(modality=xray)", "present" },
        { "XR T-L junction / lumbar spine 2 views (in clinic, prelim read by radiology): L1 wedge.", "prior_imaging(modality=xray)", "present" },
        { "Will obtain lumbar spine 2 views with flexion/extension at the next visit.", "prior_imaging", "not present" },
        { "Knee: XR L knee 2 views today - healing fibular neck fracture.", "prior_imaging(modality=mri)", "none" },
        // a read with a differential, an abscess not excluded, or artifact limiting it is inconclusive
        { "Seen in the ED 11/07 - MRI L-spine w/wo (11/07/2026) read as \"dorsal fluid collection, seroma vs pseudomeningocele; no definite dural defect identified.\"", "prior_imaging(result=inconclusive)", "present" },
        { "09/28/2026 MRI w/wo: large posterior collection, abscess not excluded, limited by screw artifact.", "prior_imaging(result=inconclusive)", "present" },
        { "MRI lumbar spine 03/02/2026: L4-5 disc protrusion; CT vs MRI discussed with the patient.", "prior_imaging(result=abnormal)", "present" },
        { "Patient: Theodore \"Teddy\" Vanterpool-Ashe     DOB: 07/09/2025", "patient_identity", "present" },
        { "Winifred A. Castellanos-Hume     DOB 10/21/1977     47 y/o F", "patient_identity", "present" },
        { "Impression: Indeterminate 11 mm T1/T2 hypointense lesion of the L3 body.", "indeterminate_imaging_finding", "present" },
        // a fracture whose age the film cannot tell: the open question a CT answers
        { "IMPRESSION: Possible acute mild anterior wedge compression fracture of L1, age indeterminate on radiographs.", "indeterminate_imaging_finding", "present" },
        { "L2 compression deformity of indeterminate acuity.", "indeterminate_imaging_finding", "present" },
        { "Remote, healed T12 compression fracture, unchanged since 2019.", "indeterminate_imaging_finding", "none" },
        { "Patient age indeterminate from the referral form.", "indeterminate_imaging_finding", "none" },
        // a pars the study could not settle
        { "2. Indeterminate left L5 pars -- possible spondylolysis, not resolved on MRI; CT could clarify.", "indeterminate_imaging_finding", "present" },
        { "No pars defect; pars intact bilaterally.", "indeterminate_imaging_finding", "none" },
        // a pars a film does not show is the occult spondylolysis of the pars pathway, not an indeterminate finding
        { "Flex/ext films: no translation at L5-S1; no spondylolisthesis; pars not well seen.", "indeterminate_imaging_finding", "none" },
        { "Bone scan: focal L3 body/pedicle uptake, indeterminate.", "indeterminate_imaging_finding", "present" },
        { "Pelvis x-ray: equivocal bilateral SI joint sclerosis and questionable erosions.", "indeterminate_imaging_finding", "present" },
        { "Recommend non-contrast CT of the lumbar spine for further characterization.", "indeterminate_imaging_finding", "present" },
        { "IMPRESSION: Lucent focus in the L2 body with sclerotic rim. Findings are indeterminate; MRI is recommended.", "indeterminate_imaging_finding", "present" },
        { "Outside x-ray: L4 endplate irregularity, read as indeterminate for early discitis.", "indeterminate_imaging_finding", "present" },
        { "The T12 lesion is not indeterminate: it is a typical hemangioma.", "indeterminate_imaging_finding", "not present" },
        { "Preliminary x-ray concerning for an L1 fracture.", "indeterminate_imaging_finding", "present" },
        // a part of the vertebra the film or CT is read for, left unread by it: the question a CT settles
        { "Films: T12 wedge deformity about 20%, posterior wall not assessed; CT advised.", "indeterminate_imaging_finding", "present" },
        { "The posterior vertebral body line at T12 is not well seen on the lateral view owing to overlying ribs.", "indeterminate_imaging_finding", "present" },
        { "Interpedicular distance at L2 incompletely assessed on the AP view.", "indeterminate_imaging_finding", "present" },
        { "Posterior wall intact on the lateral view; no retropulsion at L2.", "indeterminate_imaging_finding", "none" },
        { "Gait not assessed (spine precautions); reflexes not evaluated.", "indeterminate_imaging_finding", "none" },
        { "Intubated by flight crew for airway protection, GCS 3T.", "clinically_unevaluable", "present" },
        { "Motor and sensory exams cannot be performed - patient sedated and chemically paralyzed.", "clinically_unevaluable", "present" },
        { "Clinically unevaluable spine.", "clinically_unevaluable", "present" },
        { "Alert, GCS 15, moving all extremities.", "clinically_unevaluable", "absent" },
        { "HPI: back pain. No MRI of the lumbar spine has been done.", "prior_imaging", "absent" },
        { "HPI: back pain. No x-rays done to date.", "prior_imaging", "absent" },
        { "HPI: back pain. He had an MRI of the lumbar spine last year.", "prior_imaging", "present" },
        { "Assessment: MRI (the usual next test) is contraindicated by the sacral neuromodulator.", "mri_contraindication", "present" },
        { "Reconstruction: L tissue expander with integrated magnetic port placed 02/2026.", "mri_contraindication", "present" },
        { "Attempt 1 aborted at localizer - panic attack despite alprazolam 1 mg.", "mri_contraindication", "present" },
        { "Anesthesia consult (Dr. Brightwater) 03/23: declines IV sedation for MRI - severe OSA with difficult airway.", "mri_contraindication", "present" },
        { "Induction of general anesthesia in this setting carries a high risk of hemodynamic collapse.", "mri_contraindication", "present" },
        { "MRI not now - hemodynamically unstable, multiple lines and traction.", "mri_contraindication", "present" },
        { "Will send request given pacemaker rules out MRI.", "mri_contraindication", "present" },
        { "Mild claustrophobia (\"I don't like tubes\").", "mri_contraindication", "absent" },
        // a bare claim that claustrophobia rules MRI out, with no failed sedation or attempt: possible (interpretation.md), not present
        { "An MRI is not an option for her because of severe claustrophobia.", "mri_contraindication(reason=claustrophobia)", "possible, not present" },
        { "MRI contraindicated due to his known claustrophobia.", "mri_contraindication", "possible, not present" },
        { "MRI is not possible because of claustrophobia: she panicked despite lorazepam 2 mg at the last attempt.", "mri_contraindication", "present" },
        { "MRI is not possible because of his pacemaker.", "mri_contraindication", "present" },
        // a surgeon's CT wish tied to a condition not yet met is hypothetical; a surgeon-preference request is the preference
        { "If she plateaus after PT, a fusion could be discussed, and at that point I would want a CT for pedicle sizing.", "ct_preferred", "hypothetical, not present" },
        { "MRI would be fine; this is a surgeon-preference request.", "ct_preferred(by=surgeon)", "present" },
        { "We prefer a thin-section CT to show the fracture line.", "ct_preferred(by=surgeon)", "present" },
        // ex-v6 (t2-mri): CT named the study of choice, a report's 'would better characterize', a navigation system's CT, no CT needed
        { "CT, not MRI, is preferred for the 6-month comparison of this focus.", "ct_preferred", "present" },
        { "Plan: CT lumbar spine to judge the fusion. This is the study of choice for bridging bone.", "ct_preferred", "present" },
        // CT called the right, best, only or quicker study is the reason it is chosen; a conditional CT or another study's merit is not
        { "MRI is not contraindicated; from a bone standpoint CT is the appropriate study.", "ct_preferred", "present" },
        { "Timing discussed: CT is quicker and she flies out next week.", "ct_preferred(by=other)", "present" },
        { "Dad would \"rather just do the CT\" than wait.", "ct_preferred(by=patient)", "present" },
        { "MRI is quicker at our site than CT.", "ct_preferred", "none" },
        { "Plan: CT L-spine without contrast today (radiology agrees).", "ct_preferred(by=radiologist)", "present" },
        { "Radiology recommends MRI w/wo if concern persists; no CT.", "ct_preferred(by=radiologist)", "none" },
        { "CT myelogram only if CT is not diagnostic.", "ct_preferred", "none" },
        { "MRI is the best study for the disc; no CT is needed.", "ct_preferred", "not present" },
        { "Plan: MRI lumbar spine with contrast. This is the study of choice for discitis.", "ct_preferred", "none" },
        { "IMPRESSION: CT of the lumbar spine would better characterize the pars defect.", "ct_preferred(by=radiologist)", "present" },
        { "The navigation system needs a CT data set for screw trajectories.", "ct_preferred(by=surgeon)", "present" },
        { "Stable hemangioma; no CT or further follow-up imaging is needed.", "ct_preferred", "absent, not present" },
        { "CT L-spine (72131) request sent per parent preference, pending review.", "ct_preferred(by=patient)", "present" },
        { "CT lumbar spine ordered per pt/husband request.", "ct_preferred(by=patient)", "present" },
        { "MRI lumbar spine ordered per parent preference for a daytime slot.", "ct_preferred", "none" },
        // "Oct 2026" and "conflict 01/20" hold no CT
        { "DOS: 14 Oct 2026. Established patient.", "prior_imaging", "none" },
        { "2 visits cancelled for a schedule conflict 01/20 and 01/22.", "prior_imaging", "none" },
        { "CT 01/20 showed no fracture.", "prior_imaging", "present" },
        // a letter's RE: line names the letter, not the patient
        { "RE: LETTER OF MEDICAL NECESSITY - CT LUMBAR SPINE", "patient_identity", "none" },
        { "Re: Prior Authorization Request, CT L-spine", "patient_identity", "none" },
        { "Re: Marguerite Oduya-Finch   DOB 02/03/1961", "patient_identity", "present" },
        { "Sedation team has seen her, no airway or cardiac concerns.", "mri_contraindication", "absent" },
        { "Audiology: implants not approved for MRI at any field strength without magnet removal.", "mri_contraindication", "present" },
        { "Pt's daughter asks for a back CT \"to check for pinched nerves\".", "ct_preferred", "present" },
        { "Mother asked whether a CT \"today\" would be faster.", "ct_preferred", "present" },
        { "She asks for \"a CT to make sure.\"", "ct_preferred", "present" },
        { "I have placed an order for CT lumbar spine per family request.", "ct_preferred", "present" },
        { "CT is the preferred test to characterize a sclerotic lesion.", "ct_preferred", "present" },
        { "CT myelogram since MRI didn't explain symptoms and pt prefers to avoid MRI.", "ct_preferred", "present" },
        { "Disc spaces: mild narrowing at L4-L5, similar to the prior MRI.", "prior_imaging", "present" },
        { "She presents with her dad to go over her x-rays.", "prior_imaging", "present" },
        { "Low back pain for 7 weeks with raised ESR/CRP and normal x-rays.", "prior_imaging", "present" },
        { "Now evaluable with a normal neuro exam and negative lumbar radiographs.", "prior_imaging", "present" },
        { "HPI: back pain. Harper had a brain MRI at age 10 for headaches without sedation.", "prior_imaging", "present" },
        { "HPI: back pain. Tolerated MRI in April with no problem.", "prior_imaging", "present" },
        { "Deep SSI with rising CRP and a large collection on MRI.", "prior_imaging", "present" },
        { "MRI 05/2026 severe L4-5 stenosis; flex/ext XR with 5 mm translation at L4-5.", "prior_imaging", "present" },
        { "Feed-and-bundle (natural sleep) MRI was attempted 04/17/2026 with child life.", "prior_imaging", "present" },
        { "HPI: fell at the pharmacy.\n\nED COURSE / RESULTS\n16:10 XR THORACOLUMBAR SPINE 2 VIEWS (prelim, pasted):\n  FINDINGS: flowing syndesmophytes.", "prior_imaging", "present" },
        // distractors are not present
        { "Our program has cleared her for a 1.5 T MRI of the lumbar spine under these conditions.", "prior_imaging", "not present" },
        { "A friend told her CT is faster.", "prior_imaging", "not present" },
        { "If the MRI would be nondiagnostic, we will need CT; fracture to be assessed on CT.", "prior_imaging", "not present" },
        { "Plan: CT lumbar spine w/o contrast (72131) to assess fusion.", "prior_imaging", "not present" },
        { "Will submit CT L-spine (72131) today.", "prior_imaging", "not present" },
        { "MRI cervical, thoracic and lumbar spine cannot be performed.", "prior_imaging", "not present" },
        { "Re: anesthesia for MRI lumbar spine.", "prior_imaging", "not present" },
        { "Thank you for asking about MRI of the lumbar spine for this patient.", "prior_imaging", "not present" },
        { "CT lumbar spine was requested as an alternative.", "prior_imaging", "not present" },
        { "I am ordering MRI lumbar spine without contrast and CT lumbar spine without contrast, to be done this week.", "prior_imaging", "not present" },
        { "Pt and son want a back CT - CT L-spine 72131 submitted.", "prior_imaging", "not present" },
        { "Device clinic cleared him for MRI 03/03.", "prior_imaging", "not present" },
        { "Requested by: neurology. Question: can the patient undergo MRI lumbar spine?", "prior_imaging", "not present" },
        // a study asked about after a question label is none; a report's clinical question is no study either
        { "Requested by: K. Moss, MD - question: lumbar spine MRI possible with this stimulator?", "prior_imaging", "not present" },
        { "Clinical question: lumbar MRI safe with the abandoned lead?", "prior_imaging", "not present" },
        { "Question answered by the lumbar MRI 09/02/2026: no stenosis.", "prior_imaging", "present" },
        { "He is not able to undergo an MRI of the lumbar spine with this device.", "prior_imaging", "not present" },
        // a cancelled study is none; an attempt that was aborted is a study without images (non-diagnostic); an abandoned lead is a device
        { "Your MRI of the lumbar spine on 7/27/2026 has been cancelled because our MRI unit is down for service.", "prior_imaging", "not present" },
        { "He attempted lumbar MRI on 11/03 with oral lorazepam; the scan was aborted within minutes.", "prior_imaging(result=non_diagnostic)", "present" },
        { "MRI HISTORY: 09/22/2026 MRI L-spine at an outside center - terminated after 2 min, pt panicked, no usable images.", "prior_imaging(result=non_diagnostic)", "present" },
        { "MRI L-spine 09/22/2026 at an outside center: L4-5 disc protrusion with moderate stenosis.", "prior_imaging(result=non_diagnostic)", "none" },
        // a dated study that was not completed is no study done; one that was done is
        { "Lumbar MRI 06/11 NOT completed: he could not fit in the 60 cm bore.", "prior_imaging", "not present" },
        { "MRI L-spine 06/11 was not done - the scanner was down.", "prior_imaging", "not present" },
        { "MRI L-spine 06/11/2026 completed; mild L4-5 bulge.", "prior_imaging", "present" },
        // a study a letter says would or would not be affected is talked about, not done
        { "The pump sits in the left flank, so a lumbar CT will not be affected by it.", "prior_imaging", "not present" },
        { "An MRI would be safe once the expanders are exchanged.", "prior_imaging", "not present" },
        { "Referral question: lumbar MRI possible with his stimulator?", "prior_imaging", "not present" },
        // 'PT:' before a name with a clinician's credential is the therapist, not the patient
        { "Ordering: T. Boudreaux, NP     PT: Gideon Harte, PT, DPT", "patient_identity", "none" },
        { "Pt: Gideon Harte     DOB 05/27/1963", "patient_identity", "present" },
        // a name written with accented letters is read whole (a request that drops the accents still matches it)
        { "Patient: Joaquín Villaseñor-Ibáñez    DOB 03/04/1965    Referring: A. Lund, MD", "patient_identity(name=Joaquín Villaseñor-Ibáñez)", "present" },
        { "Inés Østergård-Ñúñez   DOB 1/2/70   55 y/o F", "patient_identity(name=Inés Østergård-Ñúñez)", "present" },
        { "Referring: Renée Villaseñor, MD", "patient_identity", "none" },
        // a study told by its short result or as already done
        { "Seen in the ED 06/02 after slipping on a wet floor (CT neg for fx, see report).", "prior_imaging", "present" },
        { "I explained MRI already answered this (no fracture line) and CT adds radiation.", "prior_imaging", "present" },
        { "If the MRI is negative we will stop there.", "prior_imaging", "not present" },
        // a report's verdict on its own study stands anywhere in the report, and only on its own study
        { "NORTHFIELD IMAGING - INCOMPLETE EXAMINATION REPORT\nExam: MRI LUMBAR SPINE WITHOUT CONTRAST   Exam date 11/10/2026\nIn scanner: panic at 2 min, second attempt stopped at 4 min.\nNo diagnostic images. EXAMINATION NOT PERFORMED.", "prior_imaging(result=non_diagnostic)", "present" },
        { "CEDAR IMAGING - MRI REPORT\nEXAM: MRI LUMBAR SPINE WITHOUT CONTRAST\nCOMPARISON: Outside MRI 05/2025.\nFINDINGS: Postsurgical L5-S1 fusion. Marked susceptibility artifact from the screws.\nIMPRESSION: Osseous fusion cannot be assessed on MRI; CT is recommended if pseudarthrosis is a clinical concern.", "prior_imaging(needsFollowUp=true)", "present" },
        { "CEDAR IMAGING - MRI REPORT\nEXAM: MRI LUMBAR SPINE WITHOUT CONTRAST\nCOMPARISON: Outside MRI 05/2025.\nFINDINGS: Postsurgical L5-S1 fusion, solid.\nIMPRESSION: No adjacent-level stenosis. No further imaging needed.", "prior_imaging(needsFollowUp=true)", "none" },
        // a report that leaves part of its own study unjudged, or suggests another study, is the inconclusive prior the overlap gate accepts;
        // a series degraded by motion and repeated with diagnostic quality is not
        { "BRAMBLE RADIOLOGY\nMRI LUMBAR SPINE WITHOUT CONTRAST   Exam date: 02/11/2026\nFINDINGS: L3-4 normal. L4-5: the left foramen is suboptimally evaluated owing to patient motion.\nIMPRESSION: No canal stenosis. If pain persists, consider CT myelogram.", "prior_imaging(result=inconclusive)", "present" },
        { "BRAMBLE RADIOLOGY\nMRI LUMBAR SPINE WITHOUT CONTRAST   Exam date: 02/11/2026\nIMPRESSION: 1. Motion-limited evaluation of the left L4-5 foramen.", "prior_imaging(needsFollowUp=true)", "none" },
        { "BRAMBLE RADIOLOGY\nMRI LUMBAR SPINE WITHOUT CONTRAST   Exam date: 02/11/2026\nIMPRESSION: 1. Motion-limited evaluation of the left L4-5 foramen. 2. Consider repeat targeted imaging.", "prior_imaging(needsFollowUp=true)", "present" },
        { "BRAMBLE RADIOLOGY\nMRI LUMBAR SPINE WITHOUT CONTRAST   Exam date: 02/11/2026\nTECHNIQUE: Sagittal T2 degraded by motion, repeated with diagnostic quality.\nIMPRESSION: L4-5 protrusion contacting the left L5 root.", "prior_imaging(result=inconclusive)", "none" },
        // a consult headed by the study it was asked to plan is no done study
        { "PEDIATRIC SEDATION SERVICE - PRE-SEDATION ASSESSMENT\nDate: 10/20/2026\nRequested by: T. Ruhl, MD    Study: MRI lumbar spine w/o contrast\nIndication: r/o tethered cord.", "prior_imaging", "not present" },
        { "Our device committee does not approve MRI with abandoned leads in pacer-dependent patients.", "prior_imaging", "not present" },
        { "Lumbar MRI 07/02/2026: L4-5 protrusion. The follow-up CT was cancelled.", "prior_imaging", "present" },
        { "Continue naproxen. Hold PT. AFO L. Return after imaging.", "patient_identity", "not present" },
        // a clinician's role label names no patient
        { "Treating PT: Marisol Fenwick, PT, DPT", "patient_identity", "not present" },
        { "Referring Name: Teodoro Ibarra-Welch, MD", "patient_identity", "not present" },
        { "Patient: Rosalba Quintero-Lugo    DOB: 03/14/1967", "patient_identity", "present" },
        { "Patient: UNKNOWN, TRAUMA \"Zulu-4417\"", "patient_identity", "not present" },
        { "QuantiFERON result indeterminate; repeat in 2 weeks.", "indeterminate_imaging_finding", "not present" },
        { "Cauda equina syndrome cannot be excluded clinically.", "indeterminate_imaging_finding", "not present" },
        { "Back pain unresponsive to extensive conservative treatment.", "clinically_unevaluable", "not present" },
        { "Sedated MRI is not an option given her lung disease.", "clinically_unevaluable", "not present" },
        { "If MRI is contraindicated, we will obtain CT instead.", "mri_contraindication", "not present" },
        { "Patient declines sedation because she dislikes needles.", "mri_contraindication", "not present" },
        { "She would rather have a CT because the MRI wait is long.", "mri_contraindication", "not present" },
        { "MRI is the study of choice; CT is not needed.", "ct_preferred", "not present" },
        // contrast written as shorthand ('w/wo', 'w/ and w/o', 'with/without') does not hide what follows the study (helper t-peds)
        { "- MRI L-spine w/wo is the study of choice BUT pt cannot hold still awake.", "prior_imaging", "none" },
        { "MRI L-spine w/ and w/o contrast ordered today.", "prior_imaging", "none" },
        { "MRI L-spine w/wo contrast 03/02/2026: no abnormal enhancement.", "prior_imaging", "present" },
        { "MRI contraindicated (pacemaker); I would rather not delay imaging.", "ct_preferred", "not present" },
        // writers I-N: inabilities told as events, hedged beliefs, clearances under stated terms, CT chosen for bone or by the family
        { "The generator is not MR conditional -> MRI contraindicated.", "mri_contraindication(~not MR conditional)", "present" },
        { "Her cardiologist told her \"no MRI ever\" because of the old leads.", "mri_contraindication", "present" },
        { "Older non-conditional generator with an abandoned lead. Do not schedule her for MRI.", "mri_contraindication(~Do not schedule)", "present" },
        { "He panicked inside the scanner last year and could not finish.", "mri_contraindication(reason=claustrophobia)", "present" },
        // a panic without sedation is not claustrophobia that failed sedation (interpretation.md): a reviewer weighs it
        { "Pt says he panicked in the MRI last spring; he had no sedation then.", "mri_contraindication(reason=claustrophobia)", "possible, not present" },
        { "She froze inside the scanner without premedication, so lorazepam is planned.", "mri_contraindication", "possible, not present" },
        { "Wide-bore MRI attempted on 3/2 after lorazepam - scan aborted, no images obtained.", "mri_contraindication(~aborted)", "present" },
        { "She exceeds the weight and girth limits of the local MRI scanners.", "mri_contraindication(reason=body_habitus)", "present" },
        { "Anesthesia will not provide deep sedation for this MRI.", "mri_contraindication(reason=sedation_unsafe)", "present" },
        { "No sedation per cardiology given single-ventricle physiology.", "mri_contraindication(reason=sedation_unsafe)", "present" },
        { "The deep collection cannot be assessed due to susceptibility artifact from the screws.", "mri_contraindication(reason=non_diagnostic)", "present" },
        { "MRI lumbar spine: images are severely degraded by motion.", "mri_contraindication(reason=non_diagnostic)", "present" },
        { "My understanding is that MRI is not allowed with his implant, so CT was ordered.", "mri_contraindication", "possible, not present" },
        { "I did not think she could have MRI with the stimulator.", "mri_contraindication", "possible, not present" },
        { "If MRI is not possible we will request CT.", "mri_contraindication", "hypothetical, not present" },
        { "Device clinic letter: she may undergo MRI with the device in MRI mode.", "mri_contraindication", "absent, not present" },
        { "No contraindication to lumbar MRI from either implant.", "mri_contraindication", "absent, not present" },
        { "MRI is not contraindicated.", "mri_contraindication", "absent, not present" },
        { "He completed his prior lumbar MRI without any difficulty.", "mri_contraindication", "absent, not present" },
        { "Generator and both leads are MR Conditional (full body, 1.5T and 3T).", "mri_contraindication", "absent, not present" },
        { "PMH: asthma. No surgeries, no implants.", "mri_contraindication", "none" },
        // a patient's or family's reported belief and a hedged verdict are possible, not a contraindication
        { "Pt told our scheduler he thought welders \"can't get MRIs\" and is willing to do either test.", "mri_contraindication", "possible, not present" },
        { "His wife was told years ago that he cannot have an MRI.", "mri_contraindication", "possible, not present" },
        { "Wt 338 - near scanner limit. MRI likely not possible -> order CT L-spine.", "mri_contraindication", "possible, not present" },
        { "Cardiology: he cannot have an MRI because the system is not MR conditional.", "mri_contraindication", "present" },
        { "Dad would rather do the CT because it is quicker.", "ct_preferred", "present" },
        { "Discussed mom's request for CT of the lumbar spine.", "ct_preferred", "present" },
        { "She refuses MRI after a bad experience in 2019.", "ct_preferred", "present" },
        { "Radiology recommends CT to characterize the sclerotic focus.", "ct_preferred(by=radiologist)", "present" },
        { "CT needed for bony anatomy before screw placement.", "ct_preferred(by=surgeon)", "present" },
        { "MRI is not available in our department overnight, so CT tonight.", "ct_preferred(by=other)", "present" },
        { "Open MRI not available in our network.", "ct_preferred", "none" },
        { "The insurer declined MRI as not medically necessary.", "ct_preferred", "none" },
        // round 3: intoxication, an exam limited by a state, a state that is over; an image's words are not the patient's
        { "Admits to 5 or 6 drinks tonight. History limited by intoxication.", "clinically_unevaluable", "present" },
        { "Exam limited by pain in the right hip.", "clinically_unevaluable", "not present" },
        // a past ICU course told with its length or dates, an anesthesia plan, a telehealth limit or a course's response is no unexaminable patient
        { "MICU 03/02-03/20: ARDS, intubated 12 d, proned x 4 sessions.", "clinically_unevaluable", "none" },
        { "Course: BiPAP failed, intubated 02/11-02/15, then steroid taper.", "clinically_unevaluable", "none" },
        { "Anesthesia would mean transport intubated to MRI; not offered.", "clinically_unevaluable", "none" },
        { "Unable to assess reflexes or sensation remotely (video visit).", "clinically_unevaluable", "none" },
        { "Not a treatment failure - response could not be assessed after 2 visits.", "clinically_unevaluable", "none" },
        { "Intubated on arrival for airway protection, GCS 7T.", "clinically_unevaluable", "present" },
        { "Intubated in bay for combativeness/airway, extubated 06/14 06:00.", "clinically_unevaluable", "historical, not present" },
        { "Clinical impression: 3. Alcohol intoxication, resolved.", "clinically_unevaluable", "historical, not present" },
        { "No deficit, no fracture on XR, not intoxicated at this time.", "clinically_unevaluable", "absent" },
        { "GCS 14 (E4V4M6), smells of EtOH, cooperative.", "clinically_unevaluable", "none" },
        { "The cauda equina nerve roots cannot be evaluated at these levels because of artifact.", "clinically_unevaluable", "not present" },
        { "The filum terminale cannot be assessed for thickness or fat.", "clinically_unevaluable", "not present" },
        { "Gait: will not stand or bear weight - refuses; unable to assess.", "clinically_unevaluable", "not present" },
        { "Foley in place (placed in bay) - cannot assess voiding.", "clinically_unevaluable", "not present" },
        // t5-mri: an exam a patient's cognition limits; an examiner calling the exam reliable
        { "Formal motor testing limited by cognition (oriented to self only).", "clinically_unevaluable", "present" },
        { "Exam remains limited by his dementia today.", "clinically_unevaluable", "present" },
        { "Awake and alert, reliable exam, no midline tenderness.", "clinically_unevaluable", "absent, not present" },
        { "Not a reliable exam while he is this drowsy.", "clinically_unevaluable", "not absent" },
        { "Reliable historian; exam limited by body habitus.", "clinically_unevaluable", "none" },
        { "1. New solitary focus of increased uptake at the right L4 pedicle. This is\n   indeterminate: a metastasis cannot be excluded.", "indeterminate_imaging_finding", "present" },
        { "Fused spine after a low-energy fall; XR equivocal at L1.", "indeterminate_imaging_finding", "present" },
        { "TLICS provisional 4 (burst = 2, PLC indeterminate = 2, neuro intact = 0).", "indeterminate_imaging_finding", "present" },
        { "MRI 11/07: postoperative dorsal fluid collection L3-L5, 4.2 cm, seroma vs pseudomeningocele.", "indeterminate_imaging_finding", "present" },
        { "Lumbar spine radiographs today show an acute L1 compression fracture; posterior wall involvement cannot be excluded.", "indeterminate_imaging_finding", "present" },
        { "Paraspinal muscles: edema of the multifidus at L3-4, nonspecific in the early postoperative period.", "indeterminate_imaging_finding", "not present" },
        { "No fluid collection at the laminectomy site.", "indeterminate_imaging_finding", "not present" },
        // what the named study leaves unsettled, said after the finding
        { "Pars: bilateral L5 pars defects are suspected; the defect margins are not well defined on MRI.", "indeterminate_imaging_finding", "present" },
        { "Why CT: the pars defects are indeterminate on MRI and whether they are lytic decides the operation.", "indeterminate_imaging_finding", "present" },
        { "The pars are intact on CT; no spondylolysis.", "indeterminate_imaging_finding", "not present" },
        { "The renal lesion is indeterminate on CT; urology to follow.", "indeterminate_imaging_finding", "not present" },
        // CT recommended however short, and a family asking for CT however put (a question is a request)
        { "Bone scan 02/10/2026: new focal L2 uptake, suspicious for osseous met, CT recommended.", "ct_preferred", "present" },
        { "IMAGING: bone scan - new indeterminate L3 focus (R body/pedicle), radiology recommends CT.", "ct_preferred", "present" },
        { "Nothing contraindicates MRI. I would not recommend CT: it involves radiation.", "ct_preferred", "absent, not present" },
        { "Addendum: lesion unchanged vs PET-CT 2024, benign, no CT needed.", "ct_preferred", "absent, not present" },
        { "CT of the chest is recommended for the 6 mm lung nodule.", "ct_preferred", "none" },
        { "Mom asks to switch to CT: last time she was sedated she woke up agitated.", "ct_preferred(by=patient)", "present" },
        { "Pt and wife still request CT for reassurance before he returns to work.", "ct_preferred(by=patient)", "present" },
        { "Proxy sender: mother. Subject: back pain - can she get a CT scan??", "ct_preferred(by=patient)", "present" },
        { "Patient asks whether MRI is safe with her stimulator.", "ct_preferred", "none" },
    };

    [Fact]
    public void A_thoracic_fracture_keeps_its_level_apart_from_a_lumbar_one()
    {
        var both = Detect.Text("XR T/L-spine 10/27/2026\nIMPRESSION: NEW T9 compression fracture. Chronic healed L1 compression fracture.\n", Adult);
        var levels = both.Where(f => f.Type == "fracture" && f.Assertion == Assertion.Present).Select(f => f.Level).ToList();
        Assert.Contains("T9", levels);
        Assert.Contains("L1", levels);
        // an MRI sequence name is no level
        var sequence = Detect.Text("MRI L-spine 10/27/2026: T2 hyperintense signal in the L1 vertebral body, acute compression fracture.\n", Adult);
        Assert.DoesNotContain(sequence, f => f.Type == "fracture" && f.Level == "T2");
    }

    [Fact]
    public void A_report_reads_each_numbered_exam_line_as_its_own_study()
    {
        var report = Detect.Text("DEPARTMENT OF RADIOLOGY\nDate of exam: 10/02/2026\n\nEXAM 1: MRI BRAIN WITHOUT AND WITH CONTRAST\n"
            + "EXAM 2: MRI TOTAL SPINE WITHOUT CONTRAST (3D T2)\n\nFINDINGS: No mass.\nIMPRESSION: Normal study.\n", Adult);
        var spans = report.Where(f => f.Type == "prior_imaging" && f.Assertion == Assertion.Present).SelectMany(f => f.Evidence).Select(e => e.Text).ToList();
        Assert.Contains(spans, t => t.StartsWith("MRI BRAIN"));
        Assert.Contains(spans, t => t.StartsWith("MRI TOTAL SPINE"));
    }

    [Fact]
    public void A_study_dated_by_its_year_alone_takes_the_latest_day_the_year_allows()
    {
        var old = Detect.Text("OFFICE VISIT   DOS 11/09/2026\nIMAGING: MRI L-spine 2019 (outside): L4-5 stenosis.\n", Adult);
        Assert.Equal(new DateOnly(2019, 12, 31), Assert.Single(old, f => f.Type == "prior_imaging").Date);
        // in the note's own year it can be as recent as the visit
        var recent = Detect.Text("OFFICE VISIT   DOS 11/09/2026\nIMAGING: MRI L-spine 2026 (outside): L4-5 stenosis.\n", Adult);
        Assert.Equal(new DateOnly(2026, 11, 9), Assert.Single(recent, f => f.Type == "prior_imaging").Date);
    }
}
