namespace NoteCheck.Core;

public static class Outcomes
{
    public const string CriteriaMet = "criteria_met";
    public const string ReferToReviewer = "refer_to_reviewer";
    public const string Unreadable = "unreadable";
}

public enum IndicationStatus { Met, Insufficient, NotMet }

public sealed record Reason(string Code, string Message);

/// <summary>One node of an evaluated criteria tree, as shown to a reviewer.</summary>
public sealed record TraceNode
{
    public required string Id { get; init; }
    public required string Kind { get; init; }
    public bool? Value { get; init; }
    public string? Clause { get; init; }
    public string? Note { get; init; }
    /// <summary>Indexes into the decision's findings list that this node looked at.</summary>
    public IReadOnlyList<int> Findings { get; init; } = [];
    public IReadOnlyList<TraceNode> Children { get; init; } = [];
}

public sealed record IndicationResult(
    string Id, IndicationStatus Status, string Clause,
    IReadOnlyList<EvidenceSpan> Evidence, IReadOnlyList<string> Missing, TraceNode? Trace);

public sealed record DocumentSummary(string File, int Pages, IReadOnlyList<PageStatus> PageStatus, IReadOnlyList<NoteSegment> Notes);

/// <summary>The decision for one packet (contract §3).</summary>
public sealed record Decision
{
    public string? RequestId { get; init; }
    public required string Outcome { get; init; }
    public IReadOnlyList<string> MetIndications { get; init; } = [];
    public IReadOnlyList<Reason> Reasons { get; init; } = [];
    public IReadOnlyList<IndicationResult> Indications { get; init; } = [];
    public IReadOnlyList<Finding> Findings { get; init; } = [];
    public IReadOnlyList<DocumentSummary> Documents { get; init; } = [];
    public IReadOnlyList<PacketError> Errors { get; init; } = [];
    public IReadOnlyDictionary<string, object?> Versions { get; init; } = new SortedDictionary<string, object?>();
    /// <summary>Specialty as NoteCheck understood it (normalized), when a request named one.</summary>
    public string? UnderstoodSpecialty { get; init; }
}
