using System.Globalization;

namespace NoteCheck.Findings.Composition;

/// <summary>
/// Writes patient_identity names one way ("HUXLEY-MOORE, BERTRAND A." -> "Bertrand A. Huxley-Moore") so the
/// mismatch gate compares people, not spellings.
/// </summary>
public static class IdentityNormalizer
{
    public static void Normalize(IEnumerable<Mention> mentions)
    {
        foreach (var m in mentions.Where(m => m.Type == "patient_identity"))
            if (m.Attributes.GetValueOrDefault("name") is string name) m.Attributes["name"] = Name(name);
    }

    public static string Name(string written)
    {
        var name = written.Trim().TrimEnd(',', ';');
        var comma = name.IndexOf(',');
        if (comma > 0) name = name[(comma + 1)..].Trim() + " " + name[..comma].Trim();
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Word);
        return string.Join(' ', words);
    }

    private static string Word(string w)
    {
        if (w.Length == 1) return w.ToUpperInvariant() + ".";
        if (w.Any(char.IsLower)) return w;
        // All caps: capitalise each hyphen- or apostrophe-separated part.
        var parts = w.ToLowerInvariant().Split('-').Select(p => string.Join('\'', p.Split('\'').Select(q => q.Length == 0 ? q : char.ToUpperInvariant(q[0]) + q[1..])));
        return string.Join('-', parts);
    }
}
