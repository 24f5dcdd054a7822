using NoteCheck.Core;

namespace NoteCheck.Ingestion;

/// <summary>
/// Reads one file of a packet, whatever it is: dispatches on the extension, and turns every
/// expected failure (empty, unreadable, unsupported, damaged) into a result with an error.
/// </summary>
public sealed class DocumentReader(FurnitureDetector furniture, IPageOcr ocr, ScannedPageRules? scanned = null)
{
    public DocumentReader() : this(FurnitureDetector.Default, NoPageOcr.Instance) { }
    public DocumentReader(IPageOcr ocr) : this(FurnitureDetector.Default, ocr) { }

    /// <summary>Files NoteCheck reads as documents (contract §1).</summary>
    public static bool IsDocument(string path) => Extension(path) is ".pdf" or ".txt" or ".md";

    public DocumentReadResult Read(string path, CancellationToken cancellation = default)
    {
        var fileName = Path.GetFileName(path);
        if (!IsDocument(path))
            return DocumentReadResult.Failed(fileName, IngestionCodes.UnsupportedFile,
                $"{fileName}: unsupported file type '{Extension(path)}'; NoteCheck reads .pdf, .txt and .md.");
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return DocumentReadResult.Failed(fileName, IngestionCodes.UnreadableFile, $"{fileName}: the file cannot be read ({Describe(e)}).");
        }
        if (bytes.Length == 0)
            return DocumentReadResult.Failed(fileName, IngestionCodes.EmptyFile, $"{fileName}: the file is empty (0 bytes).");
        try
        {
            return Extension(path) == ".pdf"
                ? new PdfDocumentReader(furniture, ocr, scanned is null ? TextLayerCheck.Default : new TextLayerCheck(scanned)).Read(path, fileName, bytes, cancellation)
                : new TextDocumentReader(furniture).Read(fileName, bytes);
        }
        catch (OperationCanceledException) { throw; }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Last line of defence: a reader bug must not take the packet down. No message text:
            // exception messages of parsers may quote document content.
            var code = Extension(path) == ".pdf" ? IngestionCodes.CorruptPdf : IngestionCodes.UnreadableFile;
            return DocumentReadResult.Failed(fileName, code, $"{fileName}: the file could not be read ({e.GetType().Name}).");
        }
    }

    private static string Extension(string path) => Path.GetExtension(path).ToLowerInvariant();

    private static string Describe(Exception e) => e switch
    {
        UnauthorizedAccessException => "permission denied",
        FileNotFoundException => "not found",
        DirectoryNotFoundException => "not found",
        _ => e.GetType().Name,
    };
}
