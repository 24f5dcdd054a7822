using NoteCheck.Core;
using NoteCheck.Ingestion;

namespace NoteCheck.Ocr.Tests;

/// <summary>
/// The PDF reader with OCR: packets that mix typed and scanned pages, OCR missing, slow or
/// failing, low confidence, and pages read in parallel. Real PDFs built here; real tesseract
/// except where a test needs an engine that misbehaves on purpose.
/// </summary>
public sealed class OcrIngestionTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("notecheck-ocr-test-").FullName;
    private static readonly IReadOnlyList<string> Typed = SampleNotes.Page(seed: 31, lineCount: 12).Where(l => l != SampleNotes.KnownPhrase).ToList();
    private static readonly IReadOnlyList<string> Scanned = SampleNotes.Page(seed: 32, lineCount: 20);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [OcrFact]
    public void Packet_mixing_typed_and_scanned_pages_has_evidence_on_both_with_scanned_boxes_on_the_image()
    {
        var ocr = OcrEnvironment.Require();
        var (path, drawn) = MixedPdf(skew: 1.5);

        var result = new DocumentReader(ocr).Read(path);

        var doc = result.Document!;
        Assert.Empty(result.Errors);
        Assert.Equal([PageStatus.Text, PageStatus.Ocr], doc.Pages.Select(p => p.Status));
        Assert.Null(doc.Pages[0].OcrConfidence);
        Assert.InRange(doc.Pages[1].OcrConfidence!.Value, 80, 100);

        // typed evidence: page 1, from the text layer
        var typedAt = doc.Text.IndexOf(Typed[0], StringComparison.Ordinal);
        Assert.Equal(1, doc.Evidence(typedAt, typedAt + Typed[0].Length).Page);

        // scanned evidence: page 2, its box on the scanned words
        var phrase = "Straight leg raise positive on the left";
        var at = doc.Text.IndexOf(phrase, doc.Pages[1].Start, StringComparison.Ordinal);
        Assert.True(at >= 0, "phrase not read from the scan");
        var evidence = doc.Evidence(at, at + phrase.Length);
        Assert.Equal(2, evidence.Page);
        var box = evidence.Bbox!.Value;
        Assert.InRange(box.X0, drawn.X0 - 4, drawn.X0 + 4);
        Assert.InRange(box.Y0, drawn.Y0 - 4, drawn.Y1);
        Assert.InRange(box.Y1, drawn.Y0, drawn.Y1 + 4);
        Assert.True(box.X1 < drawn.X1 && box.X1 > drawn.X0 + 0.6 * (drawn.X1 - drawn.X0));

        // each scanned line is a line of the text (skew does not interleave lines)
        var pageLines = doc.Text[doc.Pages[1].Start..doc.Pages[1].End].Split('\n').ToHashSet();
        var exact = Scanned.Count(pageLines.Contains);
        Assert.True(exact >= Scanned.Count * 0.8, $"{exact} of {Scanned.Count} scanned lines read exactly");
    }

    [Fact]
    public void Without_tesseract_scanned_pages_stay_unreadable_with_how_to_enable_OCR()
    {
        var (path, _) = MixedPdf(skew: 0);
        var noTesseract = new TesseractPageOcr(TesseractSettings.Load(), tesseractPath: null, pdftoppmPath: null);

        var result = new DocumentReader(noTesseract).Read(path);

        Assert.Equal([PageStatus.Text, PageStatus.Unreadable], result.Document!.Pages.Select(p => p.Status));
        var error = Assert.Single(result.Errors);
        Assert.Equal((2, Severity.Error, IngestionCodes.UnreadablePage), (error.Page, error.Severity, error.Code));
        Assert.Contains("mixed.pdf page 2", error.Message);
        Assert.Contains("apt-get install tesseract-ocr tesseract-ocr-eng poppler-utils", error.Message);
    }

    [OcrFact]
    public void Low_confidence_page_is_read_and_reported_as_a_warning()
    {
        var ocr = OcrEnvironment.Require();
        var (path, _) = MixedPdf(skew: 0);
        var strict = ScannedPageRules.Default with { LowConfidence = 99.9 };

        var result = new DocumentReader(FurnitureDetector.Default, ocr, strict).Read(path);

        Assert.Equal(PageStatus.Ocr, result.Document!.Pages[1].Status);
        var warning = Assert.Single(result.Errors);
        Assert.Equal((2, Severity.Warning, IngestionCodes.LowOcrConfidence), (warning.Page, warning.Severity, warning.Code));
        Assert.DoesNotContain("Straight", warning.Message);
    }

    [OcrFact]
    public void Page_over_the_time_limit_becomes_unreadable_not_a_crash()
    {
        var ocr = OcrEnvironment.Require();
        var (path, _) = MixedPdf(skew: 0);
        var hurried = ScannedPageRules.Default with { PageTimeLimitSeconds = 0.05 };

        var result = new DocumentReader(FurnitureDetector.Default, ocr, hurried).Read(path);

        Assert.Equal([PageStatus.Text, PageStatus.Unreadable], result.Document!.Pages.Select(p => p.Status));
        var error = Assert.Single(result.Errors);
        Assert.Equal(IngestionCodes.UnreadablePage, error.Code);
        Assert.Contains("took longer than", error.Message);
    }

    [OcrFact]
    public void Scan_under_a_fax_banner_text_layer_is_read_by_OCR()
    {
        var ocr = OcrEnvironment.Require();
        var (scan, _) = ScanBuilder.ScanImage(Path.Combine(_dir, "s"), Scanned, new ScanStyle());
        var path = Path.Combine(_dir, "banner.pdf");
        File.WriteAllBytes(path, ScanBuilder.MixedPdf([(["FAX FROM 555 010 2288 PAGE 1 OF 1"], scan)]));

        var result = new DocumentReader(ocr).Read(path);

        Assert.Equal(PageStatus.Ocr, result.Document!.Pages[0].Status);
        Assert.Contains("Straight leg raise positive", result.Document.Text);
    }

    [Fact]
    public void Scanned_pages_are_read_in_parallel_up_to_the_limit_and_assembled_in_page_order()
    {
        var (scan, _) = ScanBuilder.ScanImage(Path.Combine(_dir, "s"), ["x"], new ScanStyle(SourceDpi: 50));
        var path = Path.Combine(_dir, "five.pdf");
        File.WriteAllBytes(path, ScanBuilder.MixedPdf(Enumerable.Range(0, 5).Select(_ => ((IReadOnlyList<string>?)null, (GrayImage?)scan))));
        var engine = new CountingOcr(failPage: 4);

        var result = new DocumentReader(FurnitureDetector.Default, engine, ScannedPageRules.Default with { MaxParallelPages = 2 }).Read(path);

        Assert.Equal(2, engine.MaxConcurrent);
        var doc = result.Document!;
        Assert.Equal([PageStatus.Ocr, PageStatus.Ocr, PageStatus.Ocr, PageStatus.Unreadable, PageStatus.Ocr], doc.Pages.Select(p => p.Status));
        Assert.Equal("page1\fpage2\fpage3\f\fpage5", doc.Text);
        var error = Assert.Single(result.Errors);
        Assert.Equal((4, IngestionCodes.UnreadablePage), (error.Page, error.Code));
    }

    private (string Path, Box Phrase) MixedPdf(double skew)
    {
        var (scan, phrase) = ScanBuilder.ScanImage(Path.Combine(_dir, "s"), Scanned, new ScanStyle(SkewDegrees: skew, SpeckRate: skew == 0 ? 0 : 0.001));
        var path = Path.Combine(_dir, "mixed.pdf");
        File.WriteAllBytes(path, ScanBuilder.MixedPdf([(Typed, null), (null, scan)]));
        return (path, phrase);
    }

    /// <summary>An engine that takes its time, counts how many pages it reads at once, and throws on one page.</summary>
    private sealed class CountingOcr(int failPage) : IPageOcr
    {
        private int _current;
        public int MaxConcurrent;

        public string? UnavailableReason => null;

        public OcrPageResult Recognize(string pdfPath, int pageNumber, double pageWidth, double pageHeight, CancellationToken cancellation)
        {
            var now = Interlocked.Increment(ref _current);
            lock (this) MaxConcurrent = Math.Max(MaxConcurrent, now);
            try
            {
                Thread.Sleep(300);
                if (pageNumber == failPage) throw new InvalidOperationException("engine crashed");
                return new OcrPageResult(true, [new OcrWord($"page{pageNumber}", new Box(72, 700, 120, 712), 95, 1, 0)], 95, null, null);
            }
            finally { Interlocked.Decrement(ref _current); }
        }
    }
}
