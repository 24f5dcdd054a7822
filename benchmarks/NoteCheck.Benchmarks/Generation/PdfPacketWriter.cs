using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace NoteCheck.Benchmarks.Generation;

/// <summary>How a PDF of the packet was printed.</summary>
/// <param name="Fax">Fax banner atop every page and notes running on; otherwise an EHR print with one note per page run.</param>
public sealed record PrintStyle(bool Fax, string Banner, string RunningHeader);

/// <summary>
/// Lays printed notes out on US-letter pages with PdfPig's builder (Standard-14 fonts): wrapped
/// paragraphs, tables as cells (ruled or not, so extractors meet both), running headers, a fax
/// banner and "Page n of m" footers. Fills exactly the page budget: the note that would run past
/// the last page is cut there, as fax packets often are.
/// </summary>
public static class PdfPacketWriter
{
    private const double PageWidth = 612, PageHeight = 792, Left = 54, Top = 740, Bottom = 60;
    private const double BodySize = 10, LineHeight = 12.5, RowHeight = 15;
    private const int CharsPerLine = 95; // Helvetica 10 pt averages ~5.3 pt a character over 504 pt

    private abstract record Mark;
    private sealed record TextMark(string Text, Face Face, double Size, double X, double Y) : Mark;
    private sealed record CellBox(double X, double Y, double Width, double Height) : Mark;

    /// <summary>Prints notes until exactly <paramref name="pages"/> pages are full; returns the PDF and how many notes it holds.</summary>
    public static (byte[] Pdf, int Notes) Write(IEnumerator<PrintedNote> notes, int pages, PrintStyle style)
    {
        var laidOut = new List<List<Mark>> { new() };
        var y = Top;
        var noteCount = 0;
        var full = false;

        bool NewPage()
        {
            if (laidOut.Count == pages) { full = true; return false; }
            laidOut.Add([]);
            y = Top;
            return true;
        }

        bool Room(double height) => y - height >= Bottom || NewPage();

        while (!full && notes.MoveNext())
        {
            var note = notes.Current;
            if (noteCount > 0)
            {
                if (!style.Fax) { if (!NewPage()) break; }
                else if (!Room(3 * LineHeight)) break;
                else y -= LineHeight;
            }
            noteCount++;
            foreach (var block in note.Blocks)
            {
                if (full) break;
                switch (block)
                {
                    case Gap gap:
                        if (y < Top) y -= gap.Points;
                        break;
                    case Paragraph para:
                        foreach (var line in Wrap(para.Text, para.Indent))
                        {
                            if (!Room(LineHeight)) break;
                            laidOut[^1].Add(new TextMark(line, para.Face, BodySize, Left + para.Indent, y - BodySize));
                            y -= LineHeight;
                        }
                        break;
                    case Table table:
                        var height = RowHeight * (table.Rows.Count + 1);
                        if (y - height < Bottom && height <= Top - Bottom && !NewPage()) break;
                        LayTable(laidOut[^1], table, ref y, Room);
                        break;
                }
            }
        }

        using var builder = new PdfDocumentBuilder();
        var fonts = new Dictionary<Face, PdfDocumentBuilder.AddedFont>
        {
            [Face.Body] = builder.AddStandard14Font(Standard14Font.Helvetica),
            [Face.Bold] = builder.AddStandard14Font(Standard14Font.HelveticaBold),
            [Face.Mono] = builder.AddStandard14Font(Standard14Font.Courier),
        };
        for (var i = 0; i < laidOut.Count; i++)
        {
            var page = builder.AddPage(PageSize.Letter);
            if (style.Fax)
                page.AddText($"{style.Banner}   PAGE {i + 1:000} OF {laidOut.Count:000}", 8, new PdfPoint(Left - 18, PageHeight - 22), fonts[Face.Mono]);
            page.AddText(style.RunningHeader, 8, new PdfPoint(Left, PageHeight - 40), fonts[Face.Body]);
            foreach (var mark in laidOut[i])
            {
                switch (mark)
                {
                    case TextMark t: page.AddText(t.Text, t.Size, new PdfPoint(t.X, t.Y), fonts[t.Face]); break;
                    case CellBox c: page.DrawRectangle(new PdfPoint(c.X, c.Y), c.Width, c.Height, 0.5); break;
                }
            }
            page.AddText($"Page {i + 1} of {laidOut.Count}", 8, new PdfPoint(PageWidth / 2 - 24, 36), fonts[Face.Body]);
        }
        return (WithStableId(builder.Build()), noteCount);
    }

    /// <summary>
    /// The builder writes a random GUID as the trailer's /ID; replace it (same length) with a hash
    /// of the content, as the PDF spec suggests, so the same seed gives the same bytes.
    /// </summary>
    private static byte[] WithStableId(byte[] pdf)
    {
        var marker = System.Text.Encoding.ASCII.GetBytes("/ID [ <");
        var at = pdf.AsSpan().LastIndexOf(marker);
        if (at < 0) return pdf;
        var hex = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(pdf.AsSpan(0, at)));
        var first = at + marker.Length;
        var second = pdf.AsSpan(first).IndexOf((byte)'<') + first + 1;
        if (second <= first || pdf[first + 32] != (byte)'>' || pdf[second + 32] != (byte)'>') return pdf;
        System.Text.Encoding.ASCII.GetBytes(hex.AsSpan(0, 32), pdf.AsSpan(first, 32));
        System.Text.Encoding.ASCII.GetBytes(hex.AsSpan(0, 32), pdf.AsSpan(second, 32));
        return pdf;
    }

    private static void LayTable(List<Mark> page, Table table, ref double y, Func<double, bool> room)
    {
        var rows = new List<(IReadOnlyList<string> Cells, Face Face)> { (table.Header, Face.Bold) };
        rows.AddRange(table.Rows.Select(r => (r, Face.Body)));
        foreach (var (cells, face) in rows)
        {
            if (!room(RowHeight)) return;
            var x = Left + 8;
            for (var c = 0; c < cells.Count; c++)
            {
                var width = table.ColumnWidths[c];
                if (table.Ruled) page.Add(new CellBox(x - 3, y - RowHeight, width, RowHeight));
                if (cells[c].Length > 0) page.Add(new TextMark(cells[c], face, 9, x, y - 11));
                x += width;
            }
            y -= RowHeight;
        }
    }

    /// <summary>Greedy word wrap; explicit newlines start new lines.</summary>
    private static IEnumerable<string> Wrap(string text, double indent)
    {
        var limit = CharsPerLine - (int)(indent / 5.3);
        foreach (var hard in text.Split('\n'))
        {
            var line = new System.Text.StringBuilder();
            foreach (var word in hard.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (line.Length > 0 && line.Length + 1 + word.Length > limit)
                {
                    yield return line.ToString();
                    line.Clear();
                }
                if (line.Length > 0) line.Append(' ');
                line.Append(word);
            }
            if (line.Length > 0) yield return line.ToString();
        }
    }
}
