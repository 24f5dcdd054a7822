using System.Text.Json;
using NoteCheck.Core;
using UglyToad.PdfPig.Content;

namespace NoteCheck.Ingestion;

/// <summary>Why a page's text layer is (not) used.</summary>
public enum TextLayerVerdict
{
    Usable,
    /// <summary>No (or almost no) visible characters: a scan or a picture of text.</summary>
    NoText,
    /// <summary>Images cover most of the page and the text layer holds only a few words (a fax banner, a stamp).</summary>
    ImageWithFewWords,
    /// <summary>Characters that are not text: fonts without a Unicode map give symbols, private-use or shifted letters.</summary>
    GarbledGlyphs,
}

/// <summary>
/// The settings of rules/ocr/scanned-pages.json: which pages go to OCR, when OCR confidence is
/// low, the per-page time limit and how many pages are read at once (0 = core count).
/// </summary>
public sealed record ScannedPageRules(
    int MinUsableChars, double ImageCoverage, int MaxWordsOverImage, double MinAlphanumericShare,
    int MinTokensForWordCheck, double MinCommonWordShare, IReadOnlySet<string> CommonWords,
    double LowConfidence, double PageTimeLimitSeconds, int MaxParallelPages)
{
    public const string FileName = "scanned-pages.json";

    private static readonly string[] Keys =
        ["description", "minUsableChars", "imageCoverage", "maxWordsOverImage", "minAlphanumericShare", "minTokensForWordCheck",
         "minCommonWordShare", "commonWords", "lowConfidence", "pageTimeLimitSeconds", "maxParallelPages"];

    private static readonly Lazy<ScannedPageRules> DefaultRules = new(() => Load(RulesLocator.PathOf("ocr", FileName)));
    public static ScannedPageRules Default => DefaultRules.Value;

    public TimeSpan PageTimeLimit => TimeSpan.FromSeconds(PageTimeLimitSeconds);
    public int Parallelism => MaxParallelPages > 0 ? MaxParallelPages : Environment.ProcessorCount;

    public static ScannedPageRules Load(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var root = doc.RootElement;
        if (root.ValueKind != JsonValueKind.Object) throw new InvalidDataException($"{path}: expected a JSON object");
        foreach (var p in root.EnumerateObject())
            if (!Keys.Contains(p.Name)) throw new InvalidDataException($"{path}: unknown key '{p.Name}'");
        foreach (var k in Keys.Skip(1))
            if (!root.TryGetProperty(k, out _)) throw new InvalidDataException($"{path}: missing key '{k}'");
        var words = root.GetProperty("commonWords");
        if (words.ValueKind != JsonValueKind.Array || words.EnumerateArray().Any(w => w.ValueKind != JsonValueKind.String))
            throw new InvalidDataException($"{path}: 'commonWords' must be an array of strings");
        double Num(string k) => root.GetProperty(k) is { ValueKind: JsonValueKind.Number } e ? e.GetDouble()
            : throw new InvalidDataException($"{path}: '{k}' must be a number");
        int Int(string k) => root.GetProperty(k) is { ValueKind: JsonValueKind.Number } e && e.TryGetInt32(out var v) ? v
            : throw new InvalidDataException($"{path}: '{k}' must be an integer");
        var rules = new ScannedPageRules(Int("minUsableChars"), Num("imageCoverage"), Int("maxWordsOverImage"), Num("minAlphanumericShare"),
            Int("minTokensForWordCheck"), Num("minCommonWordShare"),
            words.EnumerateArray().Select(w => w.GetString()!.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal),
            Num("lowConfidence"), Num("pageTimeLimitSeconds"), Int("maxParallelPages"));
        foreach (var (k, v) in new[] { ("imageCoverage", rules.ImageCoverage), ("minAlphanumericShare", rules.MinAlphanumericShare), ("minCommonWordShare", rules.MinCommonWordShare) })
            if (v is < 0 or > 1) throw new InvalidDataException($"{path}: '{k}' must be 0-1");
        if (rules.LowConfidence is < 0 or > 100) throw new InvalidDataException($"{path}: 'lowConfidence' must be 0-100");
        if (rules.PageTimeLimitSeconds <= 0) throw new InvalidDataException($"{path}: 'pageTimeLimitSeconds' must be positive");
        if (rules.MaxParallelPages < 0) throw new InvalidDataException($"{path}: 'maxParallelPages' must be 0 (core count) or more");
        return rules;
    }
}

