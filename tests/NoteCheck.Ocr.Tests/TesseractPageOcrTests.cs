using NoteCheck.Core;
using NoteCheck.Ingestion;
using UglyToad.PdfPig;

namespace NoteCheck.Ocr.Tests;

/// <summary>
/// Real OCR on generated scans: known text is rendered, degraded like a fax, wrapped into an
/// image-only PDF, and read back with tesseract. Floors: WER at most 5% on a clean 200-dpi scan,
/// at most 12% on a skewed, speckled one; the known phrase's box within 3 pt (4 pt skewed) of where it was drawn.
/// </summary>
public sealed class TesseractPageOcrTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("notecheck-ocr-test-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [OcrFact]
    public void Clean_fax_scan_is_read_with_few_word_errors_and_boxes_on_the_words()
    {
        var ocr = OcrEnvironment.Require();
        var sample = ScanBuilder.Build(_dir, SampleNotes.Page(seed: 1, lineCount: 20), new ScanStyle(SourceDpi: 200));

        var result = ocr.Recognize(sample.PdfPath, 1, sample.PageWidth, sample.PageHeight, CancellationToken.None);

        Assert.True(result.Success, result.ErrorMessage);
        var wer = WordErrorRate(sample, result);
        Assert.True(wer <= 0.05, $"WER {wer:P1} above the 5% floor");
        Assert.True(result.MeanConfidence >= 85, $"mean confidence {result.MeanConfidence}");
        AssertNear(sample.PhraseBox, PhraseBox(result), tolerance: 3);
    }

    [OcrFact]
    public void Skewed_speckled_fax_is_still_read()
    {
        var ocr = OcrEnvironment.Require();
        var sample = ScanBuilder.Build(_dir, SampleNotes.Page(seed: 2, lineCount: 20),
            new ScanStyle(SourceDpi: 200, SkewDegrees: 2.5, SpeckRate: 0.002, Seed: 11));

        var result = ocr.Recognize(sample.PdfPath, 1, sample.PageWidth, sample.PageHeight, CancellationToken.None);

        Assert.True(result.Success, result.ErrorMessage);
        var wer = WordErrorRate(sample, result);
        Assert.True(wer <= 0.12, $"WER {wer:P1} above the 12% floor");
        // A skewed line's words are boxed one by one; their union stays on the drawn (skewed) phrase.
        AssertNear(sample.PhraseBox, PhraseBox(result), tolerance: 4);
    }

    [OcrFact]
    public void Page_stored_sideways_with_rotate_gets_boxes_in_the_upright_page_like_PdfPig_letters()
    {
        var ocr = OcrEnvironment.Require();
        var sample = ScanBuilder.Build(_dir, SampleNotes.Page(seed: 3, lineCount: 12), new ScanStyle(StoredSideways: true));
        using (var pdf = PdfDocument.Open(sample.PdfPath))
        {
            var page = pdf.GetPage(1);
            Assert.Equal(90, page.Rotation.Value);
            Assert.Equal((612.0, 792.0), (page.Width, page.Height)); // PdfPig's visible (display) page
        }

        var result = ocr.Recognize(sample.PdfPath, 1, sample.PageWidth, sample.PageHeight, CancellationToken.None);

        Assert.True(result.Success, result.ErrorMessage);
        Assert.True(WordErrorRate(sample, result) <= 0.05);
        AssertNear(sample.PhraseBox, PhraseBox(result), tolerance: 3);
    }

    [OcrFact]
    public void Words_carry_block_and_page_wide_line_numbers_in_reading_order()
    {
        var ocr = OcrEnvironment.Require();
        var sample = ScanBuilder.Build(_dir, SampleNotes.Page(seed: 4, lineCount: 10), new ScanStyle());

        var result = ocr.Recognize(sample.PdfPath, 1, sample.PageWidth, sample.PageHeight, CancellationToken.None);

        var lines = result.Words.GroupBy(w => w.Line).OrderBy(g => g.Key).ToList();
        Assert.Equal(sample.Lines.Count, lines.Count);
        Assert.Equal(Enumerable.Range(0, lines.Count), lines.Select(g => g.Key));
        // top to bottom: each line sits below the previous one
        var tops = lines.Select(g => g.Max(w => w.Box.Y1)).ToList();
        Assert.Equal(tops.OrderByDescending(t => t), tops);
        Assert.All(result.Words, w => Assert.InRange(w.Confidence, 0, 100));
    }

    [OcrFact]
    public void Cancelled_and_missing_pages_are_results_not_exceptions()
    {
        var ocr = OcrEnvironment.Require();
        var sample = ScanBuilder.Build(_dir, SampleNotes.Page(seed: 6, lineCount: 8), new ScanStyle());
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Equal("ocr_cancelled", ocr.Recognize(sample.PdfPath, 1, 612, 792, cancelled.Token).ErrorCode);
        Assert.Equal("ocr_failed", ocr.Recognize(sample.PdfPath, 9, 612, 792, CancellationToken.None).ErrorCode);
        Assert.Equal("ocr_failed", ocr.Recognize(Path.Combine(_dir, "absent.pdf"), 1, 612, 792, CancellationToken.None).ErrorCode);
    }

    [Fact]
    public void Without_tesseract_OCR_is_unavailable_and_says_how_to_enable_it()
    {
        var ocr = new TesseractPageOcr(TesseractSettings.Load(), tesseractPath: null, pdftoppmPath: "/usr/bin/pdftoppm");

        Assert.Contains("apt-get install tesseract-ocr tesseract-ocr-eng poppler-utils", ocr.UnavailableReason);
        var result = ocr.Recognize("any.pdf", 1, 612, 792, CancellationToken.None);
        Assert.False(result.Success);
        Assert.Equal("ocr_unavailable", result.ErrorCode);
        Assert.Contains("apt-get install", result.ErrorMessage);
    }

    private static double WordErrorRate(ScanSample sample, OcrPageResult result) =>
        WordAccuracy.ErrorRate(WordAccuracy.Words(string.Join("\n", sample.Lines)), result.Words.Select(w => w.Text).ToList());

    /// <summary>Union of the OCR words that spell the known phrase (first occurrence of its first three words).</summary>
    private static Box PhraseBox(OcrPageResult result)
    {
        var phrase = WordAccuracy.Words(SampleNotes.KnownPhrase);
        var words = result.Words;
        for (var i = 0; i + 3 <= words.Count; i++)
        {
            if (words[i].Text != phrase[0] || words[i + 1].Text != phrase[1] || words[i + 2].Text != phrase[2]) continue;
            var box = Box.Empty;
            for (var j = i; j < Math.Min(words.Count, i + phrase.Count); j++) box = box.Union(words[j].Box);
            return box;
        }
        Assert.Fail("known phrase not found in the OCR words");
        return Box.Empty;
    }

    private static void AssertNear(Box expected, Box actual, double tolerance)
    {
        var diffs = new[] { actual.X0 - expected.X0, actual.Y0 - expected.Y0, actual.X1 - expected.X1, actual.Y1 - expected.Y1 };
        Assert.True(diffs.All(d => Math.Abs(d) <= tolerance),
            $"box [{string.Join(", ", actual.ToArray())}] not within {tolerance} pt of drawn [{string.Join(", ", expected.ToArray())}]");
    }
}

