using NoteCheck.Ocr;

namespace NoteCheck.Ocr.Tests;

/// <summary>
/// A test that needs tesseract and pdftoppm. Skipped where they are missing, except with
/// CI=true: CI installs them, so there a missing OCR engine must fail the test, not hide it.
/// </summary>
public sealed class OcrFactAttribute : FactAttribute
{
    public OcrFactAttribute()
    {
        if (OcrEnvironment.Reason is { } why && !OcrEnvironment.IsCi) Skip = why;
    }
}

/// <summary>Same rule as <see cref="OcrFactAttribute"/>, for theories.</summary>
public sealed class OcrTheoryAttribute : TheoryAttribute
{
    public OcrTheoryAttribute()
    {
        if (OcrEnvironment.Reason is { } why && !OcrEnvironment.IsCi) Skip = why;
    }
}

public static class OcrEnvironment
{
    private static readonly Lazy<TesseractPageOcr> Lazy = new(() => TesseractPageOcr.FromEnvironment(Settings));

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static TesseractSettings Settings => TesseractSettings.Load();

    public static TesseractPageOcr Ocr => Lazy.Value;

    public static string? Reason => Ocr.UnavailableReason;

    /// <summary>Fails the test (CI or not) when OCR cannot run: an OCR test that got this far must run for real.</summary>
    public static TesseractPageOcr Require()
    {
        Assert.True(Reason is null, $"OCR unavailable: {Reason}");
        return Ocr;
    }
}
