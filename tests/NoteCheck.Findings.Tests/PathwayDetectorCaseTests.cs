using NoteCheck.Core;

namespace NoteCheck.Findings.Tests;

/// <summary>
/// The other pathways' facts (rules/findings/detectors/70-pathways.json) on real sentences: the misreads fixed in
/// issue #4 each with a positive, a negated or uncertain form, and a distractor that must not read as present.
/// </summary>
public class PathwayDetectorCaseTests : DetectorCaseTable
{
    private static readonly ImagingRequest Adult = new() { RequestDate = new DateOnly(2025, 6, 9), Patient = new Patient(null, new DateOnly(1970, 1, 1), "F") };
    private static readonly ImagingRequest Child = new() { RequestDate = new DateOnly(2025, 6, 9), Patient = new Patient(null, new DateOnly(2023, 1, 1), "M") };

    protected override ImagingRequest? Request => Adult;

    public static TheoryData<string, string, string> Cases => new()
    {
        // trauma: events; a lifting or gardening onset is not trauma (corpus README, writers C-H)
        { "HPI: Low back pain since a rear-end car accident on 12/28/2024.", "trauma", "present" },
        { "HPI: S/p mechanical fall at home two days ago.", "trauma", "present" },
        { "HPI: LBP since early December after moving furniture; no fall.", "trauma", "not present" },
        { "HPI: Onset 08/25/2025 lifting a 60-lb tile box at work.", "trauma", "not present" },
        { "HPI: The patient was lifting at work and felt immediate sharp pain in his back.", "trauma", "not present" },
        { "HPI: LBP flare x 10 days after shoveling mulch 11/7.", "trauma", "none" },
        // a 'lifting injury' or 'work injury' is an exertional onset (writers C-H), as are a form's injury date and a clinic's name
        { "HPI: Lifting injury at work 08/25/25, axial LBP since.", "trauma", "not present" },
        { "CC: LBP f/u, work injury 03/14/26, after PT discharge.", "trauma", "not present" },
        { "Date of injury: 04/02/2026        Date first treated: 04/03/2026", "trauma", "none" },
        { "HARBOR POINT OCCUPATIONAL MEDICINE & INJURY CARE", "trauma", "none" },
        { "RIVERTON ORTHOPAEDIC TRAUMA CLINIC      Ph 555-0142", "trauma", "none" },
        { "Polytrauma after a high-energy rollover; seat-belt sign across the lower abdomen.", "trauma", "present" },
        { "HPI: No fall or injury.", "trauma", "absent" },
        // trauma told as a blow, without the words trauma or injury
        { "HPI: He took a knee to the lower back during a rugby scrum on Saturday.", "trauma", "present" },
        { "She slipped on the deck and landed hard on her tailbone.", "trauma", "present" },
        { "He was kicked in the back by a horse yesterday.", "trauma", "present" },
        { "Pain began after a direct blow to the flank in a hockey game.", "trauma", "present" },
        { "No direct blow to the back.", "trauma", "not present" },
        // a slip or slide told without 'fell', and the trauma note's ground-level fall (GLF)
        { "HPI: 81F slipped on black ice in the parking lot this morning, now midline pain.", "trauma", "present" },
        { "Mechanism: GLF from standing at the nursing home, no LOC.", "trauma", "present" },
        { "He slid off the trampoline onto his back on Sunday.", "trauma", "present" },
        { "Denies slipping on the stairs or any other fall.", "trauma", "absent, not present" },
        { "FHx: father had a slipped disc at 50, operated.", "trauma", "none" },
        { "Foot slaps and he trips on the curb since Monday.", "trauma", "none" },
        // landings, collisions and contact told without fall or injury; a posterolateral fusion and a colostomy takedown are not
        { "HPI: The aircraft landed hard on the pad during a night approach; immediate low back pain.", "trauma", "present" },
        { "A: Thoracolumbar strain after a hard landing, improving.", "trauma", "present" },
        { "MOI: static-line jump, hard PLF onto rocky ground.", "trauma", "present" },
        { "She landed hard on buttocks/low back on the gym floor.", "trauma", "present" },
        { "Assessment: 4 weeks s/p L3-4 laminectomy + PLF, wound healing well.", "trauma", "none" },
        { "History per patient: front-end collision 06/02/26, R knee struck the dashboard.", "trauma", "present" },
        { "He was thrown sideways against the door at impact, belt locked.", "trauma", "present" },
        { "Her parked car was struck from behind at low speed on Monday.", "trauma", "present" },
        { "A: Lumbar strain after a tackle in Friday's game.", "trauma", "present" },
        { "Colostomy takedown at 7 months under caudal anesthesia.", "trauma", "none" },
        { "Wife says \"he's not the same since the wreck.\"", "trauma", "present, not absent" },
        { "Remarks: old war wound R flank, fragments retained, healed.", "trauma", "present" },
        // a plan that fell through, a measure that fell, a screening in the fall, a double-barrelled name
        { "Missed 3/4 (ride fell through), made up 3/6.", "trauma", "none" },
        { "Walking tolerance fell from 4 blocks to 1 despite PT.", "trauma", "none" },
        { "Her weight on the fall screening was up from spring.", "trauma", "none" },
        { "Low back pain since the start of the fall club season.", "trauma", "none" },
        { "Attending: Ingrid Solberg-Fell, MD (Medicine)", "trauma", "none" },
        // penetrating and blast trauma, remote or recent
        { "PMH: GSW to the R thigh 2011, bullet fragment retained.", "trauma", "present" },
        { "Hx IED blast 2009 in Helmand, mild TBI.", "trauma", "present" },
        { "Smear: no blasts seen; CBC otherwise normal.", "trauma", "none" },
        // counselling about a risk is no event and no fracture; a season is no fall; a non-spinal injury is no spine trauma
        { "Counseled that her osteoporosis makes the spine more fracture-prone after even a minor fall.", "trauma", "hypothetical, not present" },
        { "Counseled that her osteoporosis makes the spine more fracture-prone after even a minor fall.", "fracture", "hypothetical, not present" },
        { "Bone density: at increased risk of vertebral fracture; start alendronate.", "fracture", "hypothetical, not present" },
        { "Group classes resume; an evening session is planned for the fall.", "trauma", "none" },
        { "Pain got worse after fall break; danced at her old studio over the break.", "trauma", "none" },
        { "Fall semester starts 8/24; he fell off his bike on the quad last week.", "trauma", "present" },
        { "PMH: knee injury 2004 playing soccer; HTN.", "trauma", "none" },
        { "He fell from a ladder on 10/02 and has had back pain since.", "trauma", "present" },
        // falls named beside gait or balance are what therapy is for, not an event
        { "Plan: Bilateral AFOs ordered. PT referral for gait/falls.", "trauma", "none" },
        { "Recommendations: supportive care, AFOs, PT for gait and falls.", "trauma", "none" },
        { "Two falls on the stairs this month; PT for gait training.", "trauma", "present" },
        // a watch for a sign that may come is no sign
        { "Recommendations: recheck exam in 6-8 wk for emerging spasticity (a central component can appear later).", "increased_muscle_tone", "hypothetical, not present" },
        { "Exam: spasticity of both legs, MAS 2.", "increased_muscle_tone", "present" },
        // a neurofibroma or schwannoma the words before place outside the spine is no spinal tumor
        { "Reason for visit: new L foot weakness; known L pelvic plexiform neurofibroma.", "spinal_tumor", "none" },
        { "Skin: multiple cutaneous neurofibromas over the trunk.", "spinal_tumor", "none" },
        { "MRI: L5-S1 foraminal neurofibroma compressing the exiting root.", "spinal_tumor", "present" },
        { "Intradural schwannomas at L2 and L4 on the 2024 MRI.", "spinal_tumor", "present" },
        // a fax number and a broken screw are no vertebral fracture
        { "Riverside Clinic   ph 555-0100   fx 555-0101", "fracture", "none" },
        { "IMPRESSION: Fracture of the right S1 pedicle screw with peri-screw lucency.", "fracture", "none" },
        { "IMPRESSION: Fracture of the L2 vertebral body with 30% height loss.", "fracture", "present" },
        // a fracture named only as what a study or service deals with, an orthosis strut, a lead that fractured on the next line
        { "CT of the lumbar spine recommended to assess fracture healing and posterior wall integrity.", "fracture", "none" },
        { "Spoke with radiology: the MRI answered the fracture question; CT not needed.", "fracture", "none" },
        { "NORTHGATE ORTHOPAEDIC TRAUMA & FRACTURE LIAISON SERVICE     Ph 555-0131", "fracture", "none" },
        { "Orthosis failure (strut fracture) - device issue, not a clinical change.", "fracture", "none" },
        { "2019: RV high-voltage lead\n  fractured and was capped and abandoned.", "fracture", "none" },
        // fracture: type, healing, uncertainty
        // a wedge named as a vertebra's shape, usually old; a heel wedge is not
        { "XR L-spine: new L2 compression fx; old T12 wedge; L4 hemangioma.", "fracture(~T12 wedge)", "present" },
        { "IMPRESSION: 2. Chronic, healed T11 wedge deformity - no change.", "fracture(new=false)", "present" },
        { "Mild anterior wedge deformity of T12 with 15% height loss.", "fracture", "present" },
        { "Custom orthotic with a medial heel wedge; night splint.", "fracture", "none" },
        // a request's question is open: 'Eval for fracture', '? L1 fx', care held until a fracture is excluded
        { "CLINICAL HISTORY: Fell from a ladder. Eval for fracture.", "fracture", "possible, not present" },
        { "HISTORY: Low back pain after a fall. Eval fracture.", "fracture", "possible, not present" },
        { "HISTORY: Myeloma, new pain at the thoracolumbar junction, no trauma. ? fracture.", "fracture", "possible, not present" },
        { "Hold the biologic until fracture excluded.", "fracture", "possible, not present" },
        { "Order CT L-spine to evaluate fracture healing.", "fracture", "not possible" },
        { "Pathologic compression fractures of T11 and L2 on x-ray.", "fracture", "present" },
        { "ASSESSMENT: L1 compression fracture with delayed healing (non-union suspected).", "fracture", "present" },
        { "In March she fell and broke her wrist.", "fracture", "present" },
        // a limb or head study's verdict is about a fracture that is not spinal (fracture.nonspinal), unless it names the spine
        { "XR pelvis: no fracture.", "fracture(nonSpinal=true)", "absent, not present" },
        { "R hip films negative for fracture.", "fracture(nonSpinal=true)", "absent" },
        { "CT chest: acute T12 fracture.", "fracture(nonSpinal=true)", "none" },
        { "There was possibility of subchondral fracture.", "fracture", "possible" },
        { "MDM: high risk for unstable three-column fracture; r/o fracture.", "fracture", "possible" },
        // burst features left open on a compression fracture; heights preserved; family history
        { "Radiographs: L2 compression deformity; retropulsion of a posterior fragment cannot be excluded.", "fracture", "possible" },
        { "Impression: T12 wedge compression fracture, possible burst component.", "fracture", "possible" },
        { "CT will show whether there is any retropulsion into the canal.", "fracture", "possible" },
        { "Vertebral body heights are maintained; alignment is normal.", "fracture", "absent" },
        { "FAMILY HISTORY: Her mother had an osteoporotic compression fracture at 70.", "fracture", "family" },
        // spondylolysis / spondylolisthesis
        { "ASSESSMENT: Lumbar strain. Spondylolysis is not suspected clinically.", "spondylolysis", "absent" },
        { "Oblique views: lucency through the L4 pars interarticularis bilaterally.", "spondylolysis", "present" },
        { "Assessment: Clinically suspected right L5 spondylolysis, not seen on plain films.", "spondylolysis", "possible" },
        // the films did not show it: seenOnPlainFilms false (the pediatric pars bullet), whatever other film words the sentence holds
        { "Assessment: Clinically suspected right L5 spondylolysis (pars stress injury) in a gymnast, not seen on plain films.", "spondylolysis(seenOnPlainFilms=false)", "possible" },
        { "Suspected L5 pars stress fracture; lumbar x-rays with obliques negative.", "spondylolysis(seenOnPlainFilms=false)", "possible" },
        { "Probable L4 spondylolysis, radiographically occult.", "spondylolysis(seenOnPlainFilms=false)", "possible" },
        { "Bilateral L5 pars defects seen on oblique x-rays.", "spondylolysis(seenOnPlainFilms=true)", "present" },
        { "CLINICAL HISTORY: Gymnast with extension pain. Eval for pars defect.", "spondylolysis", "possible" },
        { "A: lumbar strain vs early L5 pars stress reaction.", "spondylolysis", "possible" },
        // a pars stress reaction or injury is the stage before a defect: possible, even as a diagnosis or an MRI impression
        { "IMPRESSION: 1. Bilateral L3 pars stress reaction (edema, no fracture line).", "spondylolysis", "possible, not present" },
        { "Dx R L5 pars stress injury on MRI 09/12, now in a brace.", "spondylolysis", "possible, not present" },
        { "MRI: no pars stress reaction; pars intact.", "spondylolysis", "not possible, not present" },
        { "Obliques: pars interarticularis intact bilaterally at L4 and L5.", "spondylolysis", "absent" },
        { "IMPRESSION: Dynamic instability at L4-5 with 7 mm translation.", "spondylolisthesis", "present" },
        { "Flexion/extension x-rays: no instability.", "spondylolisthesis", "absent" },
        { "Hardware position unchanged; no motion at L4-5 on flexion-extension.", "spondylolisthesis", "absent" },
        { "Will obtain flexion-extension films to look for motion at L4-5.", "spondylolisthesis", "not present" },
        { "O: Step-off palpable at L4-5.", "spondylolisthesis", "present" },
        // infection and labs
        { "MDM: leading concern L3-4 discitis.", "infection", "possible" },
        { "Plan: CT with contrast to look for paraspinal/psoas/epidural abscess.", "infection", "possible" },
        { "Also rule out discitis.", "infection", "possible" },
        { "Had a complicated UTI (E. coli) in June, treated with antibiotics.", "infection", "present" },
        { "IMPRESSION: Acute bacterial prostatitis with retention.", "infection", "present" },
        { "Blood cultures 2/2 positive: MRSA bacteremia, source unclear.", "infection", "present" },
        { "Ordered CT with contrast to rule out deep wound infection.", "infection", "possible" },
        { "MRI: no epidural or paraspinal fluid collection.", "infection", "absent" },
        { "Infection less likely given no fever.", "infection", "possible" },
        // cultures and infection tests read as negative or positive, as lab rows and ID notes write them
        { "MICRO: bone biopsy cx ........ no growth (final)", "infection", "absent, not present" },
        { "Joint aspirate culture: NO GROWTH at 5 days; gram stain no organisms seen.", "infection", "absent" },
        { "Repeat blood cx 03/04 no growth at 48 h.", "infection", "none" },
        { "Wound swab culture from the incision: no growth.", "infection", "none" },
        { "UA/culture neg at the PCP.", "infection", "none" },
        { "IGRA (T-SPOT) 05/2026: negative; CMV PCR not detected.", "infection", "absent, not present" },
        { "QuantiFERON-TB Gold 02/11: POSITIVE; chest film clear.", "infection", "present" },
        { "Impression: latent TB infection, start rifampin.", "infection", "present" },
        { "TB clinic follow-up; HIV test negative.", "infection", "none" },
        // an infection outside the spine told as treated and over is historical; treatment still to come is not
        { "PMH: pyelonephritis 2023, treated, resolved; HTN.", "infection", "historical, not present" },
        { "Klebsiella bacteremia (cleared 04/02), now on oral step-down.", "infection", "historical" },
        { "Will image the spine once the cystitis is treated.", "infection", "not historical" },
        { "Superficial incisional cellulitis - resolved.", "infection", "none" },
        // an abscess or collection named as what the ordered CT must show is sought, not found
        { "Plan: CT L-spine with IV contrast to define bone destruction and any psoas/epidural abscess, and to guide IR biopsy.", "infection(kind=abscess)", "possible, not present" },
        { "Needs cross-sectional imaging for paraspinal/epidural abscess.", "infection", "possible" },
        { "CT 05/02 showed a 3 cm psoas abscess, drained by IR.", "infection", "present, not possible" },
        { "Back pain and elevated ESR/CRP: suspected L2-3 spondylodiscitis.", "abnormal_inflammatory_labs", "present" },
        { "Labs: WBC 7.9, CRP 6 mg/L (normal).", "abnormal_inflammatory_labs", "absent" },
        { "ESR (mm/hr)      47 H      0-20", "abnormal_inflammatory_labs", "present" },
        // retired packets: a pending test beside measured values, a value read whole, a threshold, rising markers
        { "Labs: WBC 13.8, ESR 48 mm/h, CRP 3.2 mg/dL (ref <1.0), blood culture pending.", "abnormal_inflammatory_labs", "present, not hypothetical" },
        { "LABS: ESR 18 mm/hr (ref 0-30)    CRP 3.1 mg/L (ref <10)", "abnormal_inflammatory_labs", "absent, not present" },
        // values told back in range in words ('nl', 'normalized', 'normalizing'); a normal CBC is not an inflammatory marker
        { "Rheumatology: HLA-B27 negative, ESR/CRP nl.", "abnormal_inflammatory_labs", "absent, not present" },
        { "Week 6 of cefazolin: afebrile, CRP normalized.", "abnormal_inflammatory_labs", "absent, not present" },
        { "CRP not yet normalized at week 4.", "abnormal_inflammatory_labs", "not absent" },
        { "Labs: CBC unremarkable, Cr 0.8.", "abnormal_inflammatory_labs", "none" },
        { "Will stop antibiotics if CRP < 10 mg/L.", "abnormal_inflammatory_labs", "not present" },
        { "Deep surgical site infection with fever and rising CRP.", "abnormal_inflammatory_labs", "present" },
        // a suspected infection, one judged unlikely (marked so for the criteria), positive blood cultures, a bare denial
        { "Because of the bacteremia and persistent low back pain, spinal infection was a concern.", "infection(~spinal infection)", "possible" },
        { "Afebrile, CRP down-trending; low pretest probability of vertebral osteomyelitis now.", "infection(unlikely=true)", "possible, not present" },
        { "Epidural abscess less likely (afebrile, no risk factors) but not excluded.", "infection(unlikely=true)", "possible" },
        { "MDM: suspected L2-3 spondylodiscitis.", "infection(unlikely=true)", "none" },
        // judged improbable with an intensifier, or to be excluded only to reassure (round 5 traps): unlikely, never a suspicion
        { "Vertebral osteomyelitis/discitis is very unlikely: never febrile, normal ESR and CRP.", "infection(unlikely=true)", "possible, not present" },
        { "Epidural abscess felt to be highly unlikely given normal labs.", "infection(unlikely=true)", "possible" },
        { "I have ordered a CT to exclude discitis, for reassurance.", "infection(unlikely=true)", "possible, not present" },
        { "Plan: MRI to rule out osteomyelitis for the family's peace of mind.", "infection(unlikely=true)", "possible" },
        { "Plan: CT to rule out L3-4 discitis given fever and CRP 96.", "infection(unlikely=true)", "none" },
        { "Plan: reassured the patient; CT to rule out L3-4 discitis given fever and CRP 96.", "infection(~discitis)", "possible, not present" },
        { "Admitted 01/14 with 2/2 blood cultures growing MSSA.", "infection(kind=other)", "present" },
        { "MICRO: BCx x2 07/18 NGTD 48h. UA 07/18 neg.", "infection", "not present" },
        { "Retention preceded any opioid; no infection.", "infection", "absent" },
        // metastasis told as a recurrence or a spread; malignancy denied in a list or without recurrence
        { "Solitary L3 bone-scan lesion -- suspected first osseous recurrence.", "metastasis", "possible, not present" },
        { "Her father died of prostate cancer that had spread to his spine.", "metastasis", "family, not present" },
        { "The cellulitis spread to the hip.", "metastasis", "none" },
        { "ROS: Denies weakness, saddle numbness, fever, wt loss, hx CA.", "malignancy", "absent, not present" },
        { "Stage IA breast cancer 2011, lumpectomy and radiation. No evidence of recurrence in 15 years.", "malignancy(~recurrence)", "absent" },
        { "Surveillance mammogram yearly. No current cancer therapy.", "malignancy", "not present" },
        // immune suppression: biologics as a class, a steroid dose or the disease it treats; replacement doses and relatives are not
        { "AS managed with naproxen; not on biologics.", "immune_suppression", "absent, not present" },
        { "MEDS: prednisone 7.5 mg, alendronate 70 mg weekly, ibuprofen prn.", "immune_suppression", "present" },
        { "4. DISH on x-ray; PMR on low-dose prednisone.", "immune_suppression", "present" },
        { "Tx: leuprolide 22.5 mg q12wk + abiraterone 1000 mg/prednisone 5 mg daily since 03/2025.", "immune_suppression", "not present" },
        { "FHx: father -- ankylosing spondylitis, HLA-B27 positive, on adalimumab.", "immune_suppression", "not present" },
        { "Likely L4-5 discitis. Leukemia less likely but not excluded.", "immune_suppression", "not present" },
        // a tumor in lay words; trauma without an event, a nerve stretch injury, an imaging question
        { "His sister had that bone tumor in her back at his age so I am nervous.", "spinal_tumor", "family, not present" },
        { "HPI: L-sided low back pain since mid-September after no particular event.", "trauma", "absent, not present" },
        { "Onset of low back pain ~04/12/2026 w/o inciting event.", "trauma", "absent" },
        { "After knee arthroscopy she had a foot drop from a peroneal nerve stretch injury that recovered.", "trauma", "none" },
        { "MRI may be added if CT equivocal for PLC injury.", "trauma", "none" },
        // fracture negatives on films; a broken screw is hardware
        { "Vertebral body heights otherwise preserved. No gross malalignment.", "fracture", "absent" },
        { "Mild reactive sclerosis. No vertebral body collapse.", "fracture", "absent, not present" },
        { "IMPRESSION: 3. No acute osseous abnormality.", "fracture", "absent" },
        { "Lucency around both S1 screws. No screw fracture.", "fracture", "none" },
        { "A: ESR/CRP still rising despite IV antibiotics.", "abnormal_inflammatory_labs", "present" },
        { "Labs: CRP 0.2 mg/dL, ESR 7.", "abnormal_inflammatory_labs", "absent" },
        { "CRP <0.5 - normal.", "abnormal_inflammatory_labs", "absent" },
        // immune suppression
        { "Methotrexate 15 mg weekly for RA.", "immune_suppression", "present" },
        { "Medications: Plavix. Arava. Nexium.", "immune_suppression", "present" },
        { "Immunosuppressed liver transplant recipient with suspected spondylodiscitis.", "immune_suppression", "present" },
        { "No steroid use.", "immune_suppression", "absent" },
        // tumor, metastasis, malignancy, new signs
        { "Known small lytic lesions of the pelvis and T8 (2023 skeletal survey).", "metastasis", "present" },
        { "X-ray: no destructive lesion identified.", "spinal_tumor", "absent" },
        { "Oncologic history: L breast IDC, stage IIB.", "malignancy", "present" },
        { "Past history of CA of the lung.", "malignancy", "present" },
        { "Tumor markers: CA 27-29 rose from 28 to 61 U/mL.", "new_signs_symptoms", "present" },
        // MRI explains or not; overlap
        { "A: Prior MRI (10/2025) doesn't explain the weakness.", "symptoms_unexplained_by_mri", "present" },
        { "A: Symptoms match the right L4-5 foraminal protrusion on MRI.", "symptoms_unexplained_by_mri", "absent" },
        { "Plan: CT of both regions; both regions are needed because the fractures span the junction.", "overlap_justified", "present" },
        // a CT on top of a recent MRI: the MRI did not answer the bony question, or the operation needs a CT data set
        { "CT despite the August MRI: the MRI showed the stenosis well but not the bony anatomy of the pars.", "overlap_justified", "present" },
        { "MRI cannot show bony union, so CT is requested.", "overlap_justified", "present" },
        { "Pre-op: CT needed for navigation and screw planning at L4-S1.", "overlap_justified", "present" },
        { "MRI showed the disc herniation and the nerve root compression clearly.", "overlap_justified", "none" },
        // scoliosis, toe walking, pediatric skin and cord
        { "X-rays: 14 degree left thoracolumbar curve, no vertebral rotation.", "scoliosis", "present" },
        { "Rib hump on forward bend.", "scoliosis", "present" },
        { "He began walking on his toes around age 4.", "toe_walking", "present" },
        { "Exam: Skin: no dimple, no hair patch over the spine.", "sacral_dimple", "absent" },
        { "Back: midline dimple approx 6 mm diameter, deep.", "sacral_dimple", "present" },
        { "Exam: Lumbosacral skin: small midline lipoma with overlying faint capillary stain.", "cutaneous_stigmata", "present" },
        { "MRI: Conus terminates at L1, normal signal.", "tethered_cord", "absent" },
        { "Concern for spinal cord re-tethering.", "tethered_cord", "possible" },
        { "Known anorectal malformation with sacral agenesis (hemisacrum).", "spinal_dysraphism", "present" },
        { "HPI: He was hit by a car while crossing the street last week.", "trauma", "present" },
        { "Metastatic lung cancer to the spine, on chemotherapy.", "metastasis", "present" },
        { "X-ray: SI joints normal.", "spinal_abnormality_underlying", "absent" },
        { "Sacroiliac joints are normal without erosion or sclerosis.", "spinal_abnormality_underlying(~erosion)", "absent" },
        { "Pelvis: SI joints\nsymmetric and unremarkable. No scoliosis.", "spinal_abnormality_underlying", "absent" },
        { "Plan: SI joint injection if the SI joints remain tender.", "spinal_abnormality_underlying", "none" },
        { "Pelvis x-ray: equivocal SI joint sclerosis, non-diagnostic for sacroiliitis.", "spinal_abnormality_underlying", "possible" },
        { "CT lumbar spine requested to define the bony dysraphism and level before surgery.", "spinal_dysraphism", "possible" },
        { "Reason for referral: \"walks on his tiptoes, getting worse\".", "toe_walking", "present" },
        { "Since spring he is on his toes nearly all day.", "toe_walking", "present" },
        { "This is not idiopathic toe walking.", "toe_walking", "present" },
        { "PMH: toe walked as a toddler until about age 6, outgrew it.", "toe_walking", "historical, not present" },
        { "Presents by EMS as the restrained driver of a sedan struck on the driver side (T-bone).", "trauma", "present" },
        { "HPI: motorcycle vs guardrail yesterday evening, thrown ~15 ft.", "trauma", "present" },
        { "Recalls the whole event, did not hit head.", "trauma", "absent" },
        { "Staging: cT3a N1 M0 (PSMA PET: two iliac nodes; no bone lesions).", "metastasis", "absent, not present" },
        { "Bone scan focus read as indeterminate (met vs facet DJD).", "metastasis", "possible, not present" },
        { "Must exclude an osseous metastasis at L4 before changing systemic therapy.", "metastasis", "possible, not present" },
        // a bone report's 'no lesion' denies a metastasis where a cancer is known; in a note without one it is no finding
        { "Hx breast cancer. Vertebral bodies: No lytic or blastic lesion identified.", "metastasis", "absent" },
        { "Vertebral bodies: No lytic or blastic lesion identified.", "metastasis", "none" },
        // the same read without a cancer word is a spinal tumor's pertinent negative; after one it is the metastasis's only
        { "Vertebral bodies: No lytic or blastic lesion identified.", "spinal_tumor", "absent, not present" },
        { "Marrow signal normal; no suspicious marrow replacing lesion. Conus terminates at L1.", "spinal_tumor", "absent" },
        { "No pedicle involvement, no epidural or paraspinal soft tissue mass. No other fracture.", "spinal_tumor", "absent, not present" },
        { "Hx breast cancer. Vertebral bodies: No lytic or blastic lesion identified.", "spinal_tumor", "none" },
        { "Back: straight, no dimple, no hair tuft, no mass, no skin lesions.", "spinal_tumor", "none" },
        { "Marrow signal otherwise normal without a marrow-replacing lesion. No STIR edema.", "spinal_tumor", "absent" },
        { "Typical of benign osteoporotic fracture; no paraspinal or epidural soft tissue. No other fracture.", "spinal_tumor", "absent" },
        { "Pedicles intact. No paraspinal soft tissue gas is evident. Moderate bowel gas.", "spinal_tumor", "none" },
        { "History: s/p allogeneic stem cell transplant for AML, on immunosuppression.", "malignancy", "present" },
        { "HPI: 65 y/o man with stage III DLBCL, C4D1 of R-CHOP given 10/20.", "immune_suppression", "present" },
        { "Risk: steroid-dependent PMR, uncontrolled DM.", "immune_suppression", "present" },
        { "MUD allo-HSCT 02/27/2026 (today Day +143).", "immune_suppression", "present" },
        { "MRI limited by hardware artifact - nondiagnostic for discitis at L3-4.", "infection", "possible, not present" },
        { "Neuro exam intact. Immunosuppressed on TNF-inhibitor, no signs of infection.", "infection", "absent" },
        // distractors are not present
        { "She walks normally and can heel- and toe-walk.", "toe_walking", "not present" },
        { "Calf still weak, \"can't stand on tiptoe on the left.\"", "toe_walking", "not present" },
        { "Chronic axial LBP since fall 2025.", "trauma", "not present" },
        { "Mother notes she walks well, no accidents-wetting until this summer.", "trauma", "not present" },
        { "A leaking wound is a meningitis risk.", "infection", "not present" },
        { "MAPLECROFT INTERNAL MEDICINE, 77 Orchard Lane, Holcomb Falls, VT 05601", "trauma", "not present" },
        { "Clinic: Cedar Falls Family Practice. HPI: Low back pain for 8 weeks.", "trauma", "not present" },
        { "Plan: fall precautions, walker at home.", "trauma", "not present" },
        { "Hodgkin lymphoma treated with ABVD chemotherapy in 2011, in complete remission since 2012.", "immune_suppression", "not present" },
        { "Breast cancer, 6 cycles of FOLFOX finished 2019.", "immune_suppression", "not present" },
        { "Ibuprofen at night lets him fall back asleep.", "trauma", "not present" },
        { "Status post AV fistula in the fall of 2006.", "trauma", "not present" },
        { "Pain is worse with lifting and after lifting heavy objects.", "trauma", "not present" },
        { "Risks include nerve injury, vascular injury, infection and bleeding.", "trauma", "not present" },
        { "History of cerebrovascular accident in 2019.", "trauma", "not present" },
        { "Lumbar puncture with a pencil-tip needle for minimal trauma.", "trauma", "not present" },
        { "MRI: L4-5 disc desiccation with loss of height.", "fracture", "not present" },
        { "Imaging: no pars defect, no spondylolisthesis.", "fracture", "not present" },
        { "She had fractured sesamoid bones, but this was later found not to be the case.", "fracture", "not present" },
        { "PMH: dual-chamber ICD 2016; RV lead fracture 2019, lead abandoned.", "fracture", "not present" },
        { "Device check: a fractured right atrial lead, capped in the pocket.", "fracture", "not present" },
        { "X-ray: the right rod is fractured at L4-5 with loosening of the S1 screws.", "fracture", "not present" },
        { "NORTH CONWAY FALLS MEDICAL GROUP - SPINE CLINIC", "trauma", "not present" },
        { "Stopped gabapentin after dizziness and two near-falls at home.", "trauma", "not present" },
        { "His left knee gives way on the stairs; he nearly fell twice last week.", "trauma", "not present" },
        { "She almost fell getting out of the car but caught the door.", "trauma", "not present" },
        { "He slipped on the porch and fell onto his back last week.", "trauma", "present" },
        { "Incidental durotomy, repaired; no nerve root injury.", "trauma", "not present" },
        { "Rigid brace for the L1 fracture, a stable injury.", "trauma", "not present" },
        { "Discussed risks of infection, bleeding and nerve damage.", "infection", "not present" },
        { "MDM: r/o vertebral osteomyelitis.", "infection", "not present" },
        { "Plan: CT of the SI joints before starting a TNF inhibitor.", "immune_suppression", "not present" },
        { "Treated with AC-T chemotherapy in 2019, now on letrozole.", "immune_suppression", "not present" },
        { "He forgot his hearing aids at home.", "immune_suppression", "not present" },
        { "Trial of prednisone with a taper over 6 days.", "immune_suppression", "not present" },
        { "Chronic steroid use, which was discontinued in July 2001.", "immune_suppression", "not present" },
        { "Gait is normal, heel and toe walking without difficulty.", "toe_walking", "not present" },
        { "Gait nl, heel/toe walk nl.", "toe_walking", "not present" },
        { "Grade I degenerative spondylolisthesis of L4 on L5 without instability.", "spondylolisthesis", "not absent" },
        { "High suspicion for tethered cord (likely lipomatous filum/conus lipoma).", "cutaneous_stigmata", "not present" },
        { "Status post brain tumor removal.", "malignancy", "not present" },
        { "He was wheeled back to the recovery room; the drain tail was trimmed.", "cutaneous_stigmata", "not present" },
        { "MRI: facet arthropathy and previously described sacroiliitis.", "spinal_abnormality_underlying", "not present" },
        // round 3 (helper peds3): pediatric spine anomalies in other writers' words
        { "Infant MRI L-spine: conus at L2-L3, fatty filum terminale 2.5 mm, no syrinx.", "spinal_dysraphism", "present" },
        { "Infant MRI L-spine: conus at L2-L3, fatty filum terminale 2.5 mm, no syrinx.", "tethered_cord(~fatty filum)", "none" },
        { "Pre-op MRI L-spine 1/2023: conus tip L1, filum normal caliber, no lipoma.", "spinal_dysraphism", "absent, not present" },
        { "Pre-op MRI L-spine 1/2023: conus tip L1, filum normal caliber, no lipoma.", "cutaneous_stigmata", "none" },
        { "Lumbar x-rays: no pars defect, no listhesis; incidental S1 SBO.", "spinal_dysraphism", "present" },
        { "Abdominal films concerning for SBO; surgery consulted.", "spinal_dysraphism", "none" },
        { "A subcutaneous tract from the dimple toward the canal can neither be confirmed nor excluded.", "spinal_dysraphism", "possible, not present" },
        { "Occult spinal dysraphism / tethered cord / dermal sinus tract remains possible.", "tethered_cord", "possible, not present" },
        { "Occult spinal dysraphism / tethered cord / dermal sinus tract remains possible.", "spinal_dysraphism", "possible, not present" },
        { "The questions asked (conus level, filum, dermal sinus tract) cannot be answered.", "spinal_dysraphism", "not present" },
        { "No large lipomatous mass or syrinx is seen in the canal.", "spinal_dysraphism", "absent" },
        { "Plan: CT lumbar spine to look for a low conus, thickened filum and bony anatomy.", "tethered_cord", "not present" },
        { "You asked whether she can have an MRI of the lumbar spine to look for tethering.", "tethered_cord", "not present" },
        { "Echo: restricted posterior leaflet tethering with moderate mitral regurgitation.", "tethered_cord", "none" },
        { "Soiling is her chronic ARM-related baseline.", "anorectal_malformation", "present" },
        { "Bowel: 0-1 soiling episodes a week, her baseline for years; this is the ARM itself, not new.", "anorectal_malformation", "present" },
        { "Congenital scoliosis (L2 hemivertebra, VACTERL association).", "anorectal_malformation", "none" },
        { "EXTREMITIES: R ARM with healed abrasion; bowel sounds normal.", "anorectal_malformation", "none" },
        { "Back: healed midline incisions; mild R rib prominence.", "scoliosis", "present" },
        { "Standing films that day showed the curve controlled at 38 degrees, rods intact.", "scoliosis", "present" },
        { "Ortho spine is aware of the curve progression.", "scoliosis", "present" },
        { "AP view: no lateral curvature. SI joints symmetric.", "scoliosis", "absent, not present" },
        { "Call us if the curve increases at her next scoliosis check.", "scoliosis(~scoliosis check)", "none" },
        { "Normal lumbar lordotic curve.", "scoliosis", "none" },
        { "A faint pink, poorly marginated macular stain surrounds the sacral dimple.", "cutaneous_stigmata", "present" },
        { "Midline lumbosacral dimple, 8 mm, deep. A faint pink macular stain surrounds it, with a few fine, light hairs.", "cutaneous_stigmata(risk=low)", "present" },
        { "The upper gluteal cleft deviates to the left.", "cutaneous_stigmata", "present" },
        { "Gluteal cleft midline, not forked.", "cutaneous_stigmata", "absent, not present" },
        { "Repaired cleft lip, deviated nasal septum.", "cutaneous_stigmata", "none" },
        { "Simple coccygeal dimple; Mongolian spot and isolated CALMs - low-risk markers.", "cutaneous_stigmata(risk=low)", "present" },
        { "Back: cries with percussion over the lower lumbar spine. Skin of back normal.", "cutaneous_stigmata", "absent, not present" },
        { "Back: no midline skin findings.", "cutaneous_stigmata", "absent" },
        { "Scalp: fine light hair, no lesions.", "cutaneous_stigmata", "none" },
        { "CC: \"hole on her lower back\".", "sacral_dimple", "present" },
        { "Back: no dimple/hairy patch.", "sacral_dimple", "absent" },
        { "FHx: older brother had a \"small pit\" at the tailbone at birth, never evaluated.", "sacral_dimple", "family, not present" },
        { "Mom reports a pink spot above the diaper line. There has always been a pit just below it.", "sacral_dimple", "present" },
        { "Felt a pit in her stomach before the test.", "sacral_dimple", "none" },
        // new signs, slips, AS and a relative's outgrown toe walking in other words
        { "New complaints: \"my lower back is on fire\".", "new_signs_symptoms", "none" },
        { "HEENT: stapled occipital laceration, no new findings.", "new_signs_symptoms", "none" },
        { "Since the last visit she has new neurological symptoms in the left leg.", "new_signs_symptoms", "present" },
        // a new deficit is the deficit itself, read by its own type (the corpus never labels it a new sign)
        { "A: 1. L L5 radiculopathy with NEW motor deficit (EHL 4/5).", "new_signs_symptoms", "none" },
        { "This is an objective, new deficit since the 09/2026 exam.", "new_signs_symptoms", "none" },
        // a new sign denied or listed among what to watch for is not read (its absence is the symptoms' own types)
        { "Chronic stable L foot drop, no new deficit.", "new_signs_symptoms", "none" },
        { "Re-refer promptly for night pain, weight loss or new neurologic symptoms.", "new_signs_symptoms", "none" },
        { "MRI L-spine 09/2024 (pre-op): L5-S1 grade 1 slip, severe bilateral foraminal stenosis.", "spondylolisthesis", "present" },
        { "XR L-spine: bilateral L5 pars defects on the obliques; no slip.", "spondylolisthesis", "absent, not present" },
        { "He had a slip and fall on the ice last week.", "spondylolisthesis", "none" },
        { "Flex/ext XR with 5 mm translation at L4-5.", "spondylolisthesis", "present" },
        { "Alignment maintained, listhesis reduced.", "spondylolisthesis", "historical, not present" },
        { "Impression: possible nondisplaced fracture of L1 in the setting of ankylosing spondylitis.", "spinal_abnormality_underlying", "present" },
        { "Impression: possible ankylosing spondylitis; check HLA-B27.", "spinal_abnormality_underlying", "not present" },
        { "Night pain and duration over 4 weeks, + FHx AS.", "spinal_abnormality_underlying", "family, not present" },
        { "XR: fused SI joints, syndesmophytes.", "spinal_abnormality_underlying", "present" },
        // AS as clinicians abbreviate it, and DISH or AS named as the spine a hedged fracture sits in; not aortic stenosis
        { "MDM: Elderly AS pt after a fall, midline pain at T12.", "spinal_abnormality_underlying(condition=ankylosing_spondylitis)", "present" },
        { "AS managed with naproxen; not on biologics.", "spinal_abnormality_underlying", "present" },
        { "FHx: mother AS, brother psoriasis.", "spinal_abnormality_underlying", "family, not present" },
        { "Family hx AS noted - no inflammatory features, no night pain.", "spinal_abnormality_underlying", "family, not present" },
        { "Severe AS with a mean gradient of 44 mmHg; TAVR evaluation.", "spinal_abnormality_underlying", "none" },
        { "IMPRESSION: Indeterminate lucency at L2-3 in a DISH spine.", "spinal_abnormality_underlying(condition=dish)", "present, not possible" },
        { "DX: 2) DISH with possible fracture through the ossified L1-2 bridge.", "spinal_abnormality_underlying", "present, not possible" },
        { "Complete ankylosis of the lumbar spine with bridging syndesmophytes.", "spinal_abnormality_underlying", "present" },
        // a list negation stops at a concessive 'though': the fracture is negated, the ankylosed spine is not
        { "No fracture line identified, though occult fractures are hard to see in the ankylosed spine.", "spinal_abnormality_underlying", "present" },
        { "No fracture line, no ankylosed spine, no syndesmophytes.", "spinal_abnormality_underlying", "absent" },
        { "S/p bilateral SI joint fusion with screws; fused SI joints on CT.", "spinal_abnormality_underlying", "not present" },
        { "FHx: Mom was a toe walker until about age 9, \"grew out of it.\"", "toe_walking", "family, not present" },
    };

