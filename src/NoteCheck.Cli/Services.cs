using NoteCheck.Classifiers;
using NoteCheck.Findings;
using NoteCheck.Ingestion;
using NoteCheck.Ocr;
using NoteCheck.Pipeline;

namespace NoteCheck.Cli;

/// <summary>Builds what the commands share, in one place (the OCR strategy and the finding detector plug in here).</summary>
internal static class Services
{
    // tesseract when installed (found on PATH at run time); otherwise scanned pages stay unreadable with how to enable it.
    public static IPageOcr Ocr() => TesseractPageOcr.Default;

    public static DocumentReader Reader() => new(Ocr());

    public static PacketProcessor Processor(string? model = null) => new(Reader(), detector: Detector(model));

    private static readonly Dictionary<string, IFindingDetector> Detectors = new(StringComparer.Ordinal);

    /// <summary>
    /// The rules, with the sentence classifier where its model file is there: <paramref name="model"/> ('--model PATH',
    /// 'none' for the rules alone), else $NOTECHECK_MODEL, else rules/findings/classifier.json's model. Built once per model.
    /// </summary>
    public static IFindingDetector Detector(string? model = null)
    {
        model ??= Environment.GetEnvironmentVariable("NOTECHECK_MODEL");
        lock (Detectors)
        {
            var key = model ?? "";
            if (!Detectors.TryGetValue(key, out var detector)) Detectors[key] = detector = Build(model);
            return detector;
        }
    }

    /// <summary>The model file a '--model' argument (or the settings) names; null for the rules alone.</summary>
    public static string? ModelPath(string? model)
    {
        model ??= Environment.GetEnvironmentVariable("NOTECHECK_MODEL");
        return model == "none" ? null : model ?? ClassifierSettings.Default.ModelPath;
    }

    private static IFindingDetector Build(string? model)
    {
        if (ModelPath(model) is not { } path) return FindingDetector.Default;
        if (!File.Exists(path))
        {
            if (model is not null) throw new FileNotFoundException($"model {Path.GetFileName(path)} not found");
            return FindingDetector.Default;
        }
        return ClassifierAssistedDetector.Load(ClassifierSettings.Default, path);
    }
}
