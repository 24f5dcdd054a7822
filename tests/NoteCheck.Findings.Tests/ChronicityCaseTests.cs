using NoteCheck.Core;

namespace NoteCheck.Findings.Tests;

/// <summary>
/// Chronicity, resolution and dating: a deficit the examiner dates to an exam long before, a fracture told as old or
/// dated years back, a pars fracture named by its place, worsening after care stopped, a treated and healed wound
/// infection. Positive, not-so and distractor sentences, read against a November 2026 note.
/// </summary>
public class ChronicityCaseTests : DetectorCaseTable
{
    private static readonly ImagingRequest Adult = new() { RequestDate = new DateOnly(2026, 11, 20), Patient = new Patient(null, new DateOnly(1950, 1, 1), "F") };

    protected override ImagingRequest? Request => Adult;

    private const string Visit = "Office visit 11/10/2026\n";

    public static TheoryData<string, string, string> Cases => new()
    {
        // a deficit "same as" an exam or notes at least 6 months back is not new (bb.seen_long_before)
        { Visit + "Neuro: Knee jerks 2+ symmetric, ankle jerks trace bilat (same as 2025 exam).", "abnormal_reflexes(new=false)", "present" },
        { Visit + "Reflexes: biceps 2+/2+, knees 3+/3+ (symmetric, no spread, same as\n2019-2020 notes), ankles 2+/2+.", "abnormal_reflexes(new=false)", "present" },
        { Visit + "Motor: L EHL 4/5 (same as her 03/2024 visit).", "muscle_weakness(new=false)", "present" },
        // ... not when the earlier exam is recent, nor when a past episode only recurs
        { Visit + "Neuro: ankle jerks trace bilat (same as 10/28/2026 exam).", "abnormal_reflexes(new=false)", "none" },
        { Visit + "Motor: L EHL 4/5, same as 2019 episode.", "muscle_weakness(new=false)", "none" },
        { Visit + "Motor: new L EHL 4/5 (was 5/5 on the 2025 exam).", "muscle_weakness(new=true)", "present" },
        // a terse verdict as the next sentence speaks of the line before it (bb.chronic_verdict); not across a blank line
        { Visit + "Gait: L steppage without AFO; near normal with it. Chronic.", "gait_abnormality(new=false)", "present" },
        { Visit + "Motor: L EHL 4/5. Unchanged.", "muscle_weakness(new=false)", "present" },
        { Visit + "Motor: L EHL 4/5.\n\nStable.", "muscle_weakness(new=false)", "none" },
        { Visit + "Motor: L EHL 4/5. Unchanged from last visit per pt, though she walks less.", "muscle_weakness(new=false)", "none" },
        // upper-motor-neuron signs in a note that records an old stroke with residual deficits are the stroke's (reflex.old_stroke_*)
        { Visit + "HPI: L thalamic stroke 2021 with residual R hemiparesis.\nExam: R hyperreflexia,\nR Babinski.", "abnormal_reflexes(new=false)", "present" },
        { Visit + "Neuro: R arm 3/5 (post-stroke). Hyperreflexia on the right.", "abnormal_reflexes(new=false)", "present" },
        { Visit + "HPI: no prior stroke. Exam: L hyperreflexia at the knee.", "abnormal_reflexes(new=false)", "none" },
        { Visit + "HPI: old R MCA stroke. Exam: new L hyperreflexia at the knee and ankle clonus.", "abnormal_reflexes(new=true)", "present" },
        { Visit + "HPI: prior lacunar stroke. Exam: absent L ankle jerk.", "abnormal_reflexes(new=false)", "none" },
        // a fracture called old or dated long before is not new (fracture.old, fracture.dated_old)
        { Visit + "PMH: osteoporosis with vertebral compression fractures (T11 2022; L1 2023 s/p kyphoplasty; L2 2024, braced); HTN.", "fracture(new=false)", "present" },
        { Visit + "2. Low back pain from known osteoporotic fractures - x-ray shows old, unchanged deformities, no new fx.", "fracture(new=false)", "present" },
        { Visit + "2. Chronic back pain from multilevel osteoporotic compression fractures; x-ray 11/10 without new fracture.", "fracture(new=true)", "none" },
        // ... a recent or acute one stays new, an age is no 'old', and 'no new fx' does not make the old one new
        { Visit + "Acute L1 compression fracture after a fall on 11/02/2026.", "fracture(new=false)", "none" },
        { Visit + "82-year-old woman with an L1 compression fracture after a fall last week.", "fracture(new=false)", "none" },
        { Visit + "L1 compression fracture after a fall 10/28/2026, no other fracture.", "fracture(new=false)", "none" },
        // a fracture called healed is not delaying; a doubt about union is (fracture.healed after fracture.delayed)
        { Visit + "IMPRESSION: 1. Healed chronic L2 compression fracture, unchanged since 2024.", "fracture(delayedHealing=false)", "present" },
        { Visit + "1. L2 compression fx - ?non-union vs chronic.", "fracture(delayedHealing=true)", "present" },
        { Visit + "L1 fracture not yet healed on today's films.", "fracture(delayedHealing=false)", "none" },
        // a fracture of the pars is a pars fracture, not the known fracture
        { Visit + "Known L5 spondylolisthesis (a forward slip caused by old stress fractures of the pars).", "fracture(fractureType=pars)", "present" },
        { Visit + "Known L5 spondylolisthesis (a forward slip caused by old stress fractures of the pars).", "fracture(fractureType=other)", "none" },
        { Visit + "CT: no stress fracture of the pars.", "fracture(fractureType=pars)", "absent, not present" },
        // worse since care stopped is worsening after, not during, the course (progression.after_care)
        { Visit + "Pain a little worse again since PT stopped 10/22 (no driver).", "symptom_progression(duringTreatment=false)", "present" },
        { Visit + "Leg pain getting worse since she finished therapy in October.", "symptom_progression(duringTreatment=false)", "present" },
        { Visit + "Back pain worse after she finished therapy in October.", "conservative_treatment_failed", "none" },
        { Visit + "Back pain persists after completing 8 weeks of PT.", "conservative_treatment_failed", "present" },
        { Visit + "Back pain worse despite 6 weeks of PT and meloxicam.", "symptom_progression(duringTreatment=false)", "none" },
        { Visit + "Back pain worse since starting PT 3 weeks ago.", "symptom_progression(duringTreatment=false)", "none" },
        // a wound infection treated and healed is history; one under treatment today is not
        { Visit + "Wound: he had a small superficial wound infection at the distal incision\nat 2 weeks (separation, some erythema), treated with cephalexin x 7 days by\nour NP - healed completely by 4 weeks; cultures were never sent.", "surgical_site_infection", "historical, not present" },
        { Visit + "Superficial incisional infection at 3 weeks, treated with oral doxycycline - fully resolved.", "surgical_site_infection", "not present" },
        { Visit + "Wound infection at the distal incision - started cephalexin today, recheck in 1 week.", "surgical_site_infection", "present" },
    };
}

