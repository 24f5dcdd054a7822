namespace NoteCheck.Core;

/// <summary>A span of a document's text shown to a reviewer: where it is and what it says.</summary>
public sealed record EvidenceSpan(string Document, int Page, int Start, int End, string Text, Box? Bbox, IReadOnlyList<PageBox>? Boxes);

public enum Severity { Error, Warning }

/// <summary>Something about the packet a reviewer must know. Messages never carry patient text.</summary>
public sealed record PacketError(string File, int? Page, Severity Severity, string Code, string Message);
