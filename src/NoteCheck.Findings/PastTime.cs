using System.Globalization;
using System.Text.RegularExpressions;

namespace NoteCheck.Findings;

/// <summary>
/// Places a past period a note names without a full date ("Jan-Mar", "in the spring", "back in June",
/// "last year", "in 2023", "8 months ago") on the calendar, read against the note's date: a month or
/// season without a year is its latest occurrence that began by the note date, and no period ends after it.
/// The pattern's named groups say what was written: mon (a month's name or number; mon2 ends a range), y (its year; y0 the range's first year), season,
/// year (a year alone), lastYear, agoN + agoUnit; prior (a "last"/"past" before a season) skips the one under way;
/// day and day2 make a month range exact ("7/1-8/26": July 1 to August 26 of the latest year that ends by the note).
/// </summary>
public static class PastTime
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>
    /// The bound of the named period that never overstates care: a course that ended "in March" ended no earlier
    /// than March 1 (<paramref name="end"/> true: the period's first day), one that began "in September" began no
    /// later than September 30 (false: its last day, or the note date); null when the period cannot be placed.
    /// </summary>
    public static DateOnly? Resolve(Match m, DateOnly? anchor, bool end, Func<string, int?> number)
    {
        if (ExactRange(m, anchor) is { } exact) return end ? exact.End : exact.Start;
        var period = Period(m, anchor, number);
        if (period is not { } p) return null;
        var last = anchor is { } a && p.End > a ? a : p.End;
        if (last < p.Start) return null;
        return end ? (p.Start2 ?? p.Start) : last;
    }

    private static (DateOnly Start, DateOnly End, DateOnly? Start2)? Period(Match m, DateOnly? anchor, Func<string, int?> number)
    {
        var y = Group(m, "y") is { } ys ? Year(ys) : null;
        if (Group(m, "mon") is { } mon && MonthOf(mon) is { } m1)
        {
            var m2 = Group(m, "mon2") is { } mon2 ? MonthOf(mon2) : null;
            var lastMonth = m2 ?? m1;
            int endYear;
            if (y is { } yy) endYear = yy;
            else if (anchor is { } a) endYear = lastMonth <= a.Month ? a.Year : a.Year - 1;
            else return null;
            var startYear = Group(m, "y0") is { } y0 && Year(y0) is { } sy ? sy : m1 <= lastMonth ? endYear : endYear - 1;
            var start = new DateOnly(startYear, m1, 1);
            var endMonth = new DateOnly(endYear, lastMonth, 1);
            // A range's last month opens where its end can first fall ("Jan-Mar" ended no earlier than March 1).
            return (start, endMonth.AddMonths(1).AddDays(-1), endMonth);
        }
        if (Group(m, "season") is { } season && Season(season) is { } first)
        {
            int year;
            if (y is { } yy) year = first == 12 ? yy - 1 : yy;
            else if (anchor is { } a)
            {
                // The latest season of that name that began by the note date; "last spring" in May means the year before.
                year = new DateOnly(a.Year, first, 1) <= a ? a.Year : a.Year - 1;
                var start0 = new DateOnly(year, first, 1);
                if (Group(m, "prior") is not null && start0.AddMonths(3) > a) year--;
            }
            else return null;
            var start = new DateOnly(year, first, 1);
            return (start, start.AddMonths(3).AddDays(-1), null);
        }
        if (Group(m, "year") is { } yearText && Year(yearText) is { } only)
            return (new DateOnly(only, 1, 1), new DateOnly(only, 12, 31), null);
        if (Group(m, "lastYear") is not null && anchor is { } a2)
            return (new DateOnly(a2.Year - 1, 1, 1), new DateOnly(a2.Year - 1, 12, 31), null);
        if (Group(m, "agoN") is { } n && (number(n) ?? Vague(n)) is { } count && Group(m, "agoUnit") is { } unit && anchor is { } a3)
        {
            var at = char.ToLowerInvariant(unit[0]) switch
            {
                'd' => a3.AddDays(-count), 'w' => a3.AddDays(-7 * count), 'm' => a3.AddMonths(-count), 'y' => a3.AddYears(-count), _ => (DateOnly?)null,
            };
            return at is { } d ? (d, d, null) : null;
        }
        return null;
    }

    /// <summary>"7/1-8/26" without a year: the latest such range that ended by the note date; "5/5-7/18/2025" in the year its end names.</summary>
    private static (DateOnly Start, DateOnly End)? ExactRange(Match m, DateOnly? anchor)
    {
        if (Group(m, "day") is not { } d1 || Group(m, "day2") is not { } d2 || anchor is not { } a) return null;
        if (Group(m, "mon") is not { } mon || MonthOf(mon) is not { } m1 || Group(m, "mon2") is not { } mon2 || MonthOf(mon2) is not { } m2) return null;
        if (!int.TryParse(d1, NumberStyles.None, CultureInfo.InvariantCulture, out var day1) || !int.TryParse(d2, NumberStyles.None, CultureInfo.InvariantCulture, out var day2)) return null;
        if (day1 < 1 || day2 < 1 || day1 > DateTime.DaysInMonth(2024, m1) || day2 > DateTime.DaysInMonth(2024, m2)) return null;
        // "05/05-07/18/2025": the year written with the range's end places it; without one, the latest that ended by the note
        var endYear = Group(m, "y") is { } ys && Year(ys) is { } written ? written : (m2, day2).CompareTo((a.Month, a.Day)) <= 0 ? a.Year : a.Year - 1;
        var startYear = (m1, day1).CompareTo((m2, day2)) <= 0 ? endYear : endYear - 1;
        // Feb 29 in a year without one is not a date the note can mean.
        if (day2 > DateTime.DaysInMonth(endYear, m2) || day1 > DateTime.DaysInMonth(startYear, m1)) return null;
        return (new DateOnly(startYear, m1, day1), new DateOnly(endYear, m2, day2));
    }

    /// <summary>"a year ago" = 1, "a couple of months ago" = 2, "a few / several weeks ago" = 3.</summary>
    private static int? Vague(string words)
    {
        var w = Regex.Replace(words.Trim().ToLowerInvariant(), @"\s+", " ");
        return w switch { "a" or "an" => 1, "a couple of" or "couple of" or "a couple" => 2, "a few" or "few" or "several" => 3, _ => null };
    }

    private static string? Group(Match m, string name) => m.Groups[name] is { Success: true } g && g.Length > 0 ? g.Value : null;

    private static int? MonthOf(string name)
    {
        if (int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var number)) return number is >= 1 and <= 12 ? number : null;
        var key = name.Trim().TrimEnd('.').ToLowerInvariant();
        var idx = Array.IndexOf(Months, key[..Math.Min(3, key.Length)]);
        return idx < 0 ? null : idx + 1;
    }

    /// <summary>First month of a season (northern calendar: spring Mar-May, summer Jun-Aug, fall Sep-Nov, winter Dec-Feb).</summary>
    private static int? Season(string name) => name.ToLowerInvariant() switch
    {
        "spring" => 3, "summer" => 6, "fall" or "autumn" => 9, "winter" => 12, _ => null,
    };

    private static int? Year(string s)
    {
        if (!int.TryParse(s.Trim().TrimStart('\''), NumberStyles.None, CultureInfo.InvariantCulture, out var y)) return null;
        if (s.Trim().TrimStart('\'').Length == 2) y += 2000;
        return y is >= 1950 and <= 2100 ? y : null;
    }
}
