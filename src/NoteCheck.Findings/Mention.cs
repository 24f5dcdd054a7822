using NoteCheck.Core;

namespace NoteCheck.Findings;

/// <summary>
/// One matched mention before grouping: a span of the document read as one finding type. A record for <c>with</c>
/// copies; each instance owns its attribute dictionary, so two mentions are equal only when they are the same one.
/// </summary>
public sealed record Mention
{
    public required string Type { get; init; }
    public required Assertion Assertion { get; set; }
    public required int Start { get; init; }
    public required int End { get; init; }
    public required string RuleId { get; init; }
    public double Confidence { get; init; } = 0.9;
    public FindingSource Source { get; init; } = FindingSource.Rule;
    public SortedDictionary<string, object?> Attributes { get; private init; } = new(StringComparer.Ordinal);
    public string? Laterality { get; set; }
    public string? Level { get; set; }
    public DateOnly? Date { get; set; }
    /// <summary>The date was written in the mention's sentence (not the note's date of service standing in for it).</summary>
    public bool DateFromText { get; set; }
    public int NoteIndex { get; init; }
    public int SentenceIndex { get; init; } = -1;
    public string? Section { get; init; }
    public IReadOnlySet<string> Suppresses { get; init; } = new HashSet<string>();

    public bool Overlaps(Mention other) => Start < other.End && other.Start < End;

    /// <summary>The same reading cut to end at <paramref name="end"/>, without the separators left at the cut
    /// (spaces, dashes, commas, quotes) when the document text is given; null when nothing is left.</summary>
    public Mention? WithEnd(int end, string? text = null)
    {
        end = Math.Min(end, End);
        while (text is not null && end > Start && (char.IsWhiteSpace(text[end - 1]) || "-–,;:(\"'".Contains(text[end - 1]))) end--;
        if (end <= Start) return null;
        return this with { End = end, Attributes = new(Attributes, StringComparer.Ordinal) };
    }
}
