using NoteCheck.Core;
using NoteCheck.Ocr;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace NoteCheck.Ocr.Tests;

/// <summary>How a generated page is degraded into a scan.</summary>
public sealed record ScanStyle(int SourceDpi = 200, double SkewDegrees = 0, double SpeckRate = 0, bool Binarize = true, bool StoredSideways = false, int Seed = 7, double FontSize = 11);

/// <summary>An image-only PDF made from known text, with where the known phrase ended up (page points).</summary>
public sealed record ScanSample(string PdfPath, IReadOnlyList<string> Lines, Box PhraseBox, double PageWidth, double PageHeight);

/// <summary>
/// Makes scanned pages from known text: writes a text PDF with PdfPig, renders it with pdftoppm,
/// skews and specks the raster in C#, and wraps the image back into an image-only PDF.
/// </summary>
public static class ScanBuilder
{
    private const double PageW = 612, PageH = 792;

    public static ScanSample Build(string directory, IReadOnlyList<string> lines, ScanStyle style)
    {
        var (image, phraseBox) = ScanImage(directory, lines, style);
        var scanPath = Path.Combine(directory, "scan.pdf");
        File.WriteAllBytes(scanPath, WrapImage(image, style.StoredSideways));
        return new ScanSample(scanPath, lines, phraseBox, PageW, PageH);
    }

    /// <summary>The page of <paramref name="lines"/> as a degraded raster, and where the known phrase ended up (page points).</summary>
    public static (GrayImage Image, Box Phrase) ScanImage(string directory, IReadOnlyList<string> lines, ScanStyle style)
    {
        Directory.CreateDirectory(directory);
        var (textPdf, phrase) = WriteTextPdf(lines, style.FontSize);
        var textPath = Path.Combine(directory, "text.pdf");
        File.WriteAllBytes(textPath, textPdf);

        var image = Rasterize(textPath, style.SourceDpi, directory);
        var scale = image.Width / PageW; // pixels per point
        var phrasePx = (X0: phrase.X0 * scale, Y0: (PageH - phrase.Y1) * scale, X1: phrase.X1 * scale, Y1: (PageH - phrase.Y0) * scale);
        if (style.SkewDegrees != 0)
        {
            var corners = new[] { (phrasePx.X0, phrasePx.Y0), (phrasePx.X1, phrasePx.Y0), (phrasePx.X0, phrasePx.Y1), (phrasePx.X1, phrasePx.Y1) }
                .Select(c => image.RotatePoint(c.Item1, c.Item2, style.SkewDegrees)).ToList();
            phrasePx = (corners.Min(c => c.X), corners.Min(c => c.Y), corners.Max(c => c.X), corners.Max(c => c.Y));
            image = image.Rotate(style.SkewDegrees);
        }
        if (style.Binarize || style.SpeckRate > 0) image = image.Faxed(style.SpeckRate, style.Seed);
        return (image, new Box(phrasePx.X0 / scale, PageH - phrasePx.Y1 / scale, phrasePx.X1 / scale, PageH - phrasePx.Y0 / scale));
    }

    /// <summary>A PDF of typed pages (text layer) and scanned pages (image only), in the order given.</summary>
    public static byte[] MixedPdf(IEnumerable<(IReadOnlyList<string>? Typed, GrayImage? Scan)> pages)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var (typed, scan) in pages)
        {
            var page = builder.AddPage(PageW, PageH);
            if (scan is not null) page.AddPng(PngWriter.Encode(scan), new PdfRectangle(0, 0, PageW, PageH));
            var y = PageH - 72;
            foreach (var line in typed ?? []) { page.AddText(line, 11, new PdfPoint(72, y), font); y -= 17.6; }
        }
        return builder.Build();
    }

    /// <summary>A letter page of Helvetica lines; returns the PDF and the known phrase's box.</summary>
    public static (byte[] Pdf, Box Phrase) WriteTextPdf(IReadOnlyList<string> lines, double fontSize = 11)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.Letter);
        var phrase = Box.Empty;
        var y = PageH - 72;
        foreach (var line in lines)
        {
            var letters = page.AddText(line, fontSize, new PdfPoint(72, y), font);
            if (line == SampleNotes.KnownPhrase)
                foreach (var l in letters)
                    if (!string.IsNullOrWhiteSpace(l.Value))
                        phrase = phrase.Union(new Box(l.BoundingBox.Left, l.BoundingBox.Bottom, l.BoundingBox.Right, l.BoundingBox.Top));
            y -= fontSize * 1.6;
        }
        return (builder.Build(), phrase);
    }

    public static GrayImage Rasterize(string pdfPath, int dpi, string directory)
    {
        var pdftoppm = ExternalTool.Find("pdftoppm") ?? throw new InvalidOperationException("pdftoppm not installed");
        var prefix = Path.Combine(directory, "raster");
        var run = ToolRunner.Run(pdftoppm, ["-r", dpi.ToString(), "-gray", "-singlefile", pdfPath, prefix], TimeSpan.FromMinutes(1), CancellationToken.None);
        Assert.True(run.Succeeded, $"pdftoppm failed (exit {run.ExitCode})");
        return GrayImage.ReadPgm(File.ReadAllBytes(prefix + ".pgm"));
    }

    /// <summary>
    /// An image-only letter page. Sideways: the image is stored turned a quarter counter-clockwise on
    /// a landscape page with /Rotate 90, so viewers (and pdftoppm) show it upright.
    /// </summary>
    public static byte[] WrapImage(GrayImage image, bool storedSideways)
    {
        var builder = new PdfDocumentBuilder();
        if (storedSideways)
        {
            var page = builder.AddPage(PageH, PageW);
            page.SetRotation(new PageRotationDegrees(90));
            page.AddPng(PngWriter.Encode(image.QuarterTurnCounterClockwise()), new PdfRectangle(0, 0, PageH, PageW));
        }
        else
        {
            var page = builder.AddPage(PageW, PageH);
            page.AddPng(PngWriter.Encode(image), new PdfRectangle(0, 0, PageW, PageH));
        }
        return builder.Build();
    }
}
