using System.Text;

namespace NoteCheck.Criteria;

/// <summary>
/// Maps the free-text ordering specialty of a request to a code of the criteria file's
/// "specialties" table ("orthopaedic spine surgery" -> surgeon, "PM&amp;R" -> pmr).
/// </summary>
public sealed class SpecialtyNormalizer(IReadOnlyDictionary<string, string> spellings)
{
    public const string Other = "other";

    /// <summary>Null when the request names no specialty; "other" when it names one the table does not know.</summary>
    public string? Normalize(string? specialty)
    {
        if (string.IsNullOrWhiteSpace(specialty)) return null;
        var key = Key(specialty);
        if (spellings.TryGetValue(key, out var code)) return code;
        // "Neurological Surgery - Spine" or "Dept. of Orthopedic Surgery": the longest known spelling inside it.
        var padded = " " + key + " ";
        return spellings.Where(s => padded.Contains(" " + s.Key + " ", StringComparison.Ordinal))
            .OrderByDescending(s => s.Key.Length).ThenBy(s => s.Key, StringComparer.Ordinal)
            .Select(s => s.Value).FirstOrDefault() ?? Other;
    }

    /// <summary>Lower case, '&amp;' as "and", British "ae" as "e", letters and single spaces only.</summary>
    public static string Key(string text)
    {
        var s = text.ToLowerInvariant().Replace("&", " and ").Replace("orthopaed", "orthoped").Replace("paediatr", "pediatr");
        var sb = new StringBuilder();
        foreach (var c in s)
            sb.Append(char.IsLetter(c) ? c : ' ');
        return string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
