using NoteCheck.Core;
using NoteCheck.Text;

namespace NoteCheck.Text.Tests;

/// <summary>
/// Return precautions and other instruction leads ("Return to ED if:", "Warning signs:", "Call the office for:") make what they
/// list hypothetical, on their own line and in the list or lines under them up to a blank line; a plain plan list stays present.
/// </summary>
public class ListLeadTests
{
    private static Assertion InNote(string note, string target, int occurrence = 1) => ContextAt.InNote(note, target, occurrence).Assertion;

    private const string Precautions =
        "OFFICE VISIT\nDate of service: 03/04/2026\n\nExam: 4/5 EHL weakness on the left.\n\nPlan:\n- PT twice weekly\n- Gabapentin 300 mg nightly\n\n" +
        "Return precautions:\n- new or worsening leg weakness\n- loss of bowel or bladder control\n- numbness in the groin or inner thighs\n\n" +
        "Follow up in 4 weeks. Urinary retention on exam today, PVR 350 mL.\n";

    [Theory]
    [InlineData("leg weakness")]
    [InlineData("loss of bowel or bladder control")]
    [InlineData("numbness in the groin")]
    public void Bullets_under_a_return_precautions_header_are_hypothetical(string target) =>
        Xunit.Assert.Equal(Assertion.Hypothetical, InNote(Precautions, target));

    [Fact]
    public void The_block_ends_at_the_blank_line_and_the_exam_before_it_stays_present()
    {
        Xunit.Assert.Equal(Assertion.Present, InNote(Precautions, "EHL weakness"));
        Xunit.Assert.Equal(Assertion.Present, InNote(Precautions, "Urinary retention"));
    }

    [Theory]
    [InlineData("Return precautions reviewed: new leg weakness or urinary retention -> ED.\n", "urinary retention")]
    [InlineData("- Return precautions reviewed: new/worse weakness of L foot or R leg, numbness in saddle\nregion, bowel/bladder incontinence or retention -> ED\n", "incontinence")]
    [InlineData("Return precautions: fever, recurrent drainage, new leg weakness, or headache worse\nwhen upright.\n", "fever")]
    [InlineData("Warning signs: Leg weakness. Incontinence. Numbness between the legs.\n", "Incontinence")]
    [InlineData("Return to ED if: fever, saddle numbness, urinary retention\n", "urinary retention")]
    [InlineData("4. Return/ED: new leg weakness, numbness in the saddle, losing urine.\n", "numbness in the saddle")]
    [InlineData("Call the office for:\n1. fever over 101\n2. worsening leg weakness\n", "leg weakness")]
    [InlineData("ER precautions discussed:\n* Weakness in your legs\n* Trouble urinating or holding urine\n", "Trouble urinating")]
    public void A_lead_label_governs_its_line_and_its_list(string lines, string target) =>
        Xunit.Assert.Equal(Assertion.Hypothetical, InNote("Plan:\nPT 2x/week.\n" + lines + "\nSigned: A. Smith, MD\n", target));

    [Fact]
    public void An_instruction_line_ending_in_a_colon_leads_the_list_below_it()
    {
        const string note = "Discharge instructions\nGo to the nearest emergency room right away if you have any of the following:\n" +
                            "- Weakness or numbness in your legs\n- Loss of control of your bladder or bowels\n\nYou were seen for low back pain.\n";
        Xunit.Assert.Equal(Assertion.Hypothetical, InNote(note, "Weakness or numbness"));
        Xunit.Assert.Equal(Assertion.Hypothetical, InNote(note, "Loss of control of your bladder"));
        Xunit.Assert.Equal(Assertion.Present, InNote(note, "low back pain"));
    }

    [Fact]
    public void A_flush_sentence_after_the_list_is_no_longer_led()
    {
        const string note = "Return precautions:\n- saddle numbness\n- new leg weakness\nOn exam today he has leg weakness, 4/5 EHL.\n";
        Xunit.Assert.Equal(Assertion.Hypothetical, InNote(note, "saddle numbness"));
        Xunit.Assert.Equal(Assertion.Present, InNote(note, "leg weakness", 2));
    }

    [Theory]
    [InlineData("Plan:\n- MRI reviewed, L5 root compressed\n- leg weakness, 4/5 EHL, unchanged\n", "leg weakness")]
    [InlineData("Follow-up: 4 weeks\nStrength: 4/5 EHL weakness on the left\n", "EHL weakness")]
    [InlineData("Red flags reviewed: saddle numbness and urinary retention today.\n", "urinary retention")]
    [InlineData("Patient report: leg weakness when climbing stairs.\n", "leg weakness")]
    public void Plain_labels_and_plan_lists_stay_present(string note, string target) =>
        Xunit.Assert.Equal(Assertion.Present, InNote(note, target));

    // a warning given as a label ("Warned:", "Safety net:") lists what to act on, not what the patient has
    [Theory]
    [InlineData("PLAN:\n5. Warned: new leg weakness, groin numbness, or loss of bladder control -> call the unit officer.\n", "groin numbness", Assertion.Hypothetical)]
    [InlineData("PLAN:\nSafety net: saddle numbness, retention or incontinence - ED same day.\n", "retention", Assertion.Hypothetical)]
    [InlineData("HPI:\nCC: urinary retention x 2 days. Urology had warned him about it.\n", "urinary retention", Assertion.Present)]
    public void A_warning_label_makes_its_line_hypothetical(string note, string target, Assertion expected) =>
        Xunit.Assert.Equal(expected, InNote(note, target));
}
