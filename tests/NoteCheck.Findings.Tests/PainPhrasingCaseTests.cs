using NoteCheck.Core;

namespace NoteCheck.Findings.Tests;

/// <summary>
/// How writers the back-pain rules had not seen tell back pain and night pain: a score given to the back by region,
/// pain named by its source or axis (facet, axial), the patient's own words, lumbar shorthand after 'Pain', pain on
/// lumbar motion, night pain told by its events, spinal tenderness next to a negated one, a relative the patient
/// helped, and leg pain told as a path, a score or with a plain verb. Per class a positive, a negated or otherwise-not case, and a distractor; all sentences invented.
/// </summary>
public class PainPhrasingCaseTests : DetectorCaseTable
{
    private static readonly ImagingRequest Adult = new() { RequestDate = new DateOnly(2026, 11, 24), Patient = new Patient(null, new DateOnly(1970, 3, 9), "M") };

    protected override ImagingRequest? Request => Adult;

    public static TheoryData<string, string, string> Cases => new()
    {
        // a score given to the back by region
        { "Diary: leg 6/10 on most days, back 2-4/10.", "back_pain", "present" },
        { "Leg 3/10 today. Back: 5/10, SCS helping the leg more than the back.", "back_pain", "present" },
        { "L leg 8/10 most days. Back 4-5.", "back_pain", "present" },
        { "Denies back pain. Leg 7/10.", "back_pain", "absent, not present" },
        { "He came back 4-6 weeks after the injection for a recheck.", "back_pain", "none" },
        // pain named by its source or its axis
        { "Assessment: chronic lumbar facet pain L4-S1, s/p RFA with partial relief.", "back_pain", "present" },
        { "Extension with rotation reproduces his axial pain.", "back_pain", "present" },
        { "No axial pain today; the leg is the problem.", "back_pain", "absent, not present" },
        { "Cervical facet pain at C5-6, s/p RFA in 2024.", "back_pain", "none" },
        // the patient's own words
        { "\"I threw my back out moving a couch on Sunday.\"", "back_pain", "present" },
        { "Says it feels \"like a toothache in my spine.\"", "back_pain", "present" },
        { "My back is no better since the shot.", "back_pain", "present" },
        { "Back \"a little stiff\" in the mornings, otherwise fine.", "back_pain", "present" },
        { "The ache sits right across the belt line.", "back_pain", "present" },
        { "He sat back in the chair and signed the consent.", "back_pain", "none" },
        // lumbar shorthand after 'Pain'
        { "Pain bilateral lower lumbar, worse bending.", "back_pain", "present" },
        { "Pain L-S junction, 5/10 at rest.", "back_pain", "present" },
        { "Low lumbar ache, now into R buttock on walking (no leg radiation).", "back_pain(~now into R buttock)", "present" },
        { "Ache now into the L buttock and down the posterior thigh to the knee.", "back_pain", "none" },
        // pain on lumbar motion
        { "Lumbar ROM: flexion full, extension painful.", "back_pain", "present" },
        { "Painful flexion to 40 degrees, guarded.", "back_pain", "present" },
        { "Hip flexion painful on the right, FABER positive.", "back_pain", "none" },
        { "Focal L2-3 pain after the fall, worse standing.", "back_pain", "present" },
        { "Diffuse trigger point pain in the trapezius.", "back_pain", "none" },
        // night pain told by its events
        { "Pain 7/10, wakes him around 3 am most nights.", "back_pain(nocturnal=true)", "present" },
        { "Back pain keeps her up at night now.", "back_pain(nocturnal=true)", "present" },
        { "Up pacing at 2-3 am with the back pain.", "back_pain(nocturnal=true)", "present" },
        { "Nocturia: wakes 2x/night to void.", "back_pain", "none" },
        { "Daughter called: \"She can't sleep, pain worse today.\"", "back_pain(nocturnal=true)", "present" },
        { "He was unable to sleep because he feared the neighbors would hurt him.", "back_pain", "none" },
        // spinal tenderness next to a negated one
        { "Lumbar paraspinal tenderness L4-S1 bilat, no midline tenderness.", "back_pain", "present, not absent" },
        { "Spine: focal TTP ~L2-3, no step-off.", "back_pain", "present" },
        { "Back: no step-off, TTP lumbar paraspinals.", "back_pain", "not absent" },
        { "No midline or paraspinal tenderness.", "back_pain", "none" },
        // the leg pain's path without a verb, a leg score, a plain verb
        { "Hx: R buttock -> posterior thigh -> lateral calf, 7/10 most days.", "radicular_pain", "present" },
        { "Four months of L buttock-to-heel pain, worse sitting.", "radicular_pain", "present" },
        { "Sensation: PP decreased L leg, groin to toes.", "radicular_pain", "none" },
        { "Pain 6/10 leg > back 2/10 since the injection.", "radicular_pain", "present" },
        { "Back 3/10 today; no leg pain.", "radicular_pain", "absent, not present" },
        { "Now the pain is going to the front of the L thigh and inside of the knee.", "radicular_pain", "present" },
        { "Her pain is better; she goes to the podiatry clinic for her foot.", "radicular_pain", "none" },
        // radiation denied with the subject left out
        { "Pain stays in the low back, does not travel down the legs.", "radicular_pain", "absent, not present" },
        { "Some ache into the R buttock, does not go below the knee.", "radicular_pain", "absent, not present" },
        { "She does not go down to the basement laundry anymore.", "radicular_pain", "none" },
        // paraspinal spasm on exam, as tenderness is
        { "Back: L paraspinal spasm L>R, no step-off.", "back_pain", "present" },
        { "Lumbar: mild paraspinal spasm T12-L2.", "back_pain", "present" },
        { "Spine: no paraspinal spasm, no step-off.", "back_pain", "none" },
        { "Neck: cervical paraspinal spasm, Spurling neg.", "back_pain", "none" },
        // lumbar motion that pain limits or that reproduces the back's pain, in exam shorthand
        { "Flexion limited to 55 deg by pain.", "back_pain", "present" },
        { "Lumbar flex 60%, ext painful.", "back_pain", "present" },
        { "ROM: flexion full, extension reproduces L-sided pain.", "back_pain", "present" },
        { "Extension 10 deg painful, flexion to mid-thigh.", "back_pain", "present" },
        { "Lumbar extension reproduces R leg pain.", "back_pain", "none" },
        { "Hip flexion limited by pain after the fall.", "back_pain", "none" },
        { "Extension not painful, flexion full.", "back_pain", "not present" },
        // a course of worsening told through a relative clause, a climbing score, a progressing deficit, a visit's date
        { "Back pain and a new radicular pain that have progressively worsened since the crash.", "symptom_progression", "present" },
        { "Since starting chiropractic, back pain has climbed 5 -> 7-8/10.", "symptom_progression", "present" },
        { "R L5 radiculopathy with progressing motor deficit (EHL 4 -> 3/5).", "symptom_progression", "present" },
        { "Spine: exquisite tenderness L3-L4, worse than 11/02.", "symptom_progression", "present" },
        { "Pain worse than 5/10 means take the second tablet.", "symptom_progression", "not present" },
        // the leg itself as the subject, a worsening dated to this week or told per the patient; a side compared is none
        { "Message: the leg is worse this week, pain now into the heel.", "symptom_progression", "present" },
        { "Dorsiflexion weakness worse per pt since the visit.", "symptom_progression", "present" },
        { "The left leg is worse than the right on exam.", "symptom_progression", "not present" },
        { "Call if the leg is worse this week.", "symptom_progression", "not present" },
        // a relative the patient helped is not the one in pain
        { "LBP x 3 wks after moving boxes for her daughter.", "back_pain", "present, not family" },
        { "Low back pain since helping his son move a sofa.", "back_pain", "present, not family" },
        { "His mother has had low back pain for years.", "back_pain", "family, not present" },
    };
}
