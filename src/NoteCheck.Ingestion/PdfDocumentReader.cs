using NoteCheck.Core;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;
using UglyToad.PdfPig.Exceptions;

namespace NoteCheck.Ingestion;

/// <summary>
/// Reads a PDF into one string with a box per character. Pages with a usable text layer are
/// read from it; the others go to <see cref="IPageOcr"/> and, when that cannot read them, stay in
/// the document as empty <c>unreadable</c> pages with an error, never dropped.
/// </summary>
public sealed class PdfDocumentReader(FurnitureDetector furniture, IPageOcr ocr)
{
    /// <summary>A page needs at least this many visible characters, else it is treated as a scan.</summary>
    private const int MinUsableChars = 8;
    /// <summary>Mean OCR confidence (0-100) under which a reviewer is warned.</summary>
    private const double LowOcrConfidence = 60;

    public DocumentReadResult Read(string path, string fileName, byte[] bytes, CancellationToken cancellation = default)
    {
        if (!LooksLikePdf(bytes))
            return DocumentReadResult.Failed(fileName, IngestionCodes.NotAPdf, $"{fileName}: named .pdf but is not a PDF file (no %PDF header).");
        PdfDocument pdf;
        try
        {
            pdf = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        }
        catch (PdfDocumentEncryptedException)
        {
            return DocumentReadResult.Failed(fileName, IngestionCodes.EncryptedPdf, $"{fileName}: the PDF is password-protected and cannot be opened; ask the sender for an unprotected copy.");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return DocumentReadResult.Failed(fileName, IngestionCodes.CorruptPdf, $"{fileName}: the PDF is damaged and cannot be opened ({e.GetType().Name}).");
        }
        using (pdf)
        {
            int pageCount;
            try { pageCount = pdf.NumberOfPages; }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                return DocumentReadResult.Failed(fileName, IngestionCodes.CorruptPdf, $"{fileName}: the PDF's page tree is damaged ({e.GetType().Name}).");
            }
            if (pageCount == 0)
                return DocumentReadResult.Failed(fileName, IngestionCodes.CorruptPdf, $"{fileName}: the PDF has no pages.");

            var builder = new DocumentTextBuilder();
            var pages = new List<PageInfo>();
            var errors = new List<PacketError>();
            for (var n = 1; n <= pageCount; n++)
            {
                cancellation.ThrowIfCancellationRequested();
                var start = builder.BeginPage();
                var (status, width, height, confidence) = ReadPage(pdf, path, fileName, n, builder, errors, cancellation);
                pages.Add(new PageInfo(n, status, start, builder.Length, width, height) { OcrConfidence = confidence });
            }
            return new DocumentReadResult(fileName, Build(fileName, builder, pages), errors);
        }
    }

    private SourceDocument Build(string fileName, DocumentTextBuilder builder, List<PageInfo> pages)
    {
        var text = builder.Text;
        var document = new SourceDocument(fileName, text, pages, builder.BuildGeometry());
        document.Furniture = furniture.Detect(text, pages);
        return document;
    }

    private (PageStatus, double, double, double?) ReadPage(PdfDocument pdf, string path, string fileName, int n,
        DocumentTextBuilder builder, List<PacketError> errors, CancellationToken cancellation)
    {
        Page page;
        try { page = pdf.GetPage(n); }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            errors.Add(new PacketError(fileName, n, Severity.Error, IngestionCodes.UnreadablePage,
                $"{fileName} page {n}: the page is damaged and cannot be read ({e.GetType().Name})."));
            return (PageStatus.Unreadable, 0, 0, null);
        }
        double width = page.Width, height = page.Height;
        List<LayoutWord> words;
        try { words = TextLayerWords(page); }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            words = [];
            errors.Add(new PacketError(fileName, n, Severity.Warning, IngestionCodes.UnreadablePage,
                $"{fileName} page {n}: the text layer could not be parsed ({e.GetType().Name}); trying OCR."));
        }
        if (Usable(words))
        {
            PageLayout.Write(words, builder);
            return (PageStatus.Text, width, height, null);
        }

        var result = ocr.Recognize(path, n, width, height, cancellation);
        if (result.Success && result.Words.Count > 0)
        {
            PageLayout.Write(OcrWords(result.Words), builder);
            if (result.MeanConfidence < LowOcrConfidence)
                errors.Add(new PacketError(fileName, n, Severity.Warning, IngestionCodes.LowOcrConfidence,
                    $"{fileName} page {n}: read by OCR with low confidence ({result.MeanConfidence:0}%); check the page image."));
            return (PageStatus.Ocr, width, height, result.MeanConfidence);
        }
        var why = result.Success ? "OCR found no text" : result.ErrorMessage ?? "OCR failed";
        var what = SafeImageCount(page) > 0 ? "is an image without a text layer" : "has no extractable text";
        errors.Add(new PacketError(fileName, n, Severity.Error, IngestionCodes.UnreadablePage, $"{fileName} page {n}: the page {what} ({why})."));
        return (PageStatus.Unreadable, width, height, null);
    }

    private static int SafeImageCount(Page page)
    {
        try { return page.NumberOfImages; } catch (Exception e) when (e is not OutOfMemoryException) { return 0; }
    }

    private static bool LooksLikePdf(byte[] bytes)
    {
        var head = bytes.AsSpan(0, Math.Min(bytes.Length, 1024));
        return head.IndexOf("%PDF-"u8) >= 0;
    }

    // Enough visible characters that are not private-use or replacement glyphs (fonts without a
    // Unicode map give those): otherwise the text layer is no use and the page goes to OCR.
    private static bool Usable(List<LayoutWord> words)
    {
        int good = 0, bad = 0;
        foreach (var w in words)
            foreach (var g in w.Glyphs)
                foreach (var c in g.Value)
                {
                    if (char.IsWhiteSpace(c)) continue;
                    if (c == '\uFFFD' || char.IsControl(c) || (c >= '\uE000' && c <= '\uF8FF')) bad++; else good++;
                }
        return good >= MinUsableChars && good >= bad * 2;
    }

    private static List<LayoutWord> TextLayerWords(Page page)
    {
        var letters = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        if (letters.Count == 0) return [];
        var result = new List<LayoutWord>();
        foreach (var word in NearestNeighbourWordExtractor.Instance.GetWords(letters))
        {
            var ls = word.Letters.OrderBy(l => l.StartBaseLine.X).ToList();
            if (ls.Count == 0) continue;
            var glyphs = ls.Select(l => new Glyph(ExpandLigature(l.Value), LetterBox(l))).ToList();
            var size = ls.Max(l => l.PointSize > 0 ? l.PointSize : l.BoundingBox.Height);
            result.Add(new LayoutWord(glyphs, ls[0].StartBaseLine.Y, size > 0 ? size : 10,
                glyphs.Min(g => g.Box.X0), glyphs.Max(g => g.Box.X1)));
        }
        return result;
    }

    // Typographic ligatures (U+FB00-FB06: "ﬁ", "ﬂ") become their letters, both under the glyph's
    // box, so that "dorsiﬂexion" is searchable as "dorsiflexion". Nothing is lost: the glyph was those letters.
    private static string ExpandLigature(string value)
    {
        if (value.Length != 1 || value[0] < '\uFB00' || value[0] > '\uFB06') return value;
        return value[0] switch
        {
            '\uFB00' => "ff", '\uFB01' => "fi", '\uFB02' => "fl", '\uFB03' => "ffi", '\uFB04' => "ffl", _ => "st",
        };
    }

    // The drawn glyph outline; blank or odd glyphs fall back to the advance along the baseline.
    private static Box LetterBox(Letter l)
    {
        var r = l.BoundingBox;
        if (r.Width > 0 && r.Height > 0 && double.IsFinite(r.Left) && double.IsFinite(r.Bottom))
            return new Box(r.Left, r.Bottom, r.Right, r.Top);
        var size = l.PointSize > 0 ? l.PointSize : 10;
        var x0 = Math.Min(l.StartBaseLine.X, l.EndBaseLine.X);
        var x1 = Math.Max(Math.Max(l.StartBaseLine.X, l.EndBaseLine.X), x0 + 0.1);
        return new Box(x0, l.StartBaseLine.Y - size * 0.2, x1, l.StartBaseLine.Y + size * 0.75);
    }

    // OCR boxes cover a whole word: each character gets an equal slice of it.
    private static List<LayoutWord> OcrWords(IReadOnlyList<OcrWord> words)
    {
        var result = new List<LayoutWord>();
        foreach (var w in words)
        {
            if (string.IsNullOrWhiteSpace(w.Text) || w.Box.IsEmpty) continue;
            var text = w.Text.Trim();
            var step = (w.Box.X1 - w.Box.X0) / text.Length;
            var glyphs = new List<Glyph>(text.Length);
            for (var i = 0; i < text.Length; i++)
                glyphs.Add(new Glyph(text[i].ToString(), new Box(w.Box.X0 + step * i, w.Box.Y0, w.Box.X0 + step * (i + 1), w.Box.Y1)));
            result.Add(new LayoutWord(glyphs, w.Box.Y0, Math.Max(1, w.Box.Y1 - w.Box.Y0), w.Box.X0, w.Box.X1));
        }
        return result;
    }
}
