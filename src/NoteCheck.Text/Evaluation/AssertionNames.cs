using NoteCheck.Core;

namespace NoteCheck.Text.Evaluation;

/// <summary>The contract's lower-case names of assertions.</summary>
public static class AssertionNames
{
    public static string Of(Assertion a) => a switch
    {
        Assertion.Present => "present", Assertion.Absent => "absent", Assertion.Possible => "possible",
        Assertion.Historical => "historical", Assertion.Hypothetical => "hypothetical", _ => "family",
    };

    public static Assertion? Parse(string? s) => s?.Trim().ToLowerInvariant() switch
    {
        "present" => Assertion.Present, "absent" => Assertion.Absent, "possible" => Assertion.Possible,
        "historical" => Assertion.Historical, "hypothetical" => Assertion.Hypothetical, "family" => Assertion.Family,
        _ => null,
    };

    public static readonly Assertion[] All = [Assertion.Present, Assertion.Absent, Assertion.Possible, Assertion.Historical, Assertion.Hypothetical, Assertion.Family];
}

/// <summary>Finds a target phrase in a sentence: exact, then case-insensitive, then with any run of whitespace matching any other.</summary>
public static class TargetLocator
{
    public static (int Start, int End)? Find(string text, string target)
    {
        if (string.IsNullOrWhiteSpace(target)) return null;
        (int, int)? first = null;
        // the NegEx set marks the annotated instance in capitals ("Schizophrenia: ... history of SCHIZOPHRENIA"): prefer it
        for (var i = text.IndexOf(target, StringComparison.OrdinalIgnoreCase); i >= 0 && target.Any(char.IsLower); i = text.IndexOf(target, i + 1, StringComparison.OrdinalIgnoreCase))
            if (WordEdge(text, i - 1) && WordEdge(text, i + target.Length) && !text.AsSpan(i, target.Length).ContainsAnyInRange('a', 'z')) return (i, i + target.Length);
        foreach (var comparison in new[] { StringComparison.Ordinal, StringComparison.OrdinalIgnoreCase })
        {
            // prefer an occurrence that is a whole word ("PE" not inside "PE's")
            for (var i = text.IndexOf(target, comparison); i >= 0; i = text.IndexOf(target, i + 1, comparison))
            {
                first ??= (i, i + target.Length);
                if (WordEdge(text, i - 1) && WordEdge(text, i + target.Length)) return (i, i + target.Length);
            }
            if (first is not null) return first;
        }
        var words = target.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var pattern = string.Join(@"\s+", words.Select(System.Text.RegularExpressions.Regex.Escape));
        var m = System.Text.RegularExpressions.Regex.Match(text, pattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);
        return m.Success ? (m.Index, m.Index + m.Length) : null;
    }

    private static bool WordEdge(string text, int i) => i < 0 || i >= text.Length || !(char.IsLetterOrDigit(text[i]) || text[i] == '\'');
}
