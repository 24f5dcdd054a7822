using NoteCheck.Core;

namespace NoteCheck.Ingestion;

/// <summary>
/// Reads a .txt or .md note: one page (more only when the file itself holds form feeds), no
/// geometry. Furniture (fax banners, "Page 2 of 3") is marked the same way as in PDFs.
/// </summary>
public sealed class TextDocumentReader(FurnitureDetector furniture)
{
    public DocumentReadResult Read(string fileName, byte[] bytes)
    {
        var decoded = TextDecoder.Decode(bytes);
        var text = decoded.Text;
        if (string.IsNullOrWhiteSpace(text))
            return DocumentReadResult.Failed(fileName, IngestionCodes.EmptyFile, $"{fileName}: the file holds no text.");

        // A form feed in a text file is a page break, as in the PDF text (pages joined by '\f').
        var pages = new List<PageInfo>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\f') continue;
            pages.Add(new PageInfo(pages.Count + 1, PageStatus.Text, start, i, 0, 0));
            start = i + 1;
        }
        var document = new SourceDocument(fileName, text, pages, null);
        document.Furniture = furniture.Detect(text, pages);
        return new DocumentReadResult(fileName, document, []);
    }
}