/// <summary>A block carried forward from an earlier visit is dated then, not at the visit that reprints it.</summary>
public class CopiedForwardDateTests
{
    private const string Note = "PROGRESS NOTE   DOS: 07/06/2026\n\nHPI (carried forward from initial consult 04/09/2019):\n" +
        "45 y/o F presenting with new onset urinary retention after acute cauda equina syndrome.\n\n" +
        "Interval history 07/06/2026:\nNEW: low back pain x 3 wks. No new numbness or weakness.\n";

    [Fact]
    public void A_carried_forward_paragraph_takes_the_date_its_heading_names()
    {
        var findings = Detect.Text(Note);
        var retention = Assert.Single(findings, f => f.Type == "bowel_bladder_dysfunction" && f.Assertion == Assertion.Present);
        Assert.Equal(new DateOnly(2019, 4, 9), retention.Date);
        // the paragraph of today's history keeps the visit's date
        var pain = Assert.Single(findings, f => f.Type == "back_pain" && f.Assertion == Assertion.Present);
        Assert.Equal(new DateOnly(2026, 7, 6), pain.Date);
    }

    [Theory]
    // an event told with its year right before it is that year's; a year further off in the sentence names something else
    [InlineData("OFFICE VISIT   DOS: 05/04/2026\n\nS: R ankle weakness since his 2021 car accident, unchanged.\n", 2021, 12, 31)]
    [InlineData("OFFICE VISIT   DOS: 05/04/2026\n\nS: Knee scope in 2019; slipped on ice and fell on the back yesterday.\n", 2026, 5, 4)]
    public void An_event_with_its_year_right_before_it_is_dated_that_year(string note, int y, int m, int d)
    {
        var trauma = Assert.Single(Detect.Text(note), f => f.Type == "trauma" && f.Assertion == Assertion.Present);
        Assert.Equal(new DateOnly(y, m, d), trauma.Date);
    }

    [Fact]
    public void An_exam_copied_from_a_dated_visit_is_dated_then_and_a_whole_normal_exam_names_no_one_muscle()
    {
        const string note = "OFFICE VISIT   DOS: 11/17/2026\n\nEXAM (copied from 11/03/2026, updated below):\nStrength: L ankle DF 4-/5, L EHL 4-/5.\n\n" +
            "UPDATED TODAY: EHL 5/5 bilaterally. Strength is full bilaterally.\n";
        var findings = Detect.Text(note);
        var copied = Assert.Single(findings, f => f.Type == "muscle_weakness" && f.Assertion == Assertion.Present);
        Assert.Equal(new DateOnly(2026, 11, 3), copied.Date);
        // 'EHL 5/5' beside 'Strength is full' is a normal exam of every muscle: the group names no muscle
        var normal = Assert.Single(findings, f => f.Type == "muscle_weakness" && f.Assertion == Assertion.Absent);
        Assert.False(normal.Attributes.ContainsKey("muscle"));
        Assert.Equal(new DateOnly(2026, 11, 17), normal.Date);
    }
}
