using NoteCheck.Core;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;
using UglyToad.PdfPig.Util;

namespace NoteCheck.Ingestion;

/// <summary>
/// Reads a PDF into one string with a box per character. Pages whose text layer passes
/// <see cref="TextLayerCheck"/> are read from it; the others go to <see cref="IPageOcr"/> (several
/// pages at once, each with a time limit) and, when OCR cannot read them, stay in the document as
/// <c>unreadable</c> pages with an error, never dropped.
/// </summary>
public sealed class PdfDocumentReader(FurnitureDetector furniture, IPageOcr ocr, TextLayerCheck check)
{
    public PdfDocumentReader(FurnitureDetector furniture, IPageOcr ocr) : this(furniture, ocr, TextLayerCheck.Default) { }

    /// <summary>What the text layer gave for one page, before OCR.</summary>
    private sealed class PageRead
    {
        public required int Number { get; init; }
        public double Width { get; init; }
        public double Height { get; init; }
        public List<LayoutWord> Words { get; init; } = [];
        public TextLayerVerdict Verdict { get; init; }
        public bool Damaged { get; init; }
        public OcrPageResult? Ocr { get; set; }
    }

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
        var errors = new List<PacketError>();
        List<PageRead> pages;
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
            // PdfPig is not thread-safe: the text layer is read page by page.
            pages = [];
            for (var n = 1; n <= pageCount; n++)
            {
                cancellation.ThrowIfCancellationRequested();
                pages.Add(ReadTextLayer(pdf, fileName, n, errors));
            }
        }
        RunOcr(path, pages.Where(p => !p.Damaged && p.Verdict != TextLayerVerdict.Usable).ToList(), cancellation);

        var builder = new DocumentTextBuilder();
        var infos = new List<PageInfo>();
        foreach (var page in pages)
        {
            var start = builder.BeginPage();
            var (status, confidence) = Write(page, fileName, builder, errors);
            infos.Add(new PageInfo(page.Number, status, start, builder.Length, page.Width, page.Height) { OcrConfidence = confidence });
        }
        var text = builder.Text;
        var document = new SourceDocument(fileName, text, infos, builder.BuildGeometry());
        document.Furniture = furniture.Detect(text, infos);
        errors.Sort((x, y) => (x.Page ?? 0).CompareTo(y.Page ?? 0));
        return new DocumentReadResult(fileName, document, errors);
    }

    private PageRead ReadTextLayer(PdfDocument pdf, string fileName, int n, List<PacketError> errors)
    {
        Page page;
        try { page = pdf.GetPage(n); }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            errors.Add(new PacketError(fileName, n, Severity.Error, IngestionCodes.UnreadablePage,
                $"{fileName} page {n}: the page is damaged and cannot be read ({e.GetType().Name})."));
            return new PageRead { Number = n, Damaged = true, Verdict = TextLayerVerdict.NoText };
        }
        List<LayoutWord> words;
        try { words = TextLayerWords(page); }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            words = [];
            errors.Add(new PacketError(fileName, n, Severity.Warning, IngestionCodes.UnreadablePage,
                $"{fileName} page {n}: the text layer could not be parsed ({e.GetType().Name})."));
        }
        var verdict = check.Judge(words.Select(w => w.Text).ToList(), TextLayerCheck.ImageCoverage(page));
        return new PageRead { Number = n, Width = page.Width, Height = page.Height, Words = words, Verdict = verdict };
    }

    // Pages without a usable text layer, several at once, each within the page time limit.
    private void RunOcr(string path, List<PageRead> pages, CancellationToken cancellation)
    {
        if (pages.Count == 0) return;
        if (ocr.UnavailableReason is { } why)
        {
            foreach (var p in pages) p.Ocr = OcrPageResult.Failed("ocr_unavailable", why);
            return;
        }
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, check.Rules.Parallelism), CancellationToken = cancellation };
        Parallel.ForEach(pages, options, page =>
        {
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            limit.CancelAfter(check.Rules.PageTimeLimit);
            try
            {
                var result = ocr.Recognize(path, page.Number, page.Width, page.Height, limit.Token);
                // An engine that stops on the token returns a failure instead of throwing: still a timeout.
                page.Ocr = !result.Success && limit.IsCancellationRequested && !cancellation.IsCancellationRequested
                    ? OcrPageResult.Failed("ocr_timeout", $"OCR took longer than {check.Rules.PageTimeLimitSeconds:0.##} s")
                    : result;
            }
            catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
            {
                page.Ocr = OcrPageResult.Failed("ocr_timeout", $"OCR took longer than {check.Rules.PageTimeLimitSeconds:0.##} s");
            }
            catch (Exception e) when (e is not OutOfMemoryException and not OperationCanceledException)
            {
                page.Ocr = OcrPageResult.Failed("ocr_failed", $"OCR failed ({e.GetType().Name})");
            }
        });
    }

    private (PageStatus, double?) Write(PageRead page, string fileName, DocumentTextBuilder builder, List<PacketError> errors)
    {
        var n = page.Number;
        if (page.Damaged) return (PageStatus.Unreadable, null);
        if (page.Verdict == TextLayerVerdict.Usable)
        {
            PageLayout.Write(page.Words, builder);
            return (PageStatus.Text, null);
        }
        var result = page.Ocr;
        if (result is { Success: true } && result.Words.Count > 0)
        {
            // Tesseract's own lines: baseline rows would interleave the lines of a skewed scan.
            OcrPageLayout.Write(result.Words, builder);
            if (result.MeanConfidence < check.Rules.LowConfidence)
                errors.Add(new PacketError(fileName, n, Severity.Warning, IngestionCodes.LowOcrConfidence,
                    $"{fileName} page {n}: read by OCR with low confidence ({result.MeanConfidence:0}%); check the page image."));
            return (PageStatus.Ocr, result.MeanConfidence);
        }
        // Not readable. A few text-layer words over a scan (a fax banner) are still kept; garbled glyphs are not text.
        if (page.Verdict == TextLayerVerdict.ImageWithFewWords) PageLayout.Write(page.Words, builder);
        var why = result is null ? "OCR was not run" : result.Success ? "OCR found no text" : result.ErrorMessage ?? "OCR failed";
        errors.Add(new PacketError(fileName, n, Severity.Error, IngestionCodes.UnreadablePage,
            $"{fileName} page {n}: the page {TextLayerCheck.Describe(page.Verdict)} and could not be read ({why})."));
        return (PageStatus.Unreadable, null);
    }

    private static bool LooksLikePdf(byte[] bytes)
    {
        var head = bytes.AsSpan(0, Math.Min(bytes.Length, 1024));
        return head.IndexOf("%PDF-"u8) >= 0;
    }

    /// <summary>The page's words as the layout reads them (public for the layout measurement).</summary>
    public static List<LayoutWord> TextLayerWords(Page page)
    {
        var letters = page.Letters;
        if (!letters.Any(l => !string.IsNullOrWhiteSpace(l.Value))) return [];
        var result = new List<LayoutWord>();
        // PdfPig's default extractor (what page.GetWords() uses) over all letters, spaces included
        // (it splits words at them): the same words as the nearest-neighbour extractor on every page
        // of the example and benchmark PDFs, ~5x faster; the nearest-neighbour one (a k-d tree per
        // page) was 60% of ingestion time (benchmarks/README.md).
        foreach (var word in DefaultWordExtractor.Instance.GetWords(letters))
        {
            var ls = word.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).OrderBy(l => l.StartBaseLine.X).ToList();
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
}
