namespace NoteCheck.Core;

public enum PageStatus { Text, Ocr, Unreadable }

/// <summary>One page of a document: where its text sits in the document string, and how it was read.</summary>
public sealed record PageInfo(int Number, PageStatus Status, int Start, int End, double Width, double Height)
{
    /// <summary>Mean OCR word confidence (0-100) for <see cref="PageStatus.Ocr"/> pages.</summary>
    public double? OcrConfidence { get; init; }
}

public enum NoteKind
{
    OfficeVisit, Consult, PtNote, ChiropracticNote, EdNote, ImagingReport, EmgReport,
    OperativeNote, DischargeSummary, Letter, Other
}

/// <summary>A half-open range [Start, End) of a document's text.</summary>
public readonly record struct TextRange(int Start, int End)
{
    public int Length => End - Start;
    public bool Contains(int offset) => offset >= Start && offset < End;
    public bool Overlaps(TextRange other) => Start < other.End && other.Start < End;
}

/// <summary>One clinical note inside a document: a visit, a PT note, an imaging report.</summary>
public sealed record NoteSegment(int Start, int End, DateOnly? Date, NoteKind Kind);

/// <summary>
/// A document of a packet as NoteCheck reads it: one string (UTF-16 offsets, '\n' line ends,
/// pages joined by '\f', nothing deleted) plus where each character sits on its page.
/// </summary>
public sealed class SourceDocument
{
    public SourceDocument(string fileName, string text, IReadOnlyList<PageInfo> pages, PageGeometry? geometry)
    {
        FileName = fileName;
        Text = text;
        Pages = pages;
        Geometry = geometry;
    }

    /// <summary>File name as given in the packet (no directory).</summary>
    public string FileName { get; }
    public string Text { get; }
    public IReadOnlyList<PageInfo> Pages { get; }
    /// <summary>Null for plain-text documents.</summary>
    public PageGeometry? Geometry { get; }
    /// <summary>
    /// Page furniture: fax banners, repeated page headers and footers ("Page 3 of 17"). They stay in
    /// the text (nothing is deleted) but are kept out of sentences and never give a note its date.
    /// </summary>
    public IReadOnlyList<TextRange> Furniture { get; set; } = [];
    /// <summary>The notes this document holds; filled by the text layer's note segmenter.</summary>
    public IReadOnlyList<NoteSegment> Notes { get; set; } = [];

    public int PageAt(int offset)
    {
        if (Geometry is not null) return Geometry.PageAt(offset);
        for (var i = Pages.Count - 1; i >= 0; i--) if (offset >= Pages[i].Start) return Pages[i].Number;
        return 1;
    }

    /// <summary>Evidence for the span [start, end) of this document's text.</summary>
    public EvidenceSpan Evidence(int start, int end)
    {
        start = Math.Clamp(start, 0, Text.Length);
        end = Math.Clamp(end, start, Text.Length);
        var boxes = Geometry?.BoxesFor(Text, start, end) ?? [];
        return new EvidenceSpan(FileName, PageAt(start), start, end, Text[start..end],
            boxes.Count > 0 ? boxes[0].Box : null, Geometry is null ? null : boxes);
    }
}
