namespace NoteCheck.Core;

/// <summary>A rectangle in PDF user space (points, origin bottom left).</summary>
public readonly record struct Box(double X0, double Y0, double X1, double Y1)
{
    public static readonly Box Empty = new(double.NaN, double.NaN, double.NaN, double.NaN);
    public bool IsEmpty => double.IsNaN(X0);
    public Box Union(Box other) =>
        IsEmpty ? other : other.IsEmpty ? this :
        new(Math.Min(X0, other.X0), Math.Min(Y0, other.Y0), Math.Max(X1, other.X1), Math.Max(Y1, other.Y1));
    public double[] ToArray() => [Math.Round(X0, 2), Math.Round(Y0, 2), Math.Round(X1, 2), Math.Round(Y1, 2)];
}

/// <summary>One box a span covers: one per text line, across pages.</summary>
public readonly record struct PageBox(int Page, Box Box);

/// <summary>
/// Where every character of a document's text sits on its pages. Characters that were
/// not drawn (line ends, page breaks, inserted spaces) have an empty box.
/// </summary>
public sealed class PageGeometry
{
    private readonly float[] _boxes; // 4 floats per character: x0, y0, x1, y1 (NaN when not drawn)
    private readonly int[] _pageStarts; // offset where each page's text begins

    public PageGeometry(float[] boxes, int[] pageStarts)
    {
        if (boxes.Length % 4 != 0) throw new ArgumentException("boxes must hold 4 floats per character", nameof(boxes));
        _boxes = boxes;
        _pageStarts = pageStarts;
    }

    public int Length => _boxes.Length / 4;

    public Box BoxAt(int offset)
    {
        var i = offset * 4;
        var x0 = _boxes[i];
        return float.IsNaN(x0) ? Box.Empty : new Box(x0, _boxes[i + 1], _boxes[i + 2], _boxes[i + 3]);
    }

    /// <summary>1-based page of a character offset.</summary>
    public int PageAt(int offset)
    {
        var i = Array.BinarySearch(_pageStarts, offset);
        return (i >= 0 ? i : ~i - 1) + 1;
    }

    /// <summary>One box per text line (and page) that the span [start, end) covers.</summary>
    public IReadOnlyList<PageBox> BoxesFor(string text, int start, int end)
    {
        var result = new List<PageBox>();
        var current = Box.Empty;
        var page = PageAt(Math.Max(0, Math.Min(start, Length - 1)));
        for (var i = Math.Max(0, start); i < Math.Min(end, Length); i++)
        {
            var c = text[i];
            if (c == '\n' || c == '\f')
            {
                if (!current.IsEmpty) result.Add(new PageBox(page, current));
                current = Box.Empty;
                if (c == '\f') page++;
                continue;
            }
            current = current.Union(BoxAt(i));
        }
        if (!current.IsEmpty) result.Add(new PageBox(page, current));
        return result;
    }
}
