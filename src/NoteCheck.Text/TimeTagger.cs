using System.Globalization;
using System.Text.RegularExpressions;
using NoteCheck.Core;
using NoteCheck.Text.Rules;

namespace NoteCheck.Text;

/// <summary>
/// Finds dates, relative dates, durations, ranges and frequencies with the patterns of
/// rules/text/time.json, and normalizes them; relative expressions resolve against an anchor date
/// (the note's date of service).
/// </summary>
public sealed class TimeTagger
{
    private enum PatternKind { Date, Month, RelativeAgo, RelativeSince, RelativePast, Duration, VisitsOver, Visits, Frequency }

    private sealed record Pattern(string Id, PatternKind Kind, Regex Regex);

    private static readonly Dictionary<string, PatternKind> Kinds = new(StringComparer.Ordinal)
    {
        ["date"] = PatternKind.Date, ["month"] = PatternKind.Month, ["relative_ago"] = PatternKind.RelativeAgo,
        ["relative_since"] = PatternKind.RelativeSince, ["relative_past"] = PatternKind.RelativePast,
        ["duration"] = PatternKind.Duration, ["visits_over"] = PatternKind.VisitsOver, ["visits"] = PatternKind.Visits,
        ["frequency"] = PatternKind.Frequency,
    };

    private static readonly Dictionary<string, int> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
        ["several"] = 3, ["few"] = 3, ["a few"] = 3, ["couple of"] = 2, ["a couple of"] = 2,
    };

    private readonly Pattern[] _patterns;
    private readonly Regex _connector;

    private static readonly Lazy<TimeTagger> LazyDefault = new(() => Load(RulesLocator.PathOf("text", "time.json")));
    public static TimeTagger Default => LazyDefault.Value;

    private TimeTagger(Pattern[] patterns, Regex connector)
    {
        _patterns = patterns;
        _connector = connector;
    }

    public static TimeTagger Load(string file)
    {
        var r = JsonRules.Load(file);
        r.CheckKeys(r.Root, "root", ["_comment", "lexicons", "rangeConnectors", "patterns"], ["lexicons", "patterns", "rangeConnectors"]);
        var lex = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!r.Root.TryGetProperty("lexicons", out var lexEl) || lexEl.ValueKind != System.Text.Json.JsonValueKind.Object)
            throw new RuleFileException(file, "root: key \"lexicons\" must be an object");
        foreach (var p in lexEl.EnumerateObject()) lex[p.Name] = r.Str(lexEl, p.Name, "lexicons");
        var patterns = r.KindPatterns(lex, Kinds).Select(p => new Pattern(p.Id, p.Kind, p.Regex)).ToArray();
        var connectors = r.Strings(r.Root, "rangeConnectors", "root");
        var connector = new Regex(@"^\s*(?:" + string.Join('|', connectors.Select(Regex.Escape)) + @")\s*$",
            RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        return new TimeTagger(patterns, connector);
    }

    /// <summary>Time expressions in [start, end) of <paramref name="text"/>; relative ones resolve against <paramref name="anchor"/>.</summary>
    public List<TimeExpression> Tag(string text, int start, int end, DateOnly? anchor)
    {
        var found = new List<TimeExpression>();
        var sub = start == 0 && end == text.Length ? text : text[start..end];
        foreach (var p in _patterns)
        {
            foreach (Match m in p.Regex.Matches(sub))
            {
                var e = Normalize(p, m, start, anchor);
                if (e is not null) found.Add(e);
            }
        }
        // Longest match wins; earlier pattern wins ties.
        var ordered = found.Select((e, i) => (e, i)).OrderByDescending(x => x.e.End - x.e.Start).ThenBy(x => x.i).Select(x => x.e);
        var kept = new List<TimeExpression>();
        foreach (var e in ordered)
            if (!kept.Any(k => k.Start < e.End && e.Start < k.End)) kept.Add(e);
        kept.Sort((a, b) => a.Start.CompareTo(b.Start));
        return MergeRanges(text, kept);
    }

    /// <summary>Absolute dates and ranges of them (what note segmentation needs: "Episode: 01/27/2025 - 03/14/2025"), in [start, end).</summary>
    public List<TimeExpression> Dates(string text, int start, int end) =>
        Tag(text, start, end, null).Where(t => t.Kind is TimeKind.Date or TimeKind.DateRange && t.Date is not null).ToList();

    private List<TimeExpression> MergeRanges(string text, List<TimeExpression> list)
    {
        var result = new List<TimeExpression>();
        for (var i = 0; i < list.Count; i++)
        {
            var a = list[i];
            if (i + 1 < list.Count && a.Kind == TimeKind.Date && list[i + 1].Kind == TimeKind.Date && a.Date is not null
                && list[i + 1].Start - a.End <= 12 && _connector.IsMatch(text.AsSpan(a.End, list[i + 1].Start - a.End).ToString()))
            {
                var b = list[i + 1];
                var start = a.Start;
                // include a leading "from" / "between"
                var before = text.AsSpan(Math.Max(0, a.Start - 9), a.Start - Math.Max(0, a.Start - 9)).ToString();
                var lead = Regex.Match(before, @"(?i)\b(from|between)\s+$");
                if (lead.Success) start = a.Start - (before.Length - lead.Index);
                var days = b.Date is null ? (int?)null : b.Date.Value.DayNumber - a.Date.Value.DayNumber;
                result.Add(new TimeExpression(start, b.End, TimeKind.DateRange, a.Date, b.EndDate ?? b.Date, days, null, text[start..b.End]) { RuleId = "time.range" });
                i++;
                continue;
            }
            result.Add(a);
        }
        return result;
    }

    private static TimeExpression? Normalize(Pattern p, Match m, int offset, DateOnly? anchor)
    {
        var s = offset + m.Index;
        var e = s + m.Length;
        var text = m.Value;
        switch (p.Kind)
        {
            case PatternKind.Date:
            {
                var date = DateOf(m, "y", "m", "d", "mon");
                return date is null ? null : new TimeExpression(s, e, TimeKind.Date, date, null, null, null, text) { RuleId = p.Id };
            }
            case PatternKind.Month:
            {
                var y = Year(m.Groups["y"].Value);
                var mon = MonthOf(m);
                if (y is null || mon is null) return null;
                var first = new DateOnly(y.Value, mon.Value, 1);
                return new TimeExpression(s, e, TimeKind.Date, first, first.AddMonths(1).AddDays(-1), null, null, text) { RuleId = p.Id };
            }
            case PatternKind.RelativeAgo:
            {
                var (n, unit) = Amount(m);
                if (n is null || unit is null) return null;
                DateOnly? date = anchor is null ? null : Shift(anchor.Value, -n.Value, unit.Value);
                return new TimeExpression(s, e, TimeKind.RelativeDate, date, null, Days(n.Value, unit.Value), null, text) { RuleId = p.Id };
            }
            case PatternKind.RelativeSince:
            {
                var mon = MonthOf(m);
                if (mon is null) return null;
                DateOnly? date = null;
                if (anchor is { } a)
                {
                    var y = mon.Value <= a.Month ? a.Year : a.Year - 1;
                    date = new DateOnly(y, mon.Value, 1);
                }
                return new TimeExpression(s, e, TimeKind.RelativeDate, date, anchor, date is null || anchor is null ? null : anchor.Value.DayNumber - date.Value.DayNumber, null, text) { RuleId = p.Id };
            }
            case PatternKind.RelativePast:
            {
                var (n, unit) = Amount(m);
                n ??= 1; // "for the past week"
                if (unit is null) return null;
                DateOnly? date = anchor is null ? null : Shift(anchor.Value, -n.Value, unit.Value);
                return new TimeExpression(s, e, TimeKind.RelativeDate, date, anchor, Days(n.Value, unit.Value), null, text) { RuleId = p.Id };
            }
            case PatternKind.Duration:
            {
                var (n, unit) = Amount(m);
                if (n is null || unit is null) return null;
                return new TimeExpression(s, e, TimeKind.Duration, null, null, Days(n.Value, unit.Value), null, text) { RuleId = p.Id };
            }
            case PatternKind.VisitsOver:
            {
                var (n, unit) = Amount(m);
                var count = Number(m.Groups["count"].Value);
                return new TimeExpression(s, e, TimeKind.Duration, null, null, n is null || unit is null ? null : Days(n.Value, unit.Value), count, text) { RuleId = p.Id };
            }
            case PatternKind.Visits:
                return new TimeExpression(s, e, TimeKind.Duration, null, null, null, Number(m.Groups["count"].Value), text) { RuleId = p.Id };
            case PatternKind.Frequency:
            {
                var count = Number(m.Groups["count"].Value);
                var (n, unit) = Amount(m);
                int? days = n is null || unit is null ? null : Days(n.Value, unit.Value);
                // "2x/week for 6 weeks" = 12 visits
                int? visits = count is not null && days is not null && m.Groups["per"].Value.StartsWith('w') ? count * (days / 7) : null;
                return new TimeExpression(s, e, TimeKind.Frequency, null, null, days, visits ?? count, text) { RuleId = p.Id };
            }
        }
        return null;
    }

    private enum Unit { Day, Week, Month, Year }

    private static (int? N, Unit? Unit) Amount(Match m)
    {
        var u = m.Groups["unit"];
        if (!u.Success) return (null, null);
        var unit = u.Value.ToLowerInvariant()[0] switch { 'd' => Unit.Day, 'w' => Unit.Week, 'm' => Unit.Month, 'y' => Unit.Year, _ => (Unit?)null };
        var n = m.Groups["n"].Success ? Number(m.Groups["n"].Value) : null;
        return (n, unit);
    }

    private static int Days(int n, Unit unit) => unit switch { Unit.Day => n, Unit.Week => n * 7, Unit.Month => n * 30, _ => n * 365 };

    private static DateOnly Shift(DateOnly d, int n, Unit unit) => unit switch
    {
        Unit.Day => d.AddDays(n), Unit.Week => d.AddDays(7 * n), Unit.Month => d.AddMonths(n), _ => d.AddYears(n),
    };

    private static int? Number(string s)
    {
        s = s.Trim();
        if (int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var i)) return i;
        return NumberWords.TryGetValue(s, out var w) ? w : null;
    }

    private static int? Year(string s)
    {
        if (!int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var y)) return null;
        if (s.Length == 2) y += y <= 40 ? 2000 : 1900;
        return y is >= 1900 and <= 2100 ? y : null;
    }

    /// <summary>The month a match names: its numeric group "m" (1-12) or its month-name group "mon" ('Jan', 'Sept', 'July').</summary>
    public static int? MonthOf(Match m)
    {
        if (m.Groups["m"].Success && int.TryParse(m.Groups["m"].Value, out var mm)) return mm is >= 1 and <= 12 ? mm : null;
        if (!m.Groups["mon"].Success) return null;
        var name = m.Groups["mon"].Value.ToLowerInvariant();
        string[] months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
        var idx = Array.IndexOf(months, name[..Math.Min(3, name.Length)]);
        return idx < 0 ? null : idx + 1;
    }

    private static DateOnly? DateOf(Match m, string yg, string mg, string dg, string mong)
    {
        var y = Year(m.Groups[yg].Value);
        var mon = MonthOf(m);
        if (y is null || mon is null || !int.TryParse(m.Groups[dg].Value, out var d)) return null;
        if (d < 1 || d > DateTime.DaysInMonth(y.Value, mon.Value)) return null;
        return new DateOnly(y.Value, mon.Value, d);
    }
}
