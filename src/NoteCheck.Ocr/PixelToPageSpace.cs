using NoteCheck.Core;

namespace NoteCheck.Ocr;

/// <summary>
/// Maps boxes in a rendered page image (pixels, origin top left) to the page space text-layer
/// words use: points, origin bottom left of the visible page. PdfPig places letters in the
/// visible (cropped, rotated) page with its lower left corner at (0, 0), and pdftoppm renders
/// exactly that area, so the map is a scale and a flip; CropBox offset and /Rotate are already
/// folded in by both sides.
/// </summary>
public sealed class PixelToPageSpace
{
    private readonly double _sx, _sy, _height;

    public PixelToPageSpace(int imageWidth, int imageHeight, double pageWidth, double pageHeight)
    {
        if (imageWidth <= 0 || imageHeight <= 0) throw new ArgumentException("image has no size");
        // A caller may pass the unrotated size of a /Rotate 90 page: trust the image's orientation.
        if ((imageWidth > imageHeight) != (pageWidth > pageHeight) && Math.Abs(pageWidth - pageHeight) > 1)
            (pageWidth, pageHeight) = (pageHeight, pageWidth);
        _sx = pageWidth / imageWidth;
        _sy = pageHeight / imageHeight;
        _height = pageHeight;
    }

    public Box Map(int left, int top, int width, int height) =>
        new(left * _sx, _height - (top + height) * _sy, (left + width) * _sx, _height - top * _sy);
}