    [Theory]
    [InlineData("PMH: IED blast 2009 in Helmand, mild TBI.", 2009)]
    [InlineData("He fell off a ladder in 2019 and has had stiffness since.", 2019)]
    [InlineData("Deployment hx: 2023 (Syria) - blast debris to L eye.", 2023)]
    public void A_year_told_right_beside_the_event_dates_it(string sentence, int year)
    {
        var findings = Detect.Text(sentence, Adult);
        var trauma = Assert.Single(findings, f => f.Type == "trauma" && f.Assertion == Assertion.Present);
        Assert.Equal(new DateOnly(year, 12, 31), trauma.Date);
    }

    [Fact]
    public void A_dose_after_the_event_is_no_year()
    {
        var findings = Detect.Text("Rear-ended, 2000 mg acetaminophen taken since.", Adult);
        var trauma = Assert.Single(findings, f => f.Type == "trauma" && f.Assertion == Assertion.Present);
        Assert.NotEqual(2000, trauma.Date?.Year);
    }

    [Fact]
    public void Trauma_takes_the_accident_date_not_the_note_date()
    {
        var findings = Detect.Text("HPI: Low back pain since a rear-end car accident on 12/28/2024. Pain persists.", Adult);
        var trauma = Assert.Single(findings, f => f.Type == "trauma" && f.Assertion == Assertion.Present);
        Assert.Equal(new DateOnly(2024, 12, 28), trauma.Date);
    }