/// <summary>Tests that count OCR temp folders in the shared temp directory: they run alone, since
/// any OCR running in parallel (another test class) makes and removes folders of the same name.</summary>
[CollectionDefinition(nameof(OcrTempFolderCollection), DisableParallelization = true)]
public sealed class OcrTempFolderCollection;

[Collection(nameof(OcrTempFolderCollection))]
public sealed class TesseractTempFolderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("notecheck-ocr-test-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [OcrFact]
    public void Page_that_takes_too_long_becomes_a_timeout_result_and_leaves_no_temp_files()
    {
        OcrEnvironment.Require();
        var sample = ScanBuilder.Build(_dir, SampleNotes.Page(seed: 5, lineCount: 8), new ScanStyle());
        var hurried = TesseractPageOcr.FromEnvironment(OcrEnvironment.Settings with { PageTimeoutSeconds = 0.01 });
        var before = OcrTempFolders();

        var result = hurried.Recognize(sample.PdfPath, 1, sample.PageWidth, sample.PageHeight, CancellationToken.None);

        Assert.False(result.Success);
        Assert.Equal("ocr_timeout", result.ErrorCode);
        Assert.Contains("timed out", result.ErrorMessage);
        Assert.Empty(OcrTempFolders().Except(before));
    }

    private static IReadOnlyList<string> OcrTempFolders() =>
        Directory.GetDirectories(Path.GetTempPath(), "notecheck-ocr-*").Where(d => !d.Contains("-test-")).ToList();
}
