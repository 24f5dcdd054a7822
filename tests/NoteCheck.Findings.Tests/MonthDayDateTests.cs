using NoteCheck.Core;

namespace NoteCheck.Findings.Tests;

/// <summary>
/// Tuner d-trauma13: an event told with a month and day but no year ("a fall off a chair 07/20", "MOI: 08/11 fell off
/// bicycle", "fell off a ladder in July") is dated that day of the note's year (or the year before when it would fall after the note), so a fall four
/// months back retold at a follow-up visit is no recent injury for the trauma pathway. A score or a grade is no date.
/// </summary>
public class MonthDayDateTests
{
    [Theory]
    // the month and day right after the event, or right before it
    [InlineData("OFFICE VISIT   DOS: 11/17/2026\n\nHPI: seen for f/u after her L2-3 fracture from a fall off a chair 07/20. Doing PT.\n", 2026, 7, 20)]
    [InlineData("TERTIARY SURVEY   DOS: 08/13/2026\n\nMOI: 08/11 fell off bicycle while stopping at a curb.\n", 2026, 8, 11)]
    // a day after the note's own month and day is last year's
    [InlineData("OFFICE VISIT   DOS: 01/05/2027\n\nHPI: slipped on the ice 12/30 on her porch steps, back pain since.\n", 2026, 12, 30)]
    // a month named without a year: its day, or its last day, of the note's year or the year before
    [InlineData("OFFICE VISIT   DOS: 02/10/2027\n\nHPI: slipped on ice on January 3, back pain since.\n", 2027, 1, 3)]
    [InlineData("OFFICE VISIT   DOS: 11/17/2026\n\nHPI: fell off a ladder in July, back pain since.\n", 2026, 7, 31)]
    [InlineData("OFFICE VISIT   DOS: 03/02/2027\n\nHPI: fell off a ladder in May, back pain since.\n", 2026, 5, 31)]
    // no month and day next to the event: the note's date
    [InlineData("OFFICE VISIT   DOS: 11/17/2026\n\nHPI: fell off a ladder, pain 7/10 since.\n", 2026, 11, 17)]
    public void An_event_with_a_month_and_day_next_to_it_is_dated_that_day(string note, int y, int m, int d)
    {
        var trauma = Assert.Single(Detect.Text(note), f => f.Type == "trauma" && f.Assertion == Assertion.Present);
        Assert.Equal(new DateOnly(y, m, d), trauma.Date);
    }

    [Fact]
    public void A_fraction_or_score_after_the_event_is_no_date()
    {
        var trauma = Assert.Single(Detect.Text("OFFICE VISIT   DOS: 11/17/2026\n\nHPI: fell off a ladder 7/10 pain since, worse at night.\n"),
            f => f.Type == "trauma" && f.Assertion == Assertion.Present);
        Assert.Equal(new DateOnly(2026, 11, 17), trauma.Date);
    }
}
