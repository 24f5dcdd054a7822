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

    public static PacketProcessor Processor() => new(Reader(), detector: Detector());

    /// <summary>A model file other than rules/findings/classifier.json's ('--model PATH'; 'none' for the rules alone).</summary>
    public static string? ModelOverride { get; set; } = Environment.GetEnvironmentVariable("NOTECHECK_MODEL");

    private static readonly Lazy<IFindingDetector> DefaultDetector = new(Build);

    /// <summary>The rules, with the sentence classifier where its model file is there.</summary>
    public static IFindingDetector Detector() => DefaultDetector.Value;

    private static IFindingDetector Build()
    {
        if (ModelOverride == "none") return FindingDetector.Default;
        var settings = ClassifierSettings.Default;
        var path = ModelOverride ?? settings.ModelPath;
        if (!File.Exists(path))
        {
            if (ModelOverride is not null) throw new FileNotFoundException($"model {Path.GetFileName(path)} not found");
            return FindingDetector.Default;
        }
        return new ClassifierAssistedDetector(FindingDetector.Default, SentenceClassifier.Load(path), settings);
    }
}
