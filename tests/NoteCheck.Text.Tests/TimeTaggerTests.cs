using NoteCheck.Text;

namespace NoteCheck.Text.Tests;

public class TimeTaggerTests
{
    private static readonly DateOnly Dos = new(2024, 3, 12);

    private static List<TimeExpression> Tag(string s) => TimeTagger.Default.Tag(s, 0, s.Length, Dos);

    [Theory]
    [InlineData("Seen on 03/12/2024 in clinic.", 2024, 3, 12)]
    [InlineData("Seen on 3/12/24 in clinic.", 2024, 3, 12)]
    [InlineData("Seen on March 12, 2024 in clinic.", 2024, 3, 12)]
    [InlineData("Seen on 12-Mar-2024 in clinic.", 2024, 3, 12)]
    [InlineData("Seen on 2024-03-12 in clinic.", 2024, 3, 12)]
    public void Absolute_dates(string s, int y, int m, int d)
    {
        var t = Tag(s).Single();
        Xunit.Assert.Equal(TimeKind.Date, t.Kind);
        Xunit.Assert.Equal(new DateOnly(y, m, d), t.Date);
        Xunit.Assert.Equal(t.Text, s[t.Start..t.End]);
    }

    [Fact]
    public void Month_and_year_is_the_whole_month()
    {
        var t = Tag("MRI in 3/2024 showed a herniation.").Single();
        Xunit.Assert.Equal(new DateOnly(2024, 3, 1), t.Date);
        Xunit.Assert.Equal(new DateOnly(2024, 3, 31), t.EndDate);
    }

    [Fact]
    public void Relative_expressions_anchor_on_the_date_of_service()
    {
        var ago = Tag("Pain began 2 weeks ago after lifting.").Single();
        Xunit.Assert.Equal(TimeKind.RelativeDate, ago.Kind);
        Xunit.Assert.Equal(new DateOnly(2024, 2, 27), ago.Date);

        var since = Tag("Numbness since January.").Single();
        Xunit.Assert.Equal(new DateOnly(2024, 1, 1), since.Date);
        Xunit.Assert.Equal(Dos, since.EndDate);

        var past = Tag("Back pain for the past 3 months.").Single();
        Xunit.Assert.Equal(new DateOnly(2023, 12, 12), past.Date);
        Xunit.Assert.Equal(90, past.Days);
    }

    [Fact]
    public void Durations_visits_and_frequencies()
    {
        var x = Tag("Home exercise program x 6 weeks.").Single();
        Xunit.Assert.Equal(TimeKind.Duration, x.Kind);
        Xunit.Assert.Equal(42, x.Days);

        var visits = Tag("Completed 8 visits over 7 weeks.").Single();
        Xunit.Assert.Equal(8, visits.Count);
        Xunit.Assert.Equal(49, visits.Days);

        // a two-digit year before 'Visits' stays the date's year, not a count of visits
        var dated = Tag("D/C 03/02/26    Visits 12").First();
        Xunit.Assert.Equal(TimeKind.Date, dated.Kind);
        Xunit.Assert.Equal(new DateOnly(2026, 3, 2), dated.Date);
        Xunit.Assert.Equal(14, Tag("Completed 14 visits").Single().Count);

        var freq = Tag("PT 2x/week for 6 wks.").Single();
        Xunit.Assert.Equal(TimeKind.Frequency, freq.Kind);
        Xunit.Assert.Equal(42, freq.Days);
        Xunit.Assert.Equal(12, freq.Count);
    }

    [Theory]
    [InlineData("PT from 07/29/2024 - 09/16/2024 at Peak.")]
    [InlineData("PT 07/29/2024 to 09/16/2024 at Peak.")]
    [InlineData("PT between 07/29/2024 and 09/16/2024 at Peak.")]
    public void Date_ranges(string s)
    {
        var t = Tag(s).Single();
        Xunit.Assert.Equal(TimeKind.DateRange, t.Kind);
        Xunit.Assert.Equal(new DateOnly(2024, 7, 29), t.Date);
        Xunit.Assert.Equal(new DateOnly(2024, 9, 16), t.EndDate);
        Xunit.Assert.Equal(49, t.Days);
    }

    [Fact]
    public void Impossible_dates_are_not_dates() => Xunit.Assert.Empty(Tag("Grade 13/45/2024 noted."));
}
