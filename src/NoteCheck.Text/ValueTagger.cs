using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using NoteCheck.Core;
using NoteCheck.Text.Rules;

namespace NoteCheck.Text;

/// <summary>
/// Finds clinical values (age, sex, laterality, spinal levels, dermatomes, strength and reflex grades
/// by muscle or reflex, sizes, DOB) with the patterns of rules/text/values.json.
/// </summary>
public sealed class ValueTagger
{
    private sealed record Pattern(string Id, ValueKind Kind, Regex Regex);

    private static readonly Dictionary<string, ValueKind> Kinds = new(StringComparer.Ordinal)
    {
        ["age"] = ValueKind.Age, ["sex"] = ValueKind.Sex, ["laterality"] = ValueKind.Laterality, ["spinal_level"] = ValueKind.SpinalLevel,
        ["dermatome"] = ValueKind.Dermatome, ["strength"] = ValueKind.StrengthGrade, ["reflex"] = ValueKind.ReflexGrade,
        ["size"] = ValueKind.Size, ["dob"] = ValueKind.Dob,
    };

    private readonly Pattern[] _patterns;
    private readonly Dictionary<string, string> _sides;
    private readonly Dictionary<string, string> _sexes;

    private static readonly Lazy<ValueTagger> LazyDefault = new(() => Load(RulesLocator.PathOf("text", "values.json")));
    public static ValueTagger Default => LazyDefault.Value;

    private ValueTagger(Pattern[] patterns, Dictionary<string, string> sides, Dictionary<string, string> sexes)
    {
        _patterns = patterns;
        _sides = sides;
        _sexes = sexes;
    }

    public static ValueTagger Load(string file)
    {
        var r = JsonRules.Load(file);
        r.CheckKeys(r.Root, "root", ["_comment", "lexicons", "sides", "sexes", "patterns"], ["lexicons", "sides", "sexes", "patterns"]);
        var lex = Map(r, "lexicons");
        var sides = Map(r, "sides");
        foreach (var (k, v) in sides)
            if (v is not ("left" or "right" or "bilateral")) r.Fail("sides", $"\"{k}\" maps to \"{v}\" (allowed: left, right, bilateral)");
        var sexes = Map(r, "sexes");
        foreach (var (k, v) in sexes)
            if (v is not ("male" or "female")) r.Fail("sexes", $"\"{k}\" maps to \"{v}\" (allowed: male, female)");
        var patterns = r.KindPatterns(lex, Kinds).Select(p => new Pattern(p.Id, p.Kind, p.Regex)).ToArray();
        return new ValueTagger(patterns, sides, sexes);
    }