    [Fact]
    public void Pathologic_compression_fracture_is_typed_pathologic()
    {
        var findings = Detect.Text("HPI: Pathologic compression fractures of T11 and L2 on x-ray, with severe pain.", Adult);
        var fracture = Assert.Single(findings, f => f.Type == "fracture" && f.Assertion == Assertion.Present);
        Assert.Equal("pathologic", fracture.Attr<string>("fractureType"));
    }

    [Fact]
    public void Known_fracture_with_non_union_is_present_with_delayed_healing()
    {
        var findings = Detect.Text("ASSESSMENT: L1 compression fracture with delayed healing (non-union suspected).", Adult);
        var fracture = Assert.Single(findings, f => f.Type == "fracture" && f.Assertion == Assertion.Present);
        Assert.True(fracture.Attr<bool>("delayedHealing"));
        Assert.Equal("compression", fracture.Attr<string>("fractureType"));
    }

    [Fact]
    public void No_dynamic_instability_leaves_the_slip_stable()
    {
        var findings = Detect.Text("IMAGING: grade I degenerative spondylolisthesis of L4 on L5 (4 mm), unchanged between flexion and extension; no dynamic instability.", Adult);
        var slip = Assert.Single(findings, f => f.Type == "spondylolisthesis" && f.Assertion == Assertion.Present);
        Assert.NotEqual(true, slip.Attributes.GetValueOrDefault("instability"));
    }

