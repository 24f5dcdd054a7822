namespace NoteCheck.Benchmarks.Generation;

/// <summary>Typeface of a printed line: body text, section headings, or a monospaced device print.</summary>
public enum Face { Body, Bold, Mono }

/// <summary>One block of a printed note, laid out top to bottom by <see cref="PdfPacketWriter"/>.</summary>
public abstract record Block;

/// <summary>A paragraph; wrapped to the page width when printed.</summary>
public sealed record Paragraph(string Text, Face Face = Face.Body, double Indent = 0) : Block;

/// <summary>A grid of cells (vitals, strength grades, reflexes, PT minutes); kept on one page when it fits.</summary>
public sealed record Table(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<double> ColumnWidths, bool Ruled) : Block;

/// <summary>Vertical space between sections.</summary>
public sealed record Gap(double Points = 6) : Block;

/// <summary>One clinical note as printed: what kind, when, and its blocks.</summary>
public sealed record PrintedNote(string Kind, DateOnly Date, IReadOnlyList<Block> Blocks);
