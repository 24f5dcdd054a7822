using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace NoteCheck.Findings.Rules;

/// <summary>
/// Phrase lists (canonical value -> written variants) and named regex macros from
/// rules/findings/lexicons.json. Patterns refer to either as <c>{@name}</c>.
/// </summary>
public sealed partial class Lexicons
{
    private static readonly HashSet<string> RootKeys = ["_comment", "macros", "lexicons"];
    private readonly Dictionary<string, string> _macros;
    private readonly Dictionary<string, Dictionary<string, string>> _lookup; // lexicon -> normalized variant -> canonical
    private readonly Dictionary<string, string> _alternations;

    private Lexicons(Dictionary<string, string> macros, Dictionary<string, Dictionary<string, string>> lookup, Dictionary<string, string> alternations)
    {
        _macros = macros;
        _lookup = lookup;
        _alternations = alternations;
    }

    public bool HasLexicon(string name) => _lookup.ContainsKey(name);

    /// <summary>Canonical value of a written variant, or null when the lexicon does not know it.</summary>
    public string? Canonical(string lexicon, string written) =>
        _lookup.TryGetValue(lexicon, out var map) && map.TryGetValue(Normalize(written), out var c) ? c : null;

    /// <summary>
    /// "left", "right" or "bilateral" for a written side, from the "sides" lexicon; a longer phrase
    /// ("left side", "both legs") by its first word. Null when it names no side.
    /// </summary>
    public string? Side(string? written)
    {
        if (string.IsNullOrWhiteSpace(written)) return null;
        return Canonical("sides", written) ?? Canonical("sides", Normalize(written).Split(' ', '-')[0]);
    }

    /// <summary>A number written in digits or as a word of the "number_words" lexicon: an int when whole, else a double; null otherwise.</summary>
    public object? Number(string written)
    {
        if (!double.TryParse(written.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
            return Canonical("number_words", written) is { } word ? int.Parse(word, CultureInfo.InvariantCulture) : null;
        return d == Math.Floor(d) && Math.Abs(d) < int.MaxValue ? (object)(int)d : d; // (object): else the ternary widens the int back to double
    }

    /// <summary>Replaces every <c>{@name}</c> with its macro or lexicon alternation; throws naming the unknown name.</summary>
    public string Expand(string pattern, Func<string, Exception> unknown)
    {
        for (var depth = 0; depth < 5 && pattern.Contains("{@"); depth++)
            pattern = MacroRef().Replace(pattern, m =>
            {
                var name = m.Groups[1].Value;
                if (_macros.TryGetValue(name, out var macro)) return "(?:" + macro + ")";
                if (_alternations.TryGetValue(name, out var alt)) return alt;
                throw unknown(name);
            });
        return pattern;
    }

    public static string Normalize(string s) => Spaces().Replace(s.Trim().ToLowerInvariant(), " ");

    public static Lexicons Load(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var root = doc.RootElement;
        foreach (var p in root.EnumerateObject())
            if (!RootKeys.Contains(p.Name)) throw new RuleFileException(path, null, $"unknown key '{p.Name}'");
        var macros = new Dictionary<string, string>(StringComparer.Ordinal);
        if (root.TryGetProperty("macros", out var m))
            foreach (var p in m.EnumerateObject())
            {
                var value = p.Value.GetString() ?? throw new RuleFileException(path, null, $"macro '{p.Name}' is not a string");
                macros[p.Name] = value;
            }
        var lookup = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        var alternations = new Dictionary<string, string>(StringComparer.Ordinal);
        if (root.TryGetProperty("lexicons", out var l))
            foreach (var lex in l.EnumerateObject())
            {
                if (macros.ContainsKey(lex.Name)) throw new RuleFileException(path, null, $"lexicon '{lex.Name}' has the name of a macro");
                var map = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var entry in lex.Value.EnumerateObject())
                {
                    if (entry.Value.ValueKind != JsonValueKind.Array)
                        throw new RuleFileException(path, null, $"lexicon '{lex.Name}' entry '{entry.Name}' must be a list of phrases");
                    foreach (var v in entry.Value.EnumerateArray()) map.TryAdd(Normalize(v.GetString()!), entry.Name);
                }
                lookup[lex.Name] = map;
                alternations[lex.Name] = "(?:" + string.Join("|", map.Keys.OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal)
                    .Select(k => string.Join(@"\s+", k.Split(' ').Select(Regex.Escape)))) + ")";
            }
        return new Lexicons(macros, lookup, alternations);
    }

    [GeneratedRegex(@"\{@([A-Za-z_][A-Za-z0-9_]*)\}")]
    private static partial Regex MacroRef();
    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
