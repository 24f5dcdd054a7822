using System.Text;

namespace NoteCheck.Ocr.Tests;

/// <summary>An 8-bit grayscale raster (0 black, 255 white) for making fax-like test scans.</summary>
public sealed class GrayImage(int width, int height, byte[] pixels)
{
    public int Width { get; } = width;
    public int Height { get; } = height;
    public byte[] Pixels { get; } = pixels;

    /// <summary>Reads a binary PGM (P5), what <c>pdftoppm -gray</c> writes.</summary>
    public static GrayImage ReadPgm(byte[] data)
    {
        var pos = 0;
        string Token()
        {
            while (pos < data.Length && (char.IsWhiteSpace((char)data[pos]) || data[pos] == '#'))
            {
                if (data[pos] == '#') while (pos < data.Length && data[pos] != '\n') pos++;
                else pos++;
            }
            var start = pos;
            while (pos < data.Length && !char.IsWhiteSpace((char)data[pos])) pos++;
            return Encoding.ASCII.GetString(data, start, pos - start);
        }
        if (Token() != "P5") throw new InvalidDataException("not a binary PGM");
        var w = int.Parse(Token()); var h = int.Parse(Token()); var max = int.Parse(Token());
        if (max != 255) throw new InvalidDataException("only 8-bit PGM");
        pos++; // the single whitespace after the header
        return new GrayImage(w, h, data.AsSpan(pos, w * h).ToArray());
    }

    /// <summary>Rotated by <paramref name="degrees"/> (counter-clockwise) about the centre, white fill, bilinear.</summary>
    public GrayImage Rotate(double degrees)
    {
        var a = degrees * Math.PI / 180; var cos = Math.Cos(a); var sin = Math.Sin(a);
        double cx = (Width - 1) / 2.0, cy = (Height - 1) / 2.0;
        var result = new byte[Pixels.Length];
        for (var y = 0; y < Height; y++)
        for (var x = 0; x < Width; x++)
        {
            // inverse map: the source pixel that lands on (x, y); image y grows downward
            double dx = x - cx, dy = y - cy;
            var sx = cos * dx - sin * dy + cx;
            var sy = sin * dx + cos * dy + cy;
            result[y * Width + x] = Sample(sx, sy);
        }
        return new GrayImage(Width, Height, result);
    }

    /// <summary>Where a point of this image lands after <see cref="Rotate"/> by the same angle.</summary>
    public (double X, double Y) RotatePoint(double x, double y, double degrees)
    {
        var a = degrees * Math.PI / 180; var cos = Math.Cos(a); var sin = Math.Sin(a);
        double cx = (Width - 1) / 2.0, cy = (Height - 1) / 2.0, dx = x - cx, dy = y - cy;
        return (cos * dx + sin * dy + cx, -sin * dx + cos * dy + cy);
    }

    /// <summary>Fax-like: threshold to black and white, then salt-and-pepper specks (fixed seed).</summary>
    public GrayImage Faxed(double speckRate, int seed, int threshold = 150)
    {
        var random = new Random(seed);
        var result = new byte[Pixels.Length];
        for (var i = 0; i < result.Length; i++)
        {
            var v = Pixels[i] < threshold ? (byte)0 : (byte)255;
            if (random.NextDouble() < speckRate) v = (byte)(255 - v);
            result[i] = v;
        }
        return new GrayImage(Width, Height, result);
    }

    /// <summary>Turned a quarter clockwise (for pages stored sideways with /Rotate).</summary>
    public GrayImage QuarterTurnCounterClockwise()
    {
        var result = new byte[Pixels.Length];
        for (var y = 0; y < Height; y++)
        for (var x = 0; x < Width; x++)
            result[(Width - 1 - x) * Height + y] = Pixels[y * Width + x];
        return new GrayImage(Height, Width, result);
    }

    private byte Sample(double x, double y)
    {
        var x0 = (int)Math.Floor(x); var y0 = (int)Math.Floor(y);
        if (x0 < 0 || y0 < 0 || x0 + 1 >= Width || y0 + 1 >= Height) return 255;
        double fx = x - x0, fy = y - y0;
        var p = Pixels; var i = y0 * Width + x0;
        var v = (1 - fx) * (1 - fy) * p[i] + fx * (1 - fy) * p[i + 1] + (1 - fx) * fy * p[i + Width] + fx * fy * p[i + Width + 1];
        return (byte)Math.Clamp(Math.Round(v), 0, 255);
    }
}
