namespace NoteCheck.Core;

/// <summary>ConText-style assertion of a mention.</summary>
public enum Assertion { Present, Absent, Possible, Historical, Hypothetical, Family }

public enum FindingSource { Rule, Model }

/// <summary>
/// A clinical fact the guideline asks about, as read from the notes: its type, how it is asserted,
/// where it is written, and which rule or model produced it.
/// </summary>
public sealed record Finding
{
    public required string Type { get; init; }
    public Assertion Assertion { get; init; } = Assertion.Present;
    public string? Laterality { get; init; }
    public string? Level { get; init; }
    public DateOnly? Date { get; init; }
    public FindingSource Source { get; init; } = FindingSource.Rule;
    public required string RuleId { get; init; }
    public double Confidence { get; init; } = 1.0;
    /// <summary>Further attributes of the type (modality, startDate, weeks, flag, ...); values are string, number, bool or DateOnly.</summary>
    public IReadOnlyDictionary<string, object?> Attributes { get; init; } = new SortedDictionary<string, object?>(StringComparer.Ordinal);
    public IReadOnlyList<EvidenceSpan> Evidence { get; init; } = [];
    /// <summary>The document file and note index within it the finding comes from (for grouping; not part of the contract).</summary>
    public string? DocumentFile { get; init; }
    public int NoteIndex { get; init; }
    /// <summary>Kind of note it was read from.</summary>
    public NoteKind? NoteKind { get; init; }
    /// <summary>Section header it was read under, when known.</summary>
    public string? Section { get; init; }
    /// <summary>Every section the group's mentions were read under (one group can span the HPI and the exam).</summary>
    public IReadOnlyList<string> Sections { get; init; } = [];

    public T? Attr<T>(string key) => Attributes.TryGetValue(key, out var v) && v is T t ? t : default;
}
