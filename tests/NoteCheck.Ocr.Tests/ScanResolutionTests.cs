namespace NoteCheck.Ocr.Tests;

public sealed class ScanResolutionTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("notecheck-ocr-test-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [OcrTheory]
    [InlineData(200, false)]
    [InlineData(300, false)]
    [InlineData(300, true)]
    public void Scan_resolution_is_read_from_the_page_image(int sourceDpi, bool sideways)
    {
        var sample = ScanBuilder.Build(_dir, ["Plan: CT of the lumbar spine."], new ScanStyle(SourceDpi: sourceDpi, StoredSideways: sideways));

        Assert.Equal(sourceDpi, ScanResolution.Of(sample.PdfPath, 1)!.Value, 0);
    }

    [Fact]
    public void Typed_page_has_no_scan_resolution_and_uses_the_default_dpi()
    {
        var path = Path.Combine(_dir, "typed.pdf");
        File.WriteAllBytes(path, ScanBuilder.WriteTextPdf(["Plan: CT of the lumbar spine."]).Pdf);
        var settings = TesseractSettings.Load();

        Assert.Null(ScanResolution.Of(path, 1));
        Assert.Equal(settings.Dpi, settings.RasterDpi(null));
        Assert.Equal(settings.MaxImageDpi, settings.RasterDpi(1200));
        Assert.Equal(settings.MinImageDpi, settings.RasterDpi(96));
    }
}
