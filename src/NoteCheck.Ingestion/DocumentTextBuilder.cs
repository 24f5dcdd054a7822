using NoteCheck.Core;

namespace NoteCheck.Ingestion;

/// <summary>
/// Builds a document's one string together with its character boxes, so that the text and the
/// geometry can never drift apart: every appended character gets exactly one box (NaN when the
/// character was not drawn: inserted spaces, line ends, page breaks).
/// </summary>
public sealed class DocumentTextBuilder
{
    private readonly System.Text.StringBuilder _text = new();
    private readonly List<float> _boxes = [];
    private readonly List<int> _pageStarts = [];

    public int Length => _text.Length;

    /// <summary>Starts a page: joins it to the previous one with '\f'.</summary>
    public int BeginPage()
    {
        if (_pageStarts.Count > 0) AppendUndrawn('\f');
        _pageStarts.Add(_text.Length);
        return _text.Length;
    }

    public void AppendUndrawn(char c)
    {
        _text.Append(c);
        _boxes.Add(float.NaN); _boxes.Add(float.NaN); _boxes.Add(float.NaN); _boxes.Add(float.NaN);
    }

    public void AppendUndrawn(char c, int count)
    {
        for (var i = 0; i < count; i++) AppendUndrawn(c);
    }

    /// <summary>Appends drawn text; every UTF-16 unit of it gets the box (ligatures share one).</summary>
    public void AppendDrawn(string value, Box box)
    {
        foreach (var c in value)
        {
            _text.Append(c);
            _boxes.Add((float)box.X0); _boxes.Add((float)box.Y0); _boxes.Add((float)box.X1); _boxes.Add((float)box.Y1);
        }
    }

    public char LastChar => _text.Length == 0 ? '\0' : _text[^1];

    public string Text => _text.ToString();

    public PageGeometry BuildGeometry() => new([.. _boxes], [.. _pageStarts]);
}
