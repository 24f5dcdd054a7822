using NoteCheck.Core;

namespace NoteCheck.Findings.Tests;

/// <summary>
/// MRI clearances in every form (writers of train-266..300): screening items answered no inline or after a colon,
/// "X is NOT a contraindication to MRI", negated device lists, no abandoned leads, MR Conditional terms and device
/// cards, orbits clear on films, implants scanned without incident, prior MRIs tolerated, weight within the table limit, sedation candidates; and the patient's own word that
/// MRI is impossible (possible). Each with a negated or turned case and a distractor.
/// </summary>
public class MriClearanceCaseTests : DetectorCaseTable
{
    protected override ImagingRequest? Request { get; } = new() { RequestDate = new DateOnly(2026, 11, 20), Patient = new Patient(null, new DateOnly(1963, 11, 30), "F") };

    public static TheoryData<string, string, string> Cases => new()
    {
        // a claim whose stated reason is access, a wait, distance or cost is no contraindication (nonqualifying_reason)
        { "MRI inappropriate for this pt d/t access: mobile MRI not until 6/23 and he can't make the drive.", "mri_contraindication", "possible, not present" },
        { "MRI not possible due to insurance - will try CT.", "mri_contraindication", "not present" },
        { "MRI contraindicated due to his pacemaker (not MR conditional).", "mri_contraindication", "present" },
        // screening items answered no in a list or after a colon (mri_contraindication.screen_label_no)
        { "MRI SCREENING (RN, 1515): pacemaker NO / neurostimulator NO / aneurysm clip NO / metal work or grinding YES.", "mri_contraindication(reason=neurostimulator)", "absent, not present" },
        { "MRI screen:\n - Pacemaker/ICD/stimulator: NO. Aneurysm clips: NO. Claustrophobia: NO.", "mri_contraindication(reason=claustrophobia)", "absent, not present" },
        { "Metal fragments in eyes / grinding or welding  NO\n", "mri_contraindication(reason=metallic_foreign_body)", "absent, not present" },
        { "Device check: pacer dependent: no. Abandoned leads: no.", "mri_contraindication", "none" },
        { "Pacemaker Y / N", "mri_contraindication", "none" },
        { "No leg numbness or weakness, no saddle anesthesia, no urinary retention.", "mri_contraindication", "none" },
        // a named item declared no contraindication (not_a_contraindication, not_a_contraindication_bare)
        { "DETERMINATION: CLEARED. The SCS is NOT a contraindication to MRI of the lumbar spine on our 1.5 T magnet.", "mri_contraindication(reason=neurostimulator)", "absent, not present" },
        { "Emergence delirium after propofol is common and is not a contraindication to sedation.", "mri_contraindication", "absent, not present" },
        { "Claustrophobia is not a contraindication to MRI, but her pacemaker is.", "mri_contraindication", "not absent" },
        { "Anticoagulation is not a contraindication to ESI.", "mri_contraindication", "none" },
        // negated device lists and leads (no_devices, no_abandoned_leads)
        { " 3. No pacemaker/ICD, no cochlear implant, no aneurysm clip.", "mri_contraindication", "absent, not present" },
        { "Leads: two 8-contact percutaneous leads, tips at T8-T9; no abandoned leads, no adaptors.", "mri_contraindication", "absent, not present" },
        { "Labeling: MR Conditional only as a complete system with no abandoned or capped leads.", "mri_contraindication(~abandoned)", "none" },
        { "PMH: none. No surgeries, no implants.", "mri_contraindication", "none" },
        // MR Conditional under stated terms, on a device card, or as a named system
        { "MANUFACTURER LABELING: MR Conditional - full-body eligible at 1.5 T with the system in MRI Mode.", "mri_contraindication", "absent, not present" },
        { "PMH: SSS s/p PPM 2022 (MR-conditional per device card in wallet), HTN.", "mri_contraindication", "absent, not present" },
        // an MR Conditional label clears a device, never the artifact it warns of
        { "Registry check: aortic stent graft = MR Conditional, 1.5T only; expect local susceptibility artifact.", "mri_contraindication(reason=device_other)", "absent, not present" },
        { "Registry check: aortic stent graft = MR Conditional, 1.5T only; expect local susceptibility artifact.", "mri_contraindication(reason=non_diagnostic)", "none" },
        { "IMPRESSION: Non-diagnostic at L3-4 owing to marked susceptibility artifact from the stent graft.", "mri_contraindication(reason=non_diagnostic)", "present" },
        // an MR Conditional device that would replace the present one is not the device in the patient
        { "Exchange for an MR-conditional pump is not planned this year.", "mri_contraindication", "none" },
        { "Her spinal cord stimulator is MR Conditional (full body 1.5T).", "mri_contraindication", "absent, not present" },
        { "Normally functioning MR-conditional dual chamber pacing system.", "mri_contraindication", "absent, not present" },
        { "The generator is MR Conditional at 1.5 T but the abandoned leads are not.", "mri_contraindication", "not absent" },
        // both orbits clear on films (orbits_clear); one side clear says nothing of the other
        { "XR orbits 2 views done 10/9/2026: \"No radiopaque foreign body in either orbit.\"", "mri_contraindication(reason=metallic_foreign_body)", "absent, not present" },
        { "Orbit films negative bilaterally.", "mri_contraindication(reason=metallic_foreign_body)", "absent, not present" },
        { "XR orbits: metallic FB R orbit x2. Left orbit clear.", "mri_contraindication(reason=metallic_foreign_body)", "not absent" },
        { "If orbits are clear on x-ray, MRI can proceed.", "mri_contraindication(~orbits)", "none" },
        // an implant already scanned safely (scanned_without_incident)
        { "Device clinic interrogated before/after, scanned under protocol without incident.", "mri_contraindication", "absent, not present" },
        { "MRI done with device programmed to MRI mode - no issues, post-scan check normal.", "mri_contraindication", "absent, not present" },
        { "He has never been scanned without incident.", "mri_contraindication", "not absent" },
        // a prior MRI tolerated (prior_mri_tolerated, did_fine_with_aids)
        { "MRI L-spine would be the study (had brain MRI 2023 for headaches - tolerated well).", "mri_contraindication", "absent, not present" },
        { "If pain persists MRI would be the study (he tolerated MRI before).", "mri_contraindication", "absent, not present" },
        { " [x] Mild anxiety in scanners reported; tolerated MRI brain 2022 w/o meds", "mri_contraindication", "absent, not present" },
        { "Rafferty denies it - had the knee MRI last year without any trouble.", "mri_contraindication", "absent, not present" },
        { "Pt says she \"did fine with headphones and a washcloth over my eyes,\" just doesn't love the MRI tube.", "mri_contraindication", "absent, not present" },
        { "She never tolerated MRI before.", "mri_contraindication", "not absent" },
        { "Tolerated the injection well, no complications.", "mri_contraindication", "none" },
        // weight within the scanner's limit (habitus_within_limit)
        { "ADDENDUM: Weight 168 kg is within our 1.5 T table limit (227 kg) and he fits the 70 cm bore.", "mri_contraindication(reason=body_habitus)", "absent, not present" },
        { "Wt 212 lb (table limit 500 lb) - OK", "mri_contraindication(reason=body_habitus)", "absent, not present" },
        { " [x] Patient weight 78 kg (table limit 250 kg)", "mri_contraindication(reason=body_habitus)", "absent, not present" },
        // ... but not when another size is what stops the scan: the weight clears nothing
        { "(Her weight of 190 kg is under the 250 kg table limit - girth is the problem.)", "mri_contraindication(reason=body_habitus)", "not absent" },
        { "Weight 260 kg exceeds the MRI table limit (250 kg).", "mri_contraindication(reason=body_habitus)", "present, not absent" },
        { "Weight 150 kg is within the CT table limit.", "mri_contraindication", "none" },
        // sedation candidates
        { "ASSESSMENT: healthy child, low risk. Good candidate for MRI under propofol sedation.", "mri_contraindication", "absent, not present" },
        // MRI ruled out only by the patient's own word (patient_reported_claim)
        { "Pt has retained frag R knee so MRI contraindicated per pt, CT L-spine ordered.", "mri_contraindication", "possible, not present" },
        { "Patient states he \"can't have MRI\"; no MRI safety screening on file.", "mri_contraindication", "possible, not present" },
        { "MRI contraindicated per cardiology: abandoned RV lead, not MR conditional.", "mri_contraindication", "present" },
        // a claim told on a dated source's word (claim_per_dated_source): still present, dated by the source (see below)
        { "Problem list: ICD - not MR conditional (per EP letter 04/2019).", "mri_contraindication(~conditional)", "present" },
        { "No MRI per neurosurgery note 2018 (aneurysm clip).", "mri_contraindication(reason=aneurysm_clip)", "present" },
        { "ICD placed 04/2019; lumbar MRI is not contraindicated per EP.", "mri_contraindication", "not present" },
        // a device told as removed answers a contraindication it made (device_removed); a removal planned, weighed or left
        // behind answers nothing
        { "Day 7: both trial leads were pulled intact at the bedside, tips inspected.", "mri_contraindication(reason=pacemaker_icd)", "absent, not present" },
        { "s/p SCS explant 03/2026 for infection.", "mri_contraindication(reason=neurostimulator)", "absent, not present" },
        { "The old leads were not removed; they were capped and abandoned.", "mri_contraindication", "not absent" },
        { "Stimulator explant not an option while on anticoagulation.", "mri_contraindication", "not absent" },
        { "Expander removal is planned with the exchange in spring.", "mri_contraindication", "not absent" },
        // an MRI report calling its own images diagnostic however told (report_diagnostic); not one that limits it
        { "MRI LUMBAR SPINE WITHOUT CONTRAST   Exam date: 10/14/2026\nTechnique: 1.5 T. Sagittal T1, T2, STIR.\nFindings: The lumbar spine is fully evaluated.", "mri_contraindication(reason=non_diagnostic)", "absent, not present" },
        { "MRI LUMBAR SPINE WITHOUT CONTRAST   Exam date: 10/14/2026\nTechnique: 1.5 T. Sagittal T1, T2, STIR.\nIMPRESSION: 2. No artifact affecting the lumbar spine; the examination is diagnostic.", "mri_contraindication(reason=non_diagnostic)", "absent, not present" },
        { "MRI LUMBAR SPINE WITHOUT CONTRAST   Exam date: 10/14/2026\nTechnique: 1.5 T. Sagittal T1, T2, STIR.\nIMPRESSION: The examination is diagnostic except at L4-5, where screw artifact obscures the foramina.", "mri_contraindication(reason=non_diagnostic)", "not absent" },
        { "A/P: EMG is diagnostic of a left L5 radiculopathy; the exam is diagnostic for her.", "mri_contraindication", "none" },
        // a claustrophobia claim with no failed sedation or attempt, however told: possible, not present
        { "I can't do an MRI, I'm super claustrophobic. I cancelled the appointment.", "mri_contraindication(reason=claustrophobia)", "possible, not present" },
        { "2. MRI contraindicated - claustrophobia; pt unable to tolerate MRI.", "mri_contraindication(reason=claustrophobia)", "possible, not present" },
        { "MRI contraindicated - claustrophobia; unable to tolerate MRI despite lorazepam 2 mg on 09/12.", "mri_contraindication", "present" },
        // claustrophobia told bare or in the patient's words, with no failed sedation (claustrophobia_told): possible
        { "MRI ordered for 10/24 (wide bore); pt cancelled 10/22. States claustrophobia.", "mri_contraindication(reason=claustrophobia)", "possible, not present" },
        { "That was fine I guess. I just really hate tight spaces and don't want to do it again.", "mri_contraindication(reason=claustrophobia)", "possible, not present" },
        { "He is also claustrophobic.", "mri_contraindication", "possible, not present" },
        { "Not claustrophobic.", "mri_contraindication", "not possible" },
        { "Mom gets claustrophobic in elevators.", "mri_contraindication", "not possible" },
        // severe claustrophobia the patient will not try sedation for is not claustrophobia that failed sedation
        { "Severe claustrophobia; she declines lorazepam and an open MRI.", "mri_contraindication", "not present" },
        { "Severe claustrophobia - aborted MRI 09/2026 despite lorazepam 1 mg.", "mri_contraindication", "present" },
        // an MRI told as done awake after the MRI it follows (done_awake_after_mri); not a plan
        { "MRI whole spine w/o (06/18/2026): no syrinx, normal filum. Obtained because of progression; done awake without difficulty.", "mri_contraindication", "absent, not present" },
        { "Whole-spine MRI 09/2025 (ordered at her first visit for a sharp apex): done awake, no sedation, no problems, and normal.", "mri_contraindication", "absent, not present" },
        { "MRI L-spine ordered; to be done awake if she can hold still.", "mri_contraindication", "not absent" },
        // qualified clearances and objections ('No cardiac or autonomic contraindication to MRI'); 'no implant card' is no record
        { "3. No cardiac or autonomic contraindication to MRI.", "mri_contraindication", "absent, not present" },
        { "I have no cardiac objection to repeat supine MRI if her PCP wants one.", "mri_contraindication", "absent, not present" },
        { "SAH 2015 s/p aneurysm clipping abroad - no implant card, records not available for MRI screening.", "mri_contraindication", "not absent" },
        { "He had an MRI brain 03/2024 with this pump in place without a problem.", "mri_contraindication", "absent, not present" },
        // orbital radiographs are the screen, not where the metal is
        { "MRI safety: a history of an ocular metal foreign body needs screening orbital radiographs before any MRI.", "mri_contraindication", "not present" },
        { "Metal fragment in the left orbit on x-ray, not removed.", "mri_contraindication(reason=metallic_foreign_body)", "present" },
        // a radiologist's word that MRI will not answer the question; body-coil imaging not permitted
        { "MRI LUMBAR SPINE WITHOUT CONTRAST\nTechnique: 1.5 T. Sagittal T1, T2, STIR.\nIMPRESSION:\n1. Non-diagnostic for the clinical question.", "mri_contraindication(reason=non_diagnostic)", "present" },
        { "Radiology says repeat MRI will not help. Order CT L-spine w/o contrast.", "mri_contraindication(reason=non_diagnostic)", "present" },
        { "We will ask radiology whether a repeat MRI will help.", "mri_contraindication", "not present" },
        { "Per the VNS labeling, head imaging only; body-coil imaging, including lumbar spine, is not permitted.", "mri_contraindication", "present" },
        // a worn, removable item told MR Unsafe with its removal before the scan (removable_item_unsafe)
        { "Reminded them to remove the brace (with sensor) before any MRI - the\nsensor module is MR Unsafe.", "mri_contraindication(reason=device_other)", "absent, not present" },
        { "Her continuous glucose monitor is MR unsafe and must be removed before the scan.", "mri_contraindication", "absent, not present" },
        { "The stimulator is MR Unsafe; leads cannot be removed.", "mri_contraindication", "not absent" },
        { "Hearing aids out, brace off; walked to x-ray.", "mri_contraindication", "none" },
        // a quoted 'no MRI' after the device it stems from (quoted_no_mri_for_device)
        { "MRI contraindicated (ENT letter on\n   file: internal magnet not removable, \"no MRI\").", "mri_contraindication", "present" },
        { "Pacemaker placed 2019, now MR conditional per EP, \"no MRI\" sticker removed.", "mri_contraindication", "not present" },
        { "Mother says \"no MRI\" because she read about the noise.", "mri_contraindication", "not present" },
        // an attempt stopped minutes in for panic, subject unnamed (stopped_minutes_in_panic)
        { "MRI L-spine attempted with lorazepam. Second attempt with mother in room: stopped at ~1 min, panic.", "mri_contraindication(reason=claustrophobia)", "present" },
        { "Treadmill walk stopped at 4 min for calf pain.", "mri_contraindication", "none" },
        // a report line's bare 'Tolerated without issue' after the MRI it follows (tolerated_it)
        { "MRI L-spine 02/2026: small L4-5 bulge. Tolerated without issue.", "mri_contraindication", "absent, not present" },
        { "Tolerated the epidural without issue.", "mri_contraindication", "none" },
    };
}

/// <summary>A contraindication told on a dated source's word is dated by the source, so a later clearance answers it.</summary>
public class MriClaimSourceDateTests
{
    [Fact]
    public void A_claim_citing_a_dated_source_takes_the_source_date_and_one_without_keeps_the_visit()
    {
        var cited = Detect.Text("OFFICE VISIT   DOS: 05/04/2026\n\nProblem list: ICD - not MR conditional (per EP letter 04/2019).\n");
        Assert.Equal(2019, Assert.Single(cited, f => f.Type == "mri_contraindication" && f.Assertion == Assertion.Present).Date?.Year);
        var own = Detect.Text("OFFICE VISIT   DOS: 05/04/2026\n\nICD placed 2019 - not MR conditional (abandoned RV lead).\n");
        Assert.Equal(new DateOnly(2026, 5, 4), Assert.Single(own, f => f.Type == "mri_contraindication" && f.Assertion == Assertion.Present).Date);
    }
}
