using NoteCheck.Core;

namespace NoteCheck.Text;

/// <summary>A line of a document: [Start, End) without its '\n'; PageBreak when a '\f' precedes it.</summary>
public readonly record struct Line(int Start, int End, bool PageBreakBefore, bool Furniture)
{
    public static List<Line> Of(string text, int start, int end, IReadOnlyList<TextRange> furniture)
    {
        var lines = new List<Line>();
        var s = start;
        var pageBreak = start > 0 && text[start - 1] == '\f';
        for (var i = start; i <= end; i++)
        {
            if (i < end && text[i] != '\n' && text[i] != '\f') continue;
            lines.Add(new Line(s, i, pageBreak, IsFurniture(s, i, furniture)));
            pageBreak = i < end && text[i] == '\f';
            s = i + 1;
        }
        return lines;
    }

    /// <summary>True when a furniture range covers the line's visible text.</summary>
    private static bool IsFurniture(int s, int e, IReadOnlyList<TextRange> furniture)
    {
        foreach (var f in furniture)
            if (f.Start <= s + 1 && f.End >= e - 1 && e > s) return true;
        return false;
    }

    public bool IsBlank(string text)
    {
        for (var i = Start; i < End; i++) if (!char.IsWhiteSpace(text[i])) return false;
        return true;
    }
}
