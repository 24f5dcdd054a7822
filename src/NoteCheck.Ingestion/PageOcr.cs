using NoteCheck.Core;

namespace NoteCheck.Ingestion;

/// <summary>One word read by OCR, with its box already mapped to PDF user space.</summary>
public sealed record OcrWord(string Text, Box Box, double Confidence, int Block, int Line);

/// <summary>What OCR made of one page: a result object, not an exception, for expected failures.</summary>
public sealed record OcrPageResult(bool Success, IReadOnlyList<OcrWord> Words, double MeanConfidence, string? ErrorCode, string? ErrorMessage)
{
    public static OcrPageResult Failed(string code, string message) => new(false, [], 0, code, message);
}

/// <summary>
/// Reads the text of a page that has no usable text layer. Strategy interface: ingestion
/// asks it only for pages it cannot read; <see cref="NoPageOcr.Instance"/> is the default.
/// </summary>
public interface IPageOcr
{
    /// <summary>Null when OCR can run; otherwise why not and how to enable it (no patient text).</summary>
    string? UnavailableReason { get; }

    OcrPageResult Recognize(string pdfPath, int pageNumber, double pageWidth, double pageHeight, CancellationToken cancellation);
}

/// <summary>No OCR: image-only pages stay unreadable.</summary>
public sealed class NoPageOcr : IPageOcr
{
    public static readonly NoPageOcr Instance = new();
    public string? UnavailableReason => "OCR is not configured";
    public OcrPageResult Recognize(string pdfPath, int pageNumber, double pageWidth, double pageHeight, CancellationToken cancellation) =>
        OcrPageResult.Failed("ocr_unavailable", UnavailableReason!);
}
