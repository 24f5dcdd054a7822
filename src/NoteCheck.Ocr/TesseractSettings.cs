using System.Text.Json;
using NoteCheck.Core;

namespace NoteCheck.Ocr;

/// <summary>
/// How scanned pages are read: raster resolution (the scanned image's own resolution, kept
/// within <see cref="MinImageDpi"/>-<see cref="MaxImageDpi"/>; <see cref="Dpi"/> when the page has
/// no dominant image), tesseract page segmentation mode, language,
/// the engine's own time limit per page (a safety net under the reader's limit) and which
/// low-confidence specks to drop. Loaded from <c>rules/ocr/tesseract.json</c>.
/// </summary>
public sealed record TesseractSettings(
    int Dpi,
    int MinImageDpi,
    int MaxImageDpi,
    int PageSegmentationMode,
    string Language,
    double PageTimeoutSeconds,
    double DropNoiseBelowConfidence)
{
    public const string FileName = "tesseract.json";

    private static readonly HashSet<string> Keys =
        ["dpi", "imageDpiRange", "pageSegmentationMode", "language", "pageTimeoutSeconds", "dropNoiseBelowConfidence"];

    public TimeSpan PageTimeout => TimeSpan.FromSeconds(PageTimeoutSeconds);

    /// <summary>Raster resolution for a page whose scan has <paramref name="imageDpi"/> (null: no dominant image).</summary>
    public int RasterDpi(double? imageDpi) =>
        imageDpi is { } d && double.IsFinite(d) && d > 0 ? (int)Math.Clamp(Math.Round(d), MinImageDpi, MaxImageDpi) : Dpi;

    /// <summary>The settings in the rules folder.</summary>
    public static TesseractSettings Load() => Load(RulesLocator.PathOf("ocr", FileName));

    /// <summary>Reads and validates a settings file; errors name the file and the bad key.</summary>
    public static TesseractSettings Load(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var root = doc.RootElement;
        if (root.ValueKind != JsonValueKind.Object) throw new InvalidDataException($"{path}: expected a JSON object");
        foreach (var p in root.EnumerateObject())
            if (!Keys.Contains(p.Name)) throw new InvalidDataException($"{path}: unknown key '{p.Name}' (allowed: {string.Join(", ", Keys.Order())})");
        foreach (var k in Keys)
            if (!root.TryGetProperty(k, out _)) throw new InvalidDataException($"{path}: missing key '{k}'");

        var range = root.GetProperty("imageDpiRange");
        if (range.ValueKind != JsonValueKind.Array || range.GetArrayLength() != 2 || range.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.Number || !e.TryGetInt32(out _)))
            throw new InvalidDataException($"{path}: 'imageDpiRange' must be [min, max] in dpi");
        var settings = new TesseractSettings(
            Int(root, path, "dpi"), range[0].GetInt32(), range[1].GetInt32(), Int(root, path, "pageSegmentationMode"),
            root.GetProperty("language").GetString() ?? "", Number(root, path, "pageTimeoutSeconds"),
            Number(root, path, "dropNoiseBelowConfidence"));
        if (settings.Dpi is < 72 or > 600) throw new InvalidDataException($"{path}: 'dpi' must be 72-600");
        if (settings.MinImageDpi < 72 || settings.MaxImageDpi > 600 || settings.MinImageDpi > settings.MaxImageDpi)
            throw new InvalidDataException($"{path}: 'imageDpiRange' must be [min, max] within 72-600");
        if (settings.PageSegmentationMode is < 1 or > 13) throw new InvalidDataException($"{path}: 'pageSegmentationMode' must be 1-13 (tesseract --psm)");
        if (settings.Language.Length == 0 || !settings.Language.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '+'))
            throw new InvalidDataException($"{path}: 'language' must name tesseract languages, e.g. \"eng\"");
        if (settings.PageTimeoutSeconds <= 0) throw new InvalidDataException($"{path}: 'pageTimeoutSeconds' must be positive");
        if (settings.DropNoiseBelowConfidence is < 0 or > 100) throw new InvalidDataException($"{path}: 'dropNoiseBelowConfidence' must be 0-100");
        return settings;
    }

    private static int Int(JsonElement root, string path, string key) =>
        root.GetProperty(key) is { ValueKind: JsonValueKind.Number } e && e.TryGetInt32(out var v)
            ? v : throw new InvalidDataException($"{path}: '{key}' must be an integer");

    private static double Number(JsonElement root, string path, string key) =>
        root.GetProperty(key) is { ValueKind: JsonValueKind.Number } e
            ? e.GetDouble() : throw new InvalidDataException($"{path}: '{key}' must be a number");
}