    private static Dictionary<string, string> Map(JsonRules r, string key)
    {
        if (!r.Root.TryGetProperty(key, out var el) || el.ValueKind != JsonValueKind.Object) r.Fail("root", $"key \"{key}\" must be an object");
        var d = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var p in r.Root.GetProperty(key).EnumerateObject()) d[p.Name] = r.Str(r.Root.GetProperty(key), p.Name, key);
        return d;
    }

    /// <summary>Values in [start, end) of <paramref name="text"/>, ordered by offset.</summary>
    public List<ClinicalValue> Tag(string text, int start, int end)
    {
        var sub = start == 0 && end == text.Length ? text : text[start..end];
        var all = new List<(ClinicalValue V, int Order)>();
        var order = 0;
        foreach (var p in _patterns)
            foreach (Match m in p.Regex.Matches(sub))
                foreach (var v in Normalize(p, m, start, text))
                    all.Add((v, order++));
        // within one kind, the longest match wins (strength tables before single grades, ranges before single levels)
        var kept = new List<ClinicalValue>();
        var byKind = all.GroupBy(x => x.V.Kind);
        foreach (var g in byKind)
        {
            var claimed = new List<(int S, int E, int Order)>();
            foreach (var (v, o) in g.OrderByDescending(x => MatchLength(x.V)).ThenBy(x => x.Order))
            {
                var span = SpanOf(v);
                var clash = claimed.Any(c => c.S < span.E && span.S < c.E && c.Order != o && !SameMatch(c, span));
                if (clash) continue;
                claimed.Add((span.S, span.E, o));
                kept.Add(v);
            }
        }
        kept.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Kind.CompareTo(b.Kind));
        return kept;
    }

    // Table rows produce two values (right, left) from one match; they share the match span.
    private static (int S, int E) SpanOf(ClinicalValue v) => (v.MatchStart, v.MatchEnd);
    private static int MatchLength(ClinicalValue v) => v.MatchEnd - v.MatchStart;
    private static bool SameMatch((int S, int E, int Order) c, (int S, int E) span) => c.S == span.S && c.E == span.E;

    private IEnumerable<ClinicalValue> Normalize(Pattern p, Match m, int offset, string text)
    {
        var ms = offset + m.Index;
        var me = ms + m.Length;
        var target = m.Groups["target"].Success ? Clean(m.Groups["target"].Value) : null;
        if (m.Groups["right"].Success && m.Groups["left"].Success)
        {
            var (first, second) = ColumnOrder(text, ms);
            yield return new ClinicalValue(offset + m.Groups["right"].Index, offset + m.Groups["right"].Index + m.Groups["right"].Length, p.Kind, Grade(m.Groups["right"].Value), target, first) { RuleId = p.Id, MatchStart = ms, MatchEnd = me };
            yield return new ClinicalValue(offset + m.Groups["left"].Index, offset + m.Groups["left"].Index + m.Groups["left"].Length, p.Kind, Grade(m.Groups["left"].Value), target, second) { RuleId = p.Id, MatchStart = ms, MatchEnd = me };
            yield break;
        }
        var side = SideOf(m, "side") ?? SideOf(m, "side2") ?? SideOf(m, "side3");
        if (side is null && p.Kind is ValueKind.StrengthGrade or ValueKind.ReflexGrade) side = SideBefore(text, ms);
        string? value;
        switch (p.Kind)
        {
            case ValueKind.Laterality:
                value = side;
                break;
            case ValueKind.Sex:
                value = _sexes.TryGetValue(m.Groups["value"].Value.Trim(), out var sx) ? sx : null;
                break;
            case ValueKind.SpinalLevel:
                value = Level(m.Groups["value"].Value);
                break;
            case ValueKind.Dermatome:
                value = m.Groups["value"].Value.ToUpperInvariant();
                break;
            case ValueKind.StrengthGrade:
                value = Grade(m.Groups["value"].Value);
                break;
            case ValueKind.ReflexGrade:
                value = !m.Groups["value"].Success || m.Groups["value"].Length == 0 ? "present"
                    : Regex.IsMatch(m.Groups["value"].Value, @"^\s*[0-4]") && !m.Groups["value"].Value.Contains("beat", StringComparison.OrdinalIgnoreCase)
                        ? Grade(m.Groups["value"].Value)
                        : Regex.Replace(Regex.Replace(m.Groups["value"].Value.Trim().ToLowerInvariant(), @"\s+", " "), @"\s+of$", "");
                break;
            case ValueKind.Dob:
                value = Dob(m.Groups["value"].Value);
                break;
            default:
                value = Regex.Replace(m.Groups["value"].Value.Trim(), @"\s+", " ");
                break;
        }
        if (string.IsNullOrEmpty(value)) yield break;
        if (p.Kind == ValueKind.Age && (!int.TryParse(value, out var age) || age > 120)) yield break;
        yield return new ClinicalValue(ms, me, p.Kind, value, target, p.Kind == ValueKind.Laterality ? value : side) { RuleId = p.Id, MatchStart = ms, MatchEnd = me };
    }

    private static readonly Regex SideWordBefore = new(@"(?:^|[\s(,;:])(?<w>left|right|bilateral(?:ly)?|bilat|b/l|lt\.?|rt\.?|L|R|LLE|RLE|BLE)\s+$",
        RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>A side word right before a value's match, on the same line ("left EHL 4/5").</summary>
    private string? SideBefore(string text, int at)
    {
        var from = Math.Max(0, at - 14);
        var nl = text.LastIndexOf('\n', Math.Max(0, at - 1), at - from);
        if (nl >= from) from = nl + 1;
        var m = SideWordBefore.Match(text, from, at - from);
        return m.Success && _sides.TryGetValue(m.Groups["w"].Value.TrimEnd('.'), out var s) ? s
            : m.Success && _sides.TryGetValue(m.Groups["w"].Value, out s) ? s : null;
    }

    private static readonly Regex ColumnHeader = new(@"\b(?<a>right|left|rt|lt|R|L)\b[ \t]{2,}(?:\S+[ \t]{2,})?(?<b>right|left|rt|lt|R|L)\b",
        RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>Column order of a table row: the nearest line above (within 8 lines) naming two sides; Right then Left by default.</summary>
    private (string First, string Second) ColumnOrder(string text, int rowStart)
    {
        var end = text.LastIndexOf('\n', Math.Max(0, rowStart - 1));
        for (var k = 0; k < 8 && end > 0; k++)
        {
            var start = text.LastIndexOf('\n', end - 1) + 1;
            var m = ColumnHeader.Match(text, start, end - start);
            if (m.Success)
            {
                var a = _sides.TryGetValue(m.Groups["a"].Value, out var sa) ? sa : null;
                var b = _sides.TryGetValue(m.Groups["b"].Value, out var sb) ? sb : null;
                if (a is "left" && b is "right") return ("left", "right");
                if (a is "right" && b is "left") return ("right", "left");
            }
            end = start - 1;
        }
        return ("right", "left");
    }

    private string? SideOf(Match m, string group)
    {
        if (!m.Groups[group].Success) return null;
        var w = m.Groups[group].Value.Trim();
        if (w.StartsWith("on the ", StringComparison.OrdinalIgnoreCase)) w = w[7..];
        return _sides.TryGetValue(w, out var s) ? s : null;
    }

    private static string Clean(string s) => Regex.Replace(s.Trim(), @"\s+", " ").ToLowerInvariant();

    private static string Grade(string s) => Regex.Replace(s.Trim(), @"\s+", "");

    /// <summary>"L4-5" and "L4/L5" become "L4-L5"; "L5-S1" stays.</summary>
    private static string Level(string s)
    {
        var m = Regex.Match(s.ToUpperInvariant(), @"^([CTLS])(\d{1,2})\s*[-/\u2013]\s*([CTLS])?(\d{1,2})$");
        if (!m.Success) return s.ToUpperInvariant();
        var second = (m.Groups[3].Success ? m.Groups[3].Value : m.Groups[1].Value) + m.Groups[4].Value;
        return $"{m.Groups[1].Value}{m.Groups[2].Value}-{second}";
    }

    private static string? Dob(string s)
    {
        string[] formats = ["M/d/yyyy", "M-d-yyyy", "M/d/yy", "M-d-yy", "yyyy-MM-dd", "MMM d, yyyy", "MMM d yyyy", "MMMM d, yyyy", "MMMM d yyyy", "MMM. d, yyyy"];
        return DateOnly.TryParseExact(s.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
    }
}
