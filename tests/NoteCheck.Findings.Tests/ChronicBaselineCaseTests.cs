using NoteCheck.Core;

namespace NoteCheck.Findings.Tests;

/// <summary>
/// A chronic deficit read from the note as a whole, and care given to another body part: a note that calls its own
/// neurological exam nothing new, the same as one long before or the patient's baseline records the known deficits; a
/// return precaution told after 'sooner prn' is no complaint; physical therapy, a home program or a drug given for the
/// shoulders is no back care; a deficit told as the residual of a past operation plans no surgery. Positive, not-so and
/// distractor sentences, read against a November 2026 note.
/// </summary>
public class ChronicBaselineCaseTests : DetectorCaseTable
{
    private static readonly ImagingRequest Adult = new() { RequestDate = new DateOnly(2026, 11, 20), Patient = new Patient(null, new DateOnly(1970, 1, 1), "M") };

    protected override ImagingRequest? Request => Adult;

    private const string Visit = "Office visit 11/10/2026\n";

    public static TheoryData<string, string, string> Cases => new()
    {
        // the note's verdict 'no new neuro findings' makes the deficits of its exam not new (deficit.note_no_new_neuro)
        { Visit + "Reflexes: knee jerks 3+ bilat, R ankle clonus 4 beats.\nA/P: 1. Mechanical low back pain, no new neuro findings.", "abnormal_reflexes(new=false)", "present" },
        { Visit + "Motor: L EHL 4/5.\nA/P: back strain. No new neurologic deficit.", "muscle_weakness(new=false)", "present" },
        { Visit + "Reflexes: knee jerks 3+ bilat.\nA/P: back strain; call for any new neuro findings.", "abnormal_reflexes(new=false)", "none" },
        { Visit + "Reflexes: new R ankle clonus 4 beats.\nA/P: otherwise no new neuro findings.", "abnormal_reflexes(new=true)", "present" },
        // an exam the note calls the same as one at least 6 months back (deficit.note_exam_unchanged_since)
        { Visit + "Motor (today vs 06/2019): L TA 3/5, L EHL 2/5.\nA/P: strength and sensory exam unchanged from 06/2019.", "muscle_weakness(new=false)", "present" },
        { Visit + "Exam today (identical to 09/2025):\n  knee jerks 3+ bilat, R Babinski up.", "abnormal_reflexes(new=false)", "present" },
        { Visit + "Motor: L TA 3/5.\nA/P: exam unchanged from 10/2026.", "muscle_weakness(new=false)", "none" },
        // ... or the patient's baseline (deficit.note_exam_baseline)
        { Visit + "Motor: L EHL 4/5.\nA/P: neuro exam unchanged from her baseline.", "muscle_weakness(new=false)", "present" },
        { Visit + "Motor: L EHL 4/5.\nA/P: recheck exam at next visit.", "muscle_weakness(new=false)", "none" },
        // 'sooner prn' leads a return precaution
        { Visit + "RTC 6 mo, sooner prn new weakness or bladder change.", "muscle_weakness", "hypothetical, not present" },
        { Visit + "Weakness of the L ankle, worse this month; ibuprofen prn.", "muscle_weakness", "present" },
        // care a sentence gives to another body part is no back care (care_other_part)
        { Visit + "Ridgeline PT 09/02-10/28, 8 wks, 14 visits, for bilat shoulders - cuff strengthening.", "conservative_treatment(modality=physical_therapy)", "none" },
        { Visit + "Naproxen 500 BID since 08/2026 for the shoulders, takes the edge off.", "conservative_treatment(modality=medication)", "none" },
        { Visit + "Shoulder HEP daily.", "conservative_treatment(modality=home_exercise_program)", "none" },
        { Visit + "2. Shoulder impingement - continue HEP, ortho f/u.", "conservative_treatment(modality=home_exercise_program)", "none" },
        { Visit + "PT 09/02-10/28, 8 wks, for the low back and the shoulders.", "conservative_treatment(modality=physical_therapy)", "present" },
        { Visit + "Naproxen 500 BID since 08/2026 for back pain.", "conservative_treatment(modality=medication)", "present" },
        // a deficit told as the residual of a past operation is no planned operation
        { Visit + "A/P:\n1. Chronic L foot drop, residual from 2017 L4-5 discectomy - grades unchanged.", "planned_surgery", "none" },
        { Visit + "A/P:\n1. L4-5 discectomy planned for 12/2026.", "planned_surgery", "present" },
    };

    [Fact]
    public void A_deficit_told_new_is_not_hidden_by_an_old_one_read_first_in_the_note()
    {
        // the old right-sided weakness comes first; the left grade the table marks new must make the group new (groupAnyTrue)
        var text = Visit + "HPI: R ankle weakness unchanged for years.\nMotor: L EHL 2/5, new since September.";
        var weak = Assert.Single(Detect.Text(text, Adult), f => f.Type == "muscle_weakness" && f.Assertion == Assertion.Present);
        Assert.Equal(true, weak.Attributes["new"]);
        // with no word calling any of it new, the old one stands for the group
        var old = Assert.Single(Detect.Text(Visit + "HPI: R ankle weakness unchanged for years.\nMotor: L EHL 2/5.", Adult),
            f => f.Type == "muscle_weakness" && f.Assertion == Assertion.Present);
        Assert.Equal(false, old.Attributes["new"]);
    }

    [Fact]
    public void A_side_letter_before_a_steppage_or_a_reflex_names_the_side()
    {
        var findings = Detect.Text(Visit + "Gait: without AFO L steppage; with AFO near normal.\nReflexes: Achilles L 1+, R 2+.", Adult);
        Assert.Equal("left", Assert.Single(findings, f => f.Type == "gait_abnormality" && f.Assertion == Assertion.Present).Laterality);
        var reflex = Assert.Single(findings, f => f.Type == "abnormal_reflexes" && f.Assertion == Assertion.Present);
        Assert.Equal("achilles", reflex.Attributes["reflex"]);
        // a lone letter before a word of no body part is no side
        Assert.Null(Assert.Single(Detect.Text(Visit + "Gait: R. Smith notes a steppage gait.", Adult), f => f.Type == "gait_abnormality").Laterality);
    }
}
