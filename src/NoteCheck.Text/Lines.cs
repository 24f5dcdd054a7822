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
            AddCut(lines, s, i, pageBreak, furniture);
            pageBreak = i < end && text[i] == '\f';
            s = i + 1;
        }
        return lines;
    }

    /// <summary>Adds a line; furniture covering part of it (a banner run into a text line) is cut out as a furniture line of its own.</summary>
    private static void AddCut(List<Line> lines, int s, int e, bool pageBreak, IReadOnlyList<TextRange> furniture)
    {
        foreach (var f in furniture)
        {
            if (f.Start >= e || f.End <= s) continue;
            if (f.Start <= s + 1 && f.End >= e - 1) break; // covers the whole line
            var cutStart = Math.Max(s, f.Start);
            var cutEnd = Math.Min(e, f.End);
            if (cutStart > s) AddCut(lines, s, cutStart, pageBreak, furniture);
            lines.Add(new Line(cutStart, cutEnd, pageBreak && cutStart == s, true));
            if (cutEnd < e) AddCut(lines, cutEnd, e, false, furniture);
            return;
        }
        lines.Add(new Line(s, e, pageBreak, IsFurniture(s, e, furniture)));
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
