using NoteCheck.Core;
using NoteCheck.Text;

namespace NoteCheck.Text.Tests;

/// <summary>A minus sign before a review-of-systems item negates it; a dash bullet before an exam finding does not.</summary>
public class MinusListTests
{
    private static Assertion InNote(string note, string target) => ContextAt.InNote(note, target).Assertion;

    private const string Ros =
        "ROS:\nConstitutional: - fever, - chills\nNeuro: - weakness, - numbness, + tingling\nGU: (-) incontinence\n- saddle anesthesia, + back pain\n\n" +
        "Exam:\n- 4/5 EHL weakness on the left\n- decreased sensation over the dorsal foot\n- cont PT + meloxicam for the leg pain\n";

    [Theory]
    [InlineData("weakness, - numbness")]   // "Neuro:" is read as a header; the minus still follows its colon
    [InlineData("numbness, + tingling")]
    [InlineData("fever")]
    [InlineData("incontinence")]
    [InlineData("saddle anesthesia")]      // line-start minus in a +/- row
    public void Minus_marked_items_are_absent(string target) =>
        Xunit.Assert.Equal(Assertion.Absent, InNote(Ros, target));

    [Theory]
    [InlineData("tingling")]
    [InlineData("back pain")]
    [InlineData("EHL weakness")]
    [InlineData("decreased sensation")]
    [InlineData("leg pain")]
    public void Plus_marked_items_and_dash_bullets_stay_present(string target) =>
        Xunit.Assert.Equal(Assertion.Present, InNote(Ros, target));
}

/// <summary>A dash right after a plan or medication label is the list's bullet: the drug is given, not denied.</summary>
public class DashAfterPlanLabelTests
{
    private static Assertion At(string note, string target) => ContextAt.InNote(note, target).Assertion;

    [Theory]
    [InlineData("A: Low back pain x 8 wks.\nP: - Ibuprofen 600 mg TID\n   - PT referral\n", "Ibuprofen")]
    [InlineData("Meds: - naproxen 500 mg bid\n", "naproxen")]
    [InlineData("Note.\nMedications: - cyclobenzaprine 10 mg qhs\n", "cyclobenzaprine")]
    public void A_dash_after_a_plan_or_medication_label_is_a_bullet(string note, string target) =>
        Xunit.Assert.Equal(Assertion.Present, At(note, target));

    [Fact]
    public void A_dash_after_another_label_still_denies() =>
        Xunit.Assert.Equal(Assertion.Absent, At("GU: - incontinence\n", "incontinence"));
}

public class MinusListAcrossLinesTests
{
    [Fact]
    public void A_parenthesised_minus_continues_the_list_on_the_next_line_but_a_dash_bullet_does_not()
    {
        const string note = "ROS:\nGU: (-) incontinence,\n(-) retention. Neuro: (-) weakness\nExam: strength 5/5 except,\n- 4/5 EHL weakness on the left\n";
        Assertion At(string target) => ContextAt.InNote(note, target).Assertion;
        Xunit.Assert.Equal(Assertion.Absent, At("retention"));
        Xunit.Assert.Equal(Assertion.Present, At("EHL weakness"));
    }
}

/// <summary>A therapy note's goal count is a status ('1 of 3 goals met', 'goals 0/4'), not a plan: what follows it is read as
/// said; a goal written as one ('Goals: walk a mile') is still hypothetical.</summary>
public class GoalStatusTests
{
    private static Assertion At(string note, string target) => ContextAt.InNote(note, target).Assertion;

    [Theory]
    [InlineData("D/c summary 10/28: \"plateaued, 1 of 3 goals met.\"\n", "plateaued")]
    [InlineData("Discharge: NPRS 6 -> 6, goals 0/4, no meaningful improvement.\n", "no meaningful improvement")]
    [InlineData("Re-eval: goals not met, pain no better.\n", "pain no better")]
    public void A_goal_count_is_a_status(string note, string target) =>
        Xunit.Assert.NotEqual(Assertion.Hypothetical, At(note, target));

    [Fact]
    public void A_goal_written_as_one_stays_hypothetical() =>
        Xunit.Assert.Equal(Assertion.Hypothetical, At("Plan: PT 2x/wk. Patient goals: walk without a limp.\n", "limp"));
}

