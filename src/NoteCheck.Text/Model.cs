using NoteCheck.Core;

namespace NoteCheck.Text;

// Offsets are always UTF-16 offsets into SourceDocument.Text (or into the string analyzed).

public enum TokenKind { Word, Number, Punct, Symbol }

public readonly record struct Token(int Start, int End, TokenKind Kind)
{
    public int Length => End - Start;
}

/// <summary>A section of a note: the header [HeaderStart, HeaderEnd) and the whole section [Start, End).</summary>
public sealed record Section(int Start, int End, int HeaderStart, int HeaderEnd, string Name, string Header);

public sealed record Sentence(int Start, int End, int Index, int SectionIndex, int NoteIndex);

public enum TimeKind { Date, RelativeDate, Duration, DateRange, Frequency }

/// <summary>A time expression normalized: dates resolved (relative ones against the note's date of service), durations in days.</summary>
public sealed record TimeExpression(int Start, int End, TimeKind Kind, DateOnly? Date, DateOnly? EndDate,
    int? Days, int? Count, string Text)
{
    /// <summary>Id of the time pattern (rules/text/time.json) that matched.</summary>
    public string RuleId { get; init; } = "";
}

public enum ValueKind { Age, Sex, Laterality, SpinalLevel, Dermatome, StrengthGrade, ReflexGrade, Size, Dob }

public sealed record ClinicalValue(int Start, int End, ValueKind Kind, string Value, string? Target, string? Side)
{
    /// <summary>Id of the value pattern (rules/text/values.json) that matched.</summary>
    public string RuleId { get; init; } = "";
    /// <summary>The whole pattern match (a table row gives two values from one match).</summary>
    public int MatchStart { get; init; }
    public int MatchEnd { get; init; }
}

/// <summary>One assertion category a trigger put on a target.</summary>
public sealed record AssertionCue(Assertion Assertion, string Trigger, string RuleId, int TriggerStart, int TriggerEnd);

/// <summary>
/// The assertion of a target: the winning category by the contract's precedence (family, hypothetical,
/// absent, possible, historical, present) and the cue that fired. TriggerStart/End are -1 without a trigger.
/// </summary>
public sealed record AssertionResult(Assertion Assertion, string? Trigger, string? RuleId, int TriggerStart, int TriggerEnd)
{
    /// <summary>Every cue that applied (for per-dimension scoring, e.g. negation and temporality separately).</summary>
    public IReadOnlyList<AssertionCue> Cues { get; init; } = [];

    public bool Has(Assertion a) => Assertion == a || Cues.Any(c => c.Assertion == a);

    public static AssertionResult PresentDefault { get; } = new(Assertion.Present, null, null, -1, -1);
}
