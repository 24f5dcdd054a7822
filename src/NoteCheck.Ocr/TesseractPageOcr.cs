using System.Globalization;
using NoteCheck.Core;
using NoteCheck.Ingestion;

namespace NoteCheck.Ocr;

/// <summary>
/// Reads a scanned page: poppler's <c>pdftoppm</c> rasterizes the one page (grayscale, at the
/// scan's own resolution within the configured range) into a private temp folder, <c>tesseract</c> reads it (TSV word boxes,
/// single-threaded so pages can run in parallel), and the boxes are mapped back to page space.
/// Both programs are found on PATH at run time. Recognized text never goes into messages; messages name the step, the caller adds file and page.
/// </summary>
public sealed class TesseractPageOcr : IPageOcr
{
    /// <summary>What to tell an operator when OCR cannot run.</summary>
    public const string EnableHint = "enable OCR with: apt-get install tesseract-ocr tesseract-ocr-eng poppler-utils";

    private static readonly Dictionary<string, string> SingleThread = new() { ["OMP_THREAD_LIMIT"] = "1" };
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(20);

    private readonly string? _tesseract;
    private readonly string? _pdftoppm;
    private readonly Lazy<string?> _unavailable;

    public TesseractPageOcr(TesseractSettings settings, string? tesseractPath, string? pdftoppmPath)
    {
        Settings = settings;
        _tesseract = tesseractPath;
        _pdftoppm = pdftoppmPath;
        _unavailable = new Lazy<string?>(Probe);
    }

    private static readonly Lazy<TesseractPageOcr> Shared = new(() => FromEnvironment());

    /// <summary>The OCR NoteCheck uses by default: one per process, so the installation is probed once.</summary>
    public static TesseractPageOcr Default => Shared.Value;

    /// <summary>Settings from the rules folder, programs from PATH.</summary>
    public static TesseractPageOcr FromEnvironment() => FromEnvironment(TesseractSettings.Load());

    public static TesseractPageOcr FromEnvironment(TesseractSettings settings) =>
        new(settings, ExternalTool.Find("tesseract"), ExternalTool.Find("pdftoppm"));

    public TesseractSettings Settings { get; }

    public string? UnavailableReason => _unavailable.Value;

    /// <summary>Short description for the decision's versions, e.g. "tesseract 5.3.0 eng psm3 300dpi".</summary>
    public string Describe()
    {
        var version = "tesseract";
        if (_tesseract is not null)
        {
            var run = ToolRunner.Run(_tesseract, ["--version"], ProbeTimeout, CancellationToken.None);
            var first = run.StandardOutput.Split('\n').FirstOrDefault()?.Trim();
            if (!string.IsNullOrEmpty(first)) version = first;
        }
        return $"{version} {Settings.Language} psm{Settings.PageSegmentationMode} {Settings.MinImageDpi}-{Settings.MaxImageDpi}dpi";
    }

    public OcrPageResult Recognize(string pdfPath, int pageNumber, double pageWidth, double pageHeight, CancellationToken cancellation)
    {
        if (UnavailableReason is { } why) return OcrPageResult.Failed("ocr_unavailable", why);
        if (pageNumber < 1) return OcrPageResult.Failed("ocr_failed", "no such page");
        var deadline = DateTime.UtcNow + Settings.PageTimeout;
        var dir = Directory.CreateTempSubdirectory("notecheck-ocr-");
        try
        {
            var prefix = Path.Combine(dir.FullName, "page");
            var dpi = Settings.RasterDpi(ScanResolution.Of(pdfPath, pageNumber)).ToString(CultureInfo.InvariantCulture);
            var raster = ToolRunner.Run(_pdftoppm!, [
                "-r", dpi,
                "-f", pageNumber.ToString(CultureInfo.InvariantCulture), "-l", pageNumber.ToString(CultureInfo.InvariantCulture),
                "-gray", "-png", "-singlefile", pdfPath, prefix], Remaining(deadline), cancellation);
            var image = prefix + ".png";
            if (Failed(raster, "rasterize") is { } rasterFailure) return rasterFailure;
            if (!File.Exists(image)) return OcrPageResult.Failed("ocr_failed", "pdftoppm produced no image");

            var read = ToolRunner.Run(_tesseract!, [
                image, "stdout", "-l", Settings.Language,
                "--psm", Settings.PageSegmentationMode.ToString(CultureInfo.InvariantCulture),
                "--dpi", dpi, "tsv"], Remaining(deadline), cancellation, SingleThread);
            if (Failed(read, "recognize") is { } readFailure) return readFailure;

            return ToPageResult(TesseractTsv.Parse(read.StandardOutput), pageWidth, pageHeight, Settings.DropNoiseBelowConfidence);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.ComponentModel.Win32Exception)
        {
            return OcrPageResult.Failed("ocr_failed", $"OCR could not run ({e.GetType().Name})");
        }
        finally
        {
            try { dir.Delete(recursive: true); } catch (IOException) { /* temp cleaner gets it */ }
        }
    }

    /// <summary>Words in page space, numbered by page-wide line; noise specks (no letter or digit, low confidence) dropped.</summary>
    public static OcrPageResult ToPageResult(PixelPage page, double pageWidth, double pageHeight, double dropNoiseBelow)
    {
        if (page.Width <= 0 || page.Height <= 0) return OcrPageResult.Failed("ocr_failed", "tesseract reported no page");
        var map = new PixelToPageSpace(page.Width, page.Height, pageWidth, pageHeight);
        var words = new List<OcrWord>();
        var line = -1;
        (int, int, int) lastKey = (-1, -1, -1);
        foreach (var w in page.Words)
        {
            if (w.Confidence < dropNoiseBelow && !w.Text.Any(char.IsLetterOrDigit)) continue;
            var key = (w.Block, w.Paragraph, w.Line);
            if (key != lastKey) { line++; lastKey = key; }
            words.Add(new OcrWord(w.Text, map.Map(w.Left, w.Top, w.Width, w.Height), w.Confidence, w.Block, line));
        }
        var mean = words.Count == 0 ? 0 : words.Average(w => w.Confidence);
        return new OcrPageResult(true, words, Math.Round(mean, 2), null, null);
    }

    private static TimeSpan Remaining(DateTime deadline)
    {
        var left = deadline - DateTime.UtcNow;
        return left > TimeSpan.Zero ? left : TimeSpan.FromMilliseconds(1);
    }

    private OcrPageResult? Failed(ToolRun run, string step)
    {
        if (run.Succeeded) return null;
        if (run.Cancelled) return OcrPageResult.Failed("ocr_cancelled", "OCR cancelled");
        if (run.TimedOut)
            return OcrPageResult.Failed("ocr_timeout", $"OCR timed out after {Settings.PageTimeoutSeconds:0.#} s ({step})");
        return OcrPageResult.Failed("ocr_failed", $"could not {step} the page (exit code {run.ExitCode})");
    }

    private string? Probe()
    {
        if (_tesseract is null) return $"tesseract is not installed (not on PATH); {EnableHint}";
        if (_pdftoppm is null) return $"pdftoppm (poppler-utils) is not installed (not on PATH); {EnableHint}";
        var langs = ToolRunner.Run(_tesseract, ["--list-langs"], ProbeTimeout, CancellationToken.None);
        var installed = langs.StandardOutput.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        foreach (var lang in Settings.Language.Split('+'))
            if (!installed.Contains(lang))
                return $"tesseract language '{lang}' is not installed; {EnableHint}";
        return null;
    }
}