/// <summary>
/// Decides whether a PDF page's text layer can be used or the page must be read by OCR:
/// no text; images over most of the page with few words; or glyphs that do not map to text.
/// </summary>
public sealed class TextLayerCheck(ScannedPageRules rules)
{
    public static readonly TextLayerCheck Default = new(ScannedPageRules.Default);

    public ScannedPageRules Rules { get; } = rules;

    /// <param name="words">The text-layer words of the page.</param>
    /// <param name="imageCoverage">Share (0-1) of the page covered by images.</param>
    public TextLayerVerdict Judge(IReadOnlyList<string> words, double imageCoverage)
    {
        int alphanumeric = 0, other = 0;
        foreach (var w in words)
            foreach (var c in w)
            {
                if (char.IsWhiteSpace(c)) continue;
                if (char.IsLetterOrDigit(c) && !char.IsControl(c) && c is not (>= '\uE000' and <= '\uF8FF')) alphanumeric++;
                else other++;
            }
        if (alphanumeric + other < Rules.MinUsableChars) return TextLayerVerdict.NoText;
        if (imageCoverage >= Rules.ImageCoverage && words.Count <= Rules.MaxWordsOverImage) return TextLayerVerdict.ImageWithFewWords;
        if (alphanumeric < Rules.MinAlphanumericShare * (alphanumeric + other)) return TextLayerVerdict.GarbledGlyphs;

        // Letters that map to the wrong letters (e.g. shifted codes) look like words but none is English.
        var tokens = words.Select(w => new string(w.Where(char.IsLetter).ToArray()).ToLowerInvariant()).Where(t => t.Length > 0).ToList();
        if (tokens.Count >= Rules.MinTokensForWordCheck && tokens.Count(Rules.CommonWords.Contains) < Rules.MinCommonWordShare * tokens.Count)
            return TextLayerVerdict.GarbledGlyphs;
        return TextLayerVerdict.Usable;
    }

    /// <summary>Share of the page covered by images (union, sampled on a grid, so overlaps count once).</summary>
    public static double ImageCoverage(Page page)
    {
        List<UglyToad.PdfPig.Core.PdfRectangle> bounds;
        try { bounds = page.GetImages().Select(i => i.BoundingBox).ToList(); }
        catch (Exception e) when (e is not OutOfMemoryException) { return 0; }
        if (bounds.Count == 0 || page.Width <= 0 || page.Height <= 0) return 0;
        const int grid = 40;
        var covered = 0;
        for (var i = 0; i < grid; i++)
        for (var j = 0; j < grid; j++)
        {
            double x = (i + 0.5) * page.Width / grid, y = (j + 0.5) * page.Height / grid;
            if (bounds.Any(b => x >= b.Left && x <= b.Right && y >= b.Bottom && y <= b.Top)) covered++;
        }
        return covered / (double)(grid * grid);
    }

    /// <summary>Why the page went to OCR, for the error message when OCR cannot read it (no page text).</summary>
    public static string Describe(TextLayerVerdict verdict) => verdict switch
    {
        TextLayerVerdict.NoText => "has no text layer",
        TextLayerVerdict.ImageWithFewWords => "is an image with only a few words of text layer",
        TextLayerVerdict.GarbledGlyphs => "has a text layer whose characters do not map to readable text",
        _ => "has a usable text layer",
    };
}
