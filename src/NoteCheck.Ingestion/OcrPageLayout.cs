using NoteCheck.Core;

namespace NoteCheck.Ingestion;

/// <summary>
/// Writes the words of an OCR'd page into the document text in tesseract's own reading order:
/// one text line per OCR line, a blank line between blocks (a paragraph break for sentences). Baseline grouping (as for text-layer
/// pages) would interleave the words of neighbouring lines on a skewed scan, where a line's end
/// can sit lower than the next line's start; tesseract's line finding follows the skew.
/// </summary>
public static class OcrPageLayout
{
    public static void Write(IReadOnlyList<OcrWord> words, DocumentTextBuilder builder)
    {
        OcrWord? previous = null;
        foreach (var w in words)
        {
            var text = w.Text.Trim();
            if (text.Length == 0 || w.Box.IsEmpty) continue;
            if (previous is not null)
            {
                if (w.Block != previous.Block) builder.AppendUndrawn('\n', 2);
                else if (w.Line != previous.Line || !OverlapVertically(w.Box, previous.Box)) builder.AppendUndrawn('\n');
                else
                {
                    // Wide gaps (table cells) become three spaces so cells stay apart, as on text pages.
                    var charWidth = (previous.Box.X1 - previous.Box.X0) / Math.Max(1, previous.Text.Trim().Length);
                    builder.AppendUndrawn(' ', w.Box.X0 - previous.Box.X1 > charWidth * 2.5 ? 3 : 1);
                }
            }
            // OCR boxes cover a whole word: each character gets an equal slice of it.
            var step = (w.Box.X1 - w.Box.X0) / text.Length;
            for (var i = 0; i < text.Length; i++)
                builder.AppendDrawn(text[i].ToString(), new Box(w.Box.X0 + step * i, w.Box.Y0, w.Box.X0 + step * (i + 1), w.Box.Y1));
            previous = w;
        }
    }

    // An engine that does not number lines still gets one: a word wholly above or below the last starts a new line.
    private static bool OverlapVertically(Box a, Box b) => a.Y0 < b.Y1 && b.Y0 < a.Y1;
}
