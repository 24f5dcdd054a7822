using NoteCheck.Core;

namespace NoteCheck.Ocr.Tests;

public sealed class TesseractTsvTests
{
    private const string Tsv =
        "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n" +
        "1\t1\t0\t0\t0\t0\t0\t0\t2550\t3300\t-1\t\n" +
        "2\t1\t1\t0\t0\t0\t300\t300\t900\t50\t-1\t\n" +
        "5\t1\t1\t1\t1\t1\t300\t300\t200\t50\t96.5\tPlan:\n" +
        "5\t1\t1\t1\t1\t2\t520\t300\t150\t50\t91\tCT\n" +
        "5\t1\t1\t1\t2\t1\t300\t400\t100\t40\t12\t~\n" +
        "5\t1\t1\t1\t2\t2\t420\t400\t100\t40\t20\tL4\n" +
        "5\t1\t2\t1\t1\t1\t300\t3000\t100\t40\t88\t \n";

    [Fact]
    public void Parses_page_size_and_words_skipping_empty_ones()
    {
        var page = TesseractTsv.Parse(Tsv);

        Assert.Equal((2550, 3300), (page.Width, page.Height));
        Assert.Equal(["Plan:", "CT", "~", "L4"], page.Words.Select(w => w.Text));
        Assert.Equal(96.5, page.Words[0].Confidence);
    }

    [Fact]
    public void Maps_pixels_to_page_points_with_origin_bottom_left_and_drops_low_confidence_specks()
    {
        // 2550 x 3300 px is a letter page at 300 dpi: 1 px = 0.24 pt
        var result = TesseractPageOcr.ToPageResult(TesseractTsv.Parse(Tsv), 612, 792, dropNoiseBelow: 30);

        Assert.Equal(["Plan:", "CT", "L4"], result.Words.Select(w => w.Text)); // "~" at 12% is a speck; "L4" stays
        var plan = result.Words[0].Box;
        Assert.Equal(72, plan.X0, 6);
        Assert.Equal(120, plan.X1, 6);
        Assert.Equal(792 - 350 * 0.24, plan.Y0, 6);
        Assert.Equal(792 - 300 * 0.24, plan.Y1, 6);
        Assert.Equal([0, 0, 1], result.Words.Select(w => w.Line));
        Assert.Equal(Math.Round((96.5 + 91 + 20) / 3, 2), result.MeanConfidence);
    }

    [Fact]
    public void Unrotated_page_size_of_a_sideways_page_is_turned_to_match_the_image()
    {
        var map = new PixelToPageSpace(2550, 3300, 792, 612);
        Assert.Equal(new Box(0, 0, 612, 792), map.Map(0, 0, 2550, 3300));
    }
}
