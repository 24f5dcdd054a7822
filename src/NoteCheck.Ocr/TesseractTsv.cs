using System.Globalization;

namespace NoteCheck.Ocr;

/// <summary>One word of tesseract's TSV output, in image pixels (origin top left).</summary>
public sealed record PixelWord(string Text, int Left, int Top, int Width, int Height, double Confidence, int Block, int Paragraph, int Line);

/// <summary>A page as tesseract saw it: the image size and its words in reading order.</summary>
public sealed record PixelPage(int Width, int Height, IReadOnlyList<PixelWord> Words);

/// <summary>
/// Parses <c>tesseract ... tsv</c> output (columns level, page_num, block_num, par_num, line_num,
/// word_num, left, top, width, height, conf, text). Level 1 is the page, level 5 a word.
/// </summary>
public static class TesseractTsv
{
    public static PixelPage Parse(string tsv)
    {
        int width = 0, height = 0;
        var words = new List<PixelWord>();
        foreach (var raw in tsv.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith("level", StringComparison.Ordinal)) continue;
            var f = line.Split('\t');
            if (f.Length < 11 || !int.TryParse(f[0], out var level)) continue;
            var left = ParseInt(f[6]); var top = ParseInt(f[7]); var w = ParseInt(f[8]); var h = ParseInt(f[9]);
            if (level == 1) { width = left + w; height = top + h; continue; }
            if (level != 5 || f.Length < 12) continue;
            var text = f[11].Trim();
            if (text.Length == 0) continue;
            var conf = double.TryParse(f[10], NumberStyles.Float, CultureInfo.InvariantCulture, out var c) ? c : -1;
            words.Add(new PixelWord(text, left, top, w, h, Math.Max(0, conf), ParseInt(f[2]), ParseInt(f[3]), ParseInt(f[4])));
        }
        return new PixelPage(width, height, words);
    }

    private static int ParseInt(string s) => int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : 0;
}
