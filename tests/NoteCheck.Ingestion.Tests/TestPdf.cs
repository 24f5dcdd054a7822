using System.IO.Compression;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace NoteCheck.Ingestion.Tests;

/// <summary>A line of text drawn at (X, Y) (baseline, PDF points) in Helvetica of the given size.</summary>
public sealed record DrawnText(string Text, double X, double Y, double Size = 11);

/// <summary>Builds real PDFs with PdfPig's builder: pages of drawn text, image-only pages.</summary>
public static class TestPdf
{
    public sealed class PageSpec
    {
        public List<DrawnText> Texts { get; } = [];
        public bool Image { get; init; }
        /// <summary>Where the image goes; default a block in the middle of the page.</summary>
        public PdfRectangle ImageRect { get; init; } = new(72, 300, 540, 720);
    }

    public static PageSpec Page(params DrawnText[] texts)
    {
        var p = new PageSpec();
        p.Texts.AddRange(texts);
        return p;
    }

    public static PageSpec ImagePage() => new() { Image = true };

    /// <summary>A whole-page scan.</summary>
    public static PageSpec ScanPage() => new() { Image = true, ImageRect = new PdfRectangle(0, 0, 612, 792) };

    /// <summary>Lines of a single column, top to bottom from y=720, 14 pt apart.</summary>
    public static PageSpec Lines(params string[] lines) =>
        Page(lines.Select((l, i) => new DrawnText(l, 72, 720 - 14 * i)).ToArray());

    public static byte[] Build(params PageSpec[] pages)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var spec in pages)
        {
            var page = builder.AddPage(PageSize.Letter);
            foreach (var t in spec.Texts) page.AddText(t.Text, t.Size, new PdfPoint(t.X, t.Y), font);
            if (spec.Image) page.AddPng(Png(64, 64), spec.ImageRect);
        }
        return builder.Build();
    }

    public static string Write(string dir, string name, byte[] bytes)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>A grey gradient PNG (8-bit grayscale), written by hand: a scanned page stand-in.</summary>
    public static byte[] Png(int width, int height)
    {
        var raw = new byte[(width + 1) * height];
        for (var y = 0; y < height; y++)
        {
            raw[y * (width + 1)] = 0; // filter: none
            for (var x = 0; x < width; x++) raw[y * (width + 1) + 1 + x] = (byte)((x * 255 / width + y) & 0xFF);
        }
        using var idat = new MemoryStream();
        using (var z = new ZLibStream(idat, CompressionLevel.Optimal, leaveOpen: true)) z.Write(raw);
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var ihdr = new byte[13];
        WriteBE(ihdr, 0, width); WriteBE(ihdr, 4, height);
        ihdr[8] = 8; ihdr[9] = 0; // 8-bit grayscale
        Chunk(png, "IHDR", ihdr);
        Chunk(png, "IDAT", idat.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream s, string type, byte[] data)
    {
        var len = new byte[4]; WriteBE(len, 0, data.Length); s.Write(len);
        var typed = new byte[4 + data.Length];
        System.Text.Encoding.ASCII.GetBytes(type).CopyTo(typed, 0);
        data.CopyTo(typed, 4);
        s.Write(typed);
        var crc = new byte[4]; WriteBE(crc, 0, (int)Crc32(typed)); s.Write(crc);
    }

    private static void WriteBE(byte[] b, int at, int v)
    {
        b[at] = (byte)(v >> 24); b[at + 1] = (byte)(v >> 16); b[at + 2] = (byte)(v >> 8); b[at + 3] = (byte)v;
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
        }
        return ~crc;
    }
}

/// <summary>A fresh temp folder per test, removed afterwards.</summary>
public sealed class TempDir : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("notecheck-test-").FullName;
    public string File(string name) => System.IO.Path.Combine(Path, name);
    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
