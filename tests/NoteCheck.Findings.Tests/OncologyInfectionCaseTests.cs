using NoteCheck.Core;

namespace NoteCheck.Findings.Tests;

/// <summary>
/// Oncology, infection and immune facts in the general forms oncology and ID writers use (writers G, L, T, AB, DD,
/// II, QQ): remission and no-evidence-of-disease statements, cancer abbreviations, staging with prefixes, restaging
/// with no spread. Each class has a positive, a negated or otherwise-not form and a distractor.
/// </summary>
public class OncologyInfectionCaseTests : DetectorCaseTable
{
    private static readonly ImagingRequest Adult = new() { RequestDate = new DateOnly(2026, 6, 9), Patient = new Patient(null, new DateOnly(1962, 1, 1), "F") };

    protected override ImagingRequest? Request => Adult;

    public static TheoryData<string, string, string> Cases => new()
    {
        // an immunosuppressant told with its stop after it is past suppression; one taken still is present
        { "PMH: RA - methotrexate 20 mg weekly 2018 to 06/2024, stopped in remission; sulfasalazine now.", "immune_suppression(~methotrexate)", "historical, not present" },
        { "Rheum: disease quiet; MTX off since 2/2025.", "immune_suppression", "historical, not present" },
        { "Graft failed 2024: MMF stopped 05/2024, tacrolimus tapered off 08/2024.", "immune_suppression(~MMF)", "historical" },
        { "RA on methotrexate 15 mg weekly since 2019, tolerating well.", "immune_suppression(~methotrexate)", "present" },
        // transplant induction, JAK inhibitors, biologics by class and leukemia regimens are immunosuppressive drugs too
        { "Kidney recipient on tac/MMF/pred since the transplant; thymoglobulin induction 03/2026.", "immune_suppression(~MMF)", "present" },
        { "Psoriatic arthritis maintained on ustekinumab 45 mg every 12 weeks.", "immune_suppression", "present" },
        { "AS controlled on TNFi since 2015.", "immune_suppression(~TNFi)", "present" },
        { "Brother with AS takes secukinumab.", "immune_suppression", "not present" },
        { "MMF stopped 04/2025 when the graft failed.", "immune_suppression(~MMF)", "historical, not present" },
        // someone else's infection: a contact investigation's index case, a spouse's illness
        { "INDEX CASE: husband, case 26-0101. Dx 06/02/2026: pulmonary TB and tuberculous spondylitis L2-L3 with a psoas abscess.\n\nSYMPTOM SCREEN\n Back pain ..... YES - low back, 2 wk", "infection", "family, not present" },
        { "INDEX CASE: husband, case 26-0101. Dx 06/02/2026: pulmonary TB and tuberculous spondylitis L2-L3 with a psoas abscess.\n\nSYMPTOM SCREEN\n Back pain ..... YES - low back, 2 wk", "back_pain", "present" },
        { "LBP since July, began helping husband (Pott's disease, home on RIPE) transfer to bed.", "infection", "family, not present" },
        { "L3-4 discitis with a psoas abscess, on cefazolin via PICC.", "infection", "present" },
        // the endemic mycoses by name and by their complement-fixation titer are infections of kind other; a negative serology is absent;
        // gram-positive cocci and a cocci clinic's name are not valley fever
        { "PMH: pulmonary coccidioidomycosis 2023, fluconazole 9 months.", "infection(kind=other)", "present" },
        { "Hx per chart: valley fever in lungs 2024, off azole since August.", "infection(~valley fever)", "present" },
        { "Cocci CF titer rising, 1:32 -> 1:128.", "infection(~CF titer)", "present" },
        { "Cocci CF IgG ......... <1:2 (negative)", "infection", "absent, not present" },
        { "Blood cx: 1 of 2 bottles gram-positive cocci in clusters, ID pending.", "infection(~clusters)", "not absent" },
        { "Discussed with the Cocci Clinic by phone; appointment next week.", "infection", "none" },
        // a spondyloarthritis activity score named after CRP is no CRP value
        { "Disease activity:\n BASDAI                 5.1\n ASDAS-CRP              2.4\n", "abnormal_inflammatory_labs", "none" },
        // a urinalysis with its specimen named before the signs of a urinary infection is no negative urinalysis
        { "UA (clean catch): LE 3+, nitrite +, WBC > 50/hpf. Culture sent.", "infection(kind=other)", "present, not absent" },
        // a treated cancer with no disease now is absent (its history stays present through malignancy.named)
        { "PMH: prostate cancer s/p radical prostatectomy 2014, PSA undetectable since; in remission.", "malignancy(~remission)", "absent" },
        { "Breast cancer 2009 s/p lumpectomy and radiation, no recurrence, yearly mammograms normal.", "malignancy(~recurrence)", "absent" },
        { "Colon cancer treated in 2015. Surveillance since: no evidence of disease.", "malignancy(~evidence of disease)", "absent" },
        { "DLBCL in CR since 2019 - no clinical or lab evidence of relapse.", "malignancy(~relapse)", "absent" },
        { "A/P: 71 y/o breast cancer survivor, 13 years without evidence of disease.", "malignancy(~without)", "absent" },
        { "Prostate cancer on ADT, PSA rising; now metastatic to bone.", "malignancy", "present, not absent" },
        // a spread the sentence calls rare or unlikely is a doubt, not a metastasis
        { "Melanoma of the calf, now metastatic to the liver.", "malignancy(metastatic=true)", "present" },
        { "Metastatic spread of a cutaneous BCC is extremely rare; this one was excised with clear margins.", "malignancy(metastatic=true)", "none" },
        // distractors: remission of another disease, recurrence of a symptom
        { "Crohn disease in remission on vedolizumab.", "malignancy", "none" },
        { "S/p L4-5 microdiscectomy 2019, no recurrence of her sciatica until this month.", "malignancy", "none" },
        // cancer abbreviations
        { "ONC HX: ccRCC L kidney, pT3a, radical nephrectomy 05/2024.", "malignancy", "present" },
        { "ASSESSMENT: mCRPC on ADT + enzalutamide with PSA progression.", "malignancy", "present" },
        { "A/P: FTC with biochemical incomplete response, no structural disease identified.", "malignancy", "present" },
        { "ONC HX: B-ALL, standard risk, dx 03/2021 (age 4).", "malignancy", "present" },
        { "A/P: 10 yo ALL survivor, 3+ yr off tx.", "malignancy", "present" },
        { "Hx cervical SCC IIB s/p pelvic chemoradiation 2019.", "malignancy", "present" },
        { "Red flags: no ca hx, no fever, no immunosuppression.", "malignancy", "absent" },
        { "ALL OTHER SYSTEMS REVIEWED AND NEGATIVE.", "malignancy", "none" },
        { "PMH: HIV on ART (bictegravir/FTC/TAF), CD4 612, VL undetectable.", "malignancy", "none" },
        // staging with a prefix on every letter; restaging with no spread
        { "03/2024 staging: bone scan negative. cT2 cN1 M0.", "metastasis", "absent, not present" },
        { "ONCOLOGIC DIAGNOSIS: R breast IDC, pT2 pN1a M0, ER+/PR+/HER2-.", "metastasis", "absent, not present" },
        { "Stage IV lung adenocarcinoma, cT2a cN2 M1b (bone).", "metastasis", "present" },
        { "ONC HX: CT chest 01/06/2026 for restaging: lung nodules stable, no new visceral disease.", "metastasis", "absent" },
        { "Follicular thyroid cancer. FDG PET/CT 04/28/2026: no FDG-avid nodal or pulm disease.", "metastasis", "absent" },
        { "Prostate cancer restaging bone scan: known L5 mets stable; no new foci.", "metastasis(~foci)", "absent" },
        { "Knee x-ray: no joint effusion, no new foci of calcification.", "metastasis", "none" },
        // a metastasis weighed against anything is on a differential
        { "Differential: solitary metastasis vs. pedicle stress reaction vs. facet degeneration.", "metastasis", "possible, not present" },
        { "Breast cancer on letrozole, rising CA 15-3: possible first distant (osseous) recurrence.", "metastasis", "possible, not present" },
        // immune suppression: a drug stopped is past (historical), 'no steroids' is absent, finished chemotherapy historical
        { "He has been off methotrexate since 03/2024 and off prednisone since 2024.", "immune_suppression", "historical, not present" },
        { "PMH: sarcoidosis. Was on methotrexate 2019-2023, stopped in remission.", "immune_suppression", "historical, not present" },
        { "PMH: cardiac sarcoidosis; methotrexate and prednisone, both discontinued 2024; HTN.", "immune_suppression", "historical, not present" },
        { "Meds: ibuprofen prn, vitamin D. No immunosuppressants. No steroids.", "immune_suppression", "absent, not present" },
        { "Not on steroids or other immunosuppressants; no h/o cancer.", "immune_suppression", "absent, not present" },
        { "Meds: adalimumab 40 mg q2wk, naproxen 500 BID.", "immune_suppression", "present" },
        { "No steroid injections in the last year; on methotrexate 15 mg weekly.", "immune_suppression", "present, not absent" },
        { "UC in remission - continue mesalamine, no steroids needed.", "immune_suppression", "none" },
        { "ONC HX: DLBCL stage III. 03-07/2019 R-CHOP x 6 cycles.", "immune_suppression", "historical, not present" },
        { "Breast ca (L, stage I) 2012 s/p lumpectomy/XRT + 4 cycles TC chemo - completed 2012, NED since.", "immune_suppression", "historical, not present" },
        { "Left breast cancer dx 03/2017. Lumpectomy + SLNB 04/2017, AC-T 05-09/2017, RT 2017.", "immune_suppression", "historical, not present" },
        { "ONC HX: B-ALL, standard risk, dx 03/2021. COG therapy, end of therapy 06/2023.", "immune_suppression", "historical, not present" },
        { "A/P: 10 yo ALL survivor, 3+ yr off tx, with 5 wk back pain.", "immune_suppression", "historical, not present" },
        { "Metastatic breast cancer, currently on chemotherapy (paclitaxel weekly).", "immune_suppression", "present" },
        { "Lymphoma 2019, C4D1 of R-CHOP given 10/20.", "immune_suppression", "present" },
        { "PT note: 4 weeks of therapy completed, off therapy since 05/2026.", "immune_suppression", "none" },
        // an HIV test with a negative result is no HIV; treated HIV with an undetectable load is
        { "Labs: HIV Ag/Ab, RPR nonreactive; B12 612.", "immune_suppression", "absent, not present" },
        { "PMH: HIV on ART (bictegravir), CD4 612, VL undetectable 03/2026.", "immune_suppression", "present" },
        // lab tables: tests as columns (the header names the test and its scale) or as rows; a reference range is no result
        { "LABS\n| Date   | WBC (4.0-10.5) | ESR (0-20 mm/h) | CRP (<8 mg/L) |\n|--------|----------------|-----------------|---------------|\n| 01/08  | 17.6 H         | 88 H            | 212 H         |\n| 03/16  | 6.5            | 19              | 3.0           |", "abnormal_inflammatory_labs(~212)", "present" },
        { "LABS\n| Date   | WBC (4.0-10.5) | ESR (0-20 mm/h) | CRP (<8 mg/L) |\n|--------|----------------|-----------------|---------------|\n| 01/08  | 17.6 H         | 88 H            | 212 H         |\n| 03/16  | 6.5            | 19              | 3.0           |", "abnormal_inflammatory_labs(~3.0)", "absent, not present" },
        { " Date     WBC (K/uL)   ESR (mm/h)   CRP (mg/dL)   Cr\n 08/28    16.2 H       94 H         18.6 H        1.0\n 10/06    7.1          41 H         0.7           1.0", "abnormal_inflammatory_labs(~0.7)", "absent, not present" },
        { " Date     WBC (K/uL)   ESR (mm/h)   CRP (mg/dL)   Cr\n 08/28    16.2 H       94 H         18.6 H        1.0\n 10/06    7.1          41 H         0.7           1.0", "abnormal_inflammatory_labs(~41)", "present" },
        { "Date    | Glucose | Cr  | ALT\n10/21   | 162     | 2.1 | 22\n10/28   | 131     | 1.6 | 25", "abnormal_inflammatory_labs", "none" },
        { "LABS               07/18     07/19     07/20      ref\nWBC (K/uL)         5.1       5.9       5.6        3.8-10.6\nCRP (mg/L)         41 H      88 H      96 H       <8", "abnormal_inflammatory_labs(~88)", "present" },
        { "LABS               07/18     07/19     07/20      ref\nWBC (K/uL)         5.1       5.9       5.6        3.8-10.6\nCRP (mg/L)         41 H      88 H      96 H       <8", "abnormal_inflammatory_labs(~5.9)", "absent, not present" },
        { "| Test | Result | Ref          |\n| WBC  | 6.4    | 4.0-10.5 K/uL|\n| CRP  | 2.1    | <10 mg/L     |", "abnormal_inflammatory_labs(~2.1)", "absent, not present" },
        { "Labs 11/09/2026: FLC ratio 1.2 (normal); CBC normal, WBC 6.2; ESR 14.", "abnormal_inflammatory_labs(~ESR 14)", "absent" },
        { "(ref: WBC 4.0-10.5; ESR 0-20; CRP <0.8)", "abnormal_inflammatory_labs", "none" },
        // culture, urinalysis and echo rows: a uropathogen or organism grown is an infection of kind other, a clean result absent
        { "Micro: urine cx 03/02: Klebsiella >100K, cipro-S.", "infection(kind=other)", "present" },
        { "Labs: urine culture 5/1 no growth; CBC normal.", "infection(kind=other)", "absent, not present" },
        { "Urine culture pending; will call with results.", "infection", "none" },
        { "ED: UA today negative (no LE, no nitrite).", "infection(kind=other)", "absent, not present" },
        { "Labs: UA 6.1 mg/dL (uric acid), Cr 0.8.", "infection", "none" },
        { "Micro: BCx 1 of 2 bottles GNR at 18 h.", "infection(kind=other)", "present" },
        { "Blood cultures x2 NGTD at 72 h.", "infection(kind=other)", "absent, not present" },
        { "Repeat blood cx 04/02 no growth; initial cultures grew nothing either.", "infection", "none" },
        { "Echo: TTE 04/03 - no vegetation, EF 60%.", "infection(kind=other)", "absent" },
        { "Consent: risks including bleeding, infection and nerve injury were discussed.", "infection", "hypothetical, not present" },
        // other named infections are kind other; a vaccine or an incisional cellulitis is not one
        { "A/P: 1. MSSA bacteremia with tricuspid endocarditis - continue cefazolin.", "infection(kind=other)", "present" },
        { "ID: no endocarditis on TEE.", "infection(kind=other)", "absent" },
        { "Immunizations: hepatitis B vaccine series, influenza vaccine 10/2025.", "infection", "none" },
        // common infections outside the spine are kind other: shingles, thrush, bronchitis, pneumonia, a bare flu;
        // a vaccine, a clinic's name and a combined test are not the disease
        { "A/P: 1. Herpes zoster, R L5 dermatome (B02.9) - classic, no dissemination.", "infection(kind=other)", "present" },
        { "Hx: L T10 shingles 2021, resolved, no residual pain.", "infection", "historical, not present" },
        { "Exam: T 38.4  HR 108. Oral thrush. Tender to percussion L3-L4.", "infection(~thrush)", "present" },
        { "# Bronchitis - switch levofloxacin to doxycycline.", "infection(kind=other)", "present" },
        { "CXR: no pneumonia.", "infection", "absent, not present" },
        { "Immunizations: Shingrix x2 2024, flu shot 10/2026, pneumonia vaccine 2023.", "infection", "none" },
        { "SOUTHWEST REGIONAL HANSEN'S DISEASE CLINIC (outpatient, state program)", "infection", "none" },
        { "CC: low back pain; \"had the flu\" two weeks ago.", "infection", "historical, not present" },
        { "Skin: track marks, no active abscess. Neck injection sites without fluctuance.", "infection(kind=abscess)", "absent" },
        // a lab value told with the reference range beside it is read against that range; a low WBC is abnormal
        { "LABS: WBC 8.1, CRP 4 (nl <10). UA: no leukocyte esterase.", "abnormal_inflammatory_labs(~CRP 4)", "absent, not present" },
        { "Labs: CRP 14 (<5), ESR 34 (<30), WBC 6.8.", "abnormal_inflammatory_labs(~CRP 14)", "present" },
        { "ESR 16 mm/h (0-30); CRP 2.1 mg/L (ref < 5).", "abnormal_inflammatory_labs(~ESR 16)", "absent, not present" },
        { "Labs 11/21: WBC 3.1, ANC 1.6, CRP 171 (up from 148).", "abnormal_inflammatory_labs(~WBC 3.1)", "present" },
        { "CSF (4/7): WBC 3 (92% lymph), protein 142.", "abnormal_inflammatory_labs", "none" },
        // a relative's drug is family; a low CD4 count is HIV's suppression; HIV among ordered tests is no disease
        { "FHx: brother with ankylosing spondylitis (on adalimumab). Father hip fx.", "immune_suppression", "family, not present" },
        { "Labs drawn today: CD4 92 cells/uL (8%).", "immune_suppression(cause=HIV)", "present" },
        { "Plan: serum ACE, lysozyme, HIV, Quantiferon; EMG/NCS.", "immune_suppression", "none" },
        // a short steroid course that is over is past suppression; one for the back pain itself is care, not read
        { "He completed a prednisone 40 mg taper for a COPD flare in July; not on steroids since.", "immune_suppression(~taper)", "historical, not present" },
        { "Past: prednisone burst 2020 (poison ivy), none since.", "immune_suppression", "historical, not present" },
        { "PCP gave prednisone taper 09/02 (completed 09/07), minimal help.", "immune_suppression", "none" },
        // a read with no bone lesion says no metastasis only where a cancer is in the note
        { "IMPRESSION: Mild spondylosis. No suspicious osseous lesion.", "metastasis", "none" },
        { "HISTORY: breast cancer, new back pain. IMPRESSION: No suspicious osseous lesion.", "metastasis", "absent" },
        // spinal tuberculosis and brucellosis by name; an infection queried with a question mark; travel serologies read negative
        { "A/P: suspect vertebral osteomyelitis/discitis: TB spondylitis vs pyogenic.", "infection(~TB spondylitis)", "possible, not present" },
        { "PMH: brucellar spondylitis L4-L5 2023, treated in Mosul, declared cured 09/2023.", "infection(~brucellar spondylitis)", "historical, not present" },
        { "Requested study: MRI L-spine w/o and w/ contrast (ID service, ?discitis)", "infection", "possible, not present" },
        { "Reason: ?spinal TB", "infection", "possible" },
        { "QFT-Plus positive 22/09. Brucella total Ab (06/10): negative. HIV neg.", "infection(~Brucella)", "absent" },
        { "Screening: Strongyloides IgG neg. Hep B sAg neg. CBC normal.", "infection(~Strongyloides)", "absent" },
        { "B12 512, copper normal, HIV neg, RPR neg, HTLV-1 neg.", "infection", "none" },
        // a plan that continues or holds an immunosuppressive drug: the drug is current
        { "PLAN: Continue etanercept 50 mg weekly; recheck CBC.", "immune_suppression", "present" },
        { "Plan: hold tocilizumab and MTX until the culture results return.", "immune_suppression", "present" },
        { "Plan: hold steroids until the biopsy is done.", "immune_suppression", "not present" },
        { "Plan: continue ibuprofen prn, continue home PT.", "immune_suppression", "none" },
        // neutropenia is immune suppression as a state; each chemotherapy cycle given is too, a held one is not; newer
        // lymphoma regimens are current chemotherapy like R-CHOP
        { "Febrile neutropenia protocol - told to come to the infusion center.", "immune_suppression(~neutropenia)", "present" },
        { "A/P: neutropenic nadir 11/12, now bacteremic.", "immune_suppression(~neutropenic)", "present" },
        { "CBC today: ANC 3.4, no neutropenia.", "immune_suppression", "absent, not present" },
        { "Sister had chemotherapy-induced neutropenia in 2019.", "immune_suppression", "not present" },
        { "| C2D1  | 10/12/2026 | full dose                     | mild neuropathy gr 1 fingers |", "immune_suppression(~C2D1)", "present" },
        { "| C4D1  | 11/23/2026 | HELD - febrile, see 11/20     |                              |", "immune_suppression", "none" },
        { "62M with DLBCL on Pola-R-CHP (C3 11/02, prednisone d1-5).", "immune_suppression(~Pola-R-CHP)", "present" },
        { "Regimen: DA-R-EPOCH q21d x 6 cycles, started 09/2026.", "immune_suppression", "present" },
    };
}
