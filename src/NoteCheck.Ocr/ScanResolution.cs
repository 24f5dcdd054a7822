using UglyToad.PdfPig;

namespace NoteCheck.Ocr;

/// <summary>
/// The resolution a scanned page was captured at: pixels of its largest image per inch of the
/// page it covers. OCR reads best at the scan's own resolution (measured: resampling a 200-dpi
/// fax to 300 dpi, or a 300-dpi scan to 200, costs accuracy), so the page is rasterized at it.
/// </summary>
public static class ScanResolution
{
    /// <summary>Null when the page has no image covering at least <paramref name="minShare"/> of it, or cannot be read.</summary>
    public static double? Of(string pdfPath, int pageNumber, double minShare = 0.5)
    {
        try
        {
            using var pdf = PdfDocument.Open(pdfPath, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            if (pageNumber < 1 || pageNumber > pdf.NumberOfPages) return null;
            var page = pdf.GetPage(pageNumber);
            var pageArea = page.Width * page.Height;
            var largest = page.GetImages()
                .Select(i => (Image: i, Box: i.BoundingBox))
                .Where(x => x.Box.Width > 0 && x.Box.Height > 0)
                .OrderByDescending(x => x.Box.Width * x.Box.Height)
                .FirstOrDefault();
            if (largest.Image is null || largest.Box.Width * largest.Box.Height < minShare * pageArea) return null;
            // Longer side against longer side, so an image stored sideways on a /Rotate page still matches.
            var pixels = Math.Max(largest.Image.WidthInSamples, largest.Image.HeightInSamples);
            var inches = Math.Max(largest.Box.Width, largest.Box.Height) / 72.0;
            return pixels / inches;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return null; // pdftoppm will report a page it cannot render
        }
    }
}
