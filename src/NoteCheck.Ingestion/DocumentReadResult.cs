using NoteCheck.Core;

namespace NoteCheck.Ingestion;

/// <summary>
/// What reading one file gave: the document (null when nothing of it could be read) and the
/// problems a reviewer must know about. Expected failures land here, never as exceptions.
/// </summary>
public sealed record DocumentReadResult(string FileName, SourceDocument? Document, IReadOnlyList<PacketError> Errors)
{
    public static DocumentReadResult Failed(string fileName, string code, string message, Severity severity = Severity.Error) =>
        new(fileName, null, [new PacketError(fileName, null, severity, code, message)]);
}

/// <summary>Stable error codes of ingestion (contract §3 `errors[].code`).</summary>
public static class IngestionCodes
{
    public const string CorruptPdf = "corrupt_pdf";
    public const string EncryptedPdf = "encrypted_pdf";
    public const string EmptyFile = "empty_file";
    public const string NotAPdf = "not_a_pdf";
    public const string UnreadablePage = "unreadable_page";
    public const string UnsupportedFile = "unsupported_file";
    public const string UnreadableFile = "unreadable_file";
    public const string IgnoredFile = "ignored_file";
    public const string LowOcrConfidence = "low_ocr_confidence";
    public const string NoText = "no_text";
}
