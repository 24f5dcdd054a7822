using NoteCheck.Core;

namespace NoteCheck.Ingestion.Tests;

public class GeometryTests
{
    [Fact]
    public void Boxes_split_per_line_and_page()
    {
        // "ab\ncd\fef": three lines over two pages; undrawn chars carry NaN boxes.
        const string text = "ab\ncd\fef";
        var nan = float.NaN;
        float[] boxes =
        [
            10, 700, 15, 710,  15, 700, 20, 710,  nan, nan, nan, nan,
            10, 680, 15, 690,  15, 680, 20, 690,  nan, nan, nan, nan,
            30, 500, 35, 510,  35, 500, 40, 510,
        ];
        var geometry = new PageGeometry(boxes, [0, 6]);
        var spans = geometry.BoxesFor(text, 1, 8);
        Assert.Equal(3, spans.Count);
        Assert.Equal(new PageBox(1, new Box(15, 700, 20, 710)), spans[0]);
        Assert.Equal(new PageBox(1, new Box(10, 680, 20, 690)), spans[1]);
        Assert.Equal(new PageBox(2, new Box(30, 500, 40, 510)), spans[2]);
        Assert.Equal(2, geometry.PageAt(6));
    }
}