    [Fact]
    public void A_dimple_said_not_suspicious_is_not_suspicious()
    {
        var findings = Detect.Text("EXAM: Simple coccygeal dimple, 3 mm, within the gluteal crease, base visible, no hair. Not a suspicious dimple; low risk.", Child);
        var dimples = findings.Where(f => f.Type == "sacral_dimple" && f.Assertion == Assertion.Present).ToList();
        Assert.NotEmpty(dimples);
        Assert.All(dimples, d => Assert.NotEqual(true, d.Attributes.GetValueOrDefault("suspicious")));
    }

    [Fact]
    public void Each_flagged_value_of_a_lab_row_is_read()
    {
        var findings = Detect.Text("LABS\nCRP (mg/L)      58 H      97 H      0.0-10.0\n", Adult);
        var values = findings.Where(f => f.Type == "abnormal_inflammatory_labs" && f.Assertion == Assertion.Present)
            .SelectMany(f => f.Evidence).Select(e => e.Text).ToList();
        Assert.Contains(values, v => v.Contains("58"));
        Assert.Contains(values, v => v.Contains("97"));
    }

    [Fact]
    public void A_urinary_or_bloodstream_infection_is_kind_other()
    {
        foreach (var text in new[] { "ASSESSMENT: Acute cystitis, treated with nitrofurantoin.", "ID consult: MSSA bacteremia from the port, cultures 2/2." })
        {
            var infection = Assert.Single(Detect.Text(text, Adult), f => f.Type == "infection" && f.Assertion == Assertion.Present);
            Assert.Equal("other", infection.Attr<string>("kind"));
        }
    }

    [Fact]
    public void Normal_and_high_labs_split_by_threshold()
    {
        var findings = Detect.Text("Labs: WBC 13.8, CRP 42 mg/L, ESR 12 mm/h.", Adult);
        Assert.Contains(findings, f => f.Type == "abnormal_inflammatory_labs" && f.Assertion == Assertion.Present && f.Attr<string>("test") == "wbc");
        Assert.Contains(findings, f => f.Type == "abnormal_inflammatory_labs" && f.Assertion == Assertion.Present && f.Attr<string>("test") == "crp");
        Assert.Contains(findings, f => f.Type == "abnormal_inflammatory_labs" && f.Assertion == Assertion.Absent && f.Attr<string>("test") == "esr");
    }
}
