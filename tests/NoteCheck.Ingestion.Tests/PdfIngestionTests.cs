using NoteCheck.Core;

namespace NoteCheck.Ingestion.Tests;

public class PdfIngestionTests
{
    private static SourceDocument Read(byte[] pdf, IPageOcr? ocr = null)
    {
        using var dir = new TempDir();
        var path = TestPdf.Write(dir.Path, "note.pdf", pdf);
        var result = new DocumentReader(ocr ?? NoPageOcr.Instance).Read(path);
        Assert.NotNull(result.Document);
        return result.Document!;
    }

    [Fact]
    public void Pages_are_joined_by_form_feed_with_exact_text_and_page_numbers()
    {
        var doc = Read(TestPdf.Build(
            TestPdf.Lines("OFFICE VISIT 03/04/2024", "Patient reports low back pain for 8 weeks.", "Plan: CT lumbar spine."),
            TestPdf.Lines("PHYSICAL THERAPY NOTE 02/12/2024", "Completed 12 visits without relief.")));

        Assert.Equal("OFFICE VISIT 03/04/2024\nPatient reports low back pain for 8 weeks.\nPlan: CT lumbar spine.\f" +
                     "PHYSICAL THERAPY NOTE 02/12/2024\nCompleted 12 visits without relief.", doc.Text);
        Assert.Equal(2, doc.Pages.Count);
        Assert.All(doc.Pages, p => Assert.Equal(PageStatus.Text, p.Status));
        var second = doc.Text.IndexOf("PHYSICAL", StringComparison.Ordinal);
        Assert.Equal(1, doc.PageAt(second - 2));
        Assert.Equal(2, doc.PageAt(second));
        Assert.Equal(second, doc.Pages[1].Start);
        Assert.Equal(doc.Text.Length, doc.Pages[1].End);
        Assert.Equal(612, doc.Pages[0].Width, 1);
    }

    [Fact]
    public void Box_of_a_phrase_is_where_it_was_drawn()
    {
        var doc = Read(TestPdf.Build(
            TestPdf.Lines("Follow-up visit."),
            TestPdf.Page(new DrawnText("Exam shows", 72, 600), new DrawnText("new onset left foot drop today.", 150, 500, 12))));
        var start = doc.Text.IndexOf("left foot drop", StringComparison.Ordinal);
        var span = doc.Evidence(start, start + "left foot drop".Length);

        Assert.Equal(2, span.Page);
        Assert.Equal("left foot drop", span.Text);
        var box = span.Bbox!.Value;
        // "new onset " in 12 pt Helvetica is about 55 pt wide; the phrase sits on the 500 baseline.
        Assert.InRange(box.X0, 195, 215);
        Assert.InRange(box.X1, 270, 290);
        Assert.InRange(box.Y0, 496, 501);
        Assert.InRange(box.Y1, 506, 512);
        Assert.Single(span.Boxes!);
        Assert.Equal(2, span.Boxes![0].Page);
    }

    [Fact]
    public void A_span_over_two_lines_gets_one_box_per_line()
    {
        var doc = Read(TestPdf.Build(TestPdf.Lines("Weakness of the left", "ankle dorsiflexors 4/5.")));
        var start = doc.Text.IndexOf("left", StringComparison.Ordinal);
        var end = doc.Text.IndexOf("4/5", StringComparison.Ordinal);
        var span = doc.Evidence(start, end);
        Assert.Equal(2, span.Boxes!.Count);
        Assert.True(span.Boxes[0].Box.Y0 > span.Boxes[1].Box.Y0);
        Assert.InRange(span.Boxes[1].Box.X0, 71, 74);
    }

    [Fact]
    public void Undrawn_characters_have_no_box()
    {
        var doc = Read(TestPdf.Build(TestPdf.Lines("Pain 7/10 today", "Next line")));
        var space = doc.Text.IndexOf(' ');
        var newline = doc.Text.IndexOf('\n');
        Assert.True(doc.Geometry!.BoxAt(space).IsEmpty);
        Assert.True(doc.Geometry.BoxAt(newline).IsEmpty);
        Assert.False(doc.Geometry.BoxAt(0).IsEmpty);
        Assert.Equal(doc.Text.Length, doc.Geometry.Length);
    }

    [Fact]
    public void A_wide_vertical_gap_is_a_paragraph_break()
    {
        var doc = Read(TestPdf.Build(TestPdf.Page(
            new DrawnText("HPI: back pain since May.", 72, 720),
            new DrawnText("It radiates to the left leg.", 72, 706),
            new DrawnText("PLAN: CT lumbar spine.", 72, 660))));
        Assert.Equal("HPI: back pain since May.\nIt radiates to the left leg.\n\nPLAN: CT lumbar spine.", doc.Text);
    }

    [Fact]
    public void Two_columns_are_read_column_by_column()
    {
        string[] left = ["The patient is a 54 year old", "woman with low back pain that", "radiates into the left leg and", "has lasted for about ten weeks", "despite physical therapy visits."];
        string[] right = ["Examination shows weakness of", "the left ankle dorsiflexors at", "four of five with decreased", "sensation over the dorsum of", "the left foot and a foot slap."];
        var texts = new List<DrawnText> { new("PROGRESS NOTE", 72, 740) };
        for (var i = 0; i < left.Length; i++)
        {
            texts.Add(new DrawnText(left[i], 72, 700 - 14 * i, 10));
            texts.Add(new DrawnText(right[i], 320, 700 - 14 * i, 10));
        }
        texts.Add(new DrawnText("Signed by the provider.", 72, 600));
        var doc = Read(TestPdf.Build(TestPdf.Page([.. texts])));

        var expected = "PROGRESS NOTE\n\n" + string.Join("\n", left) + "\n" + string.Join("\n", right) + "\n\nSigned by the provider.";
        Assert.Equal(expected, doc.Text);
    }

    [Fact]
    public void Strength_grid_is_read_row_by_row()
    {
        var doc = Read(TestPdf.Build(TestPdf.Page(
            new DrawnText("Strength", 72, 700), new DrawnText("Right", 250, 700), new DrawnText("Left", 330, 700),
            new DrawnText("Hip flexion", 72, 686), new DrawnText("5/5", 250, 686), new DrawnText("5/5", 330, 686),
            new DrawnText("Ankle dorsiflexion", 72, 672), new DrawnText("5/5", 250, 672), new DrawnText("2/5", 330, 672),
            new DrawnText("EHL", 72, 658), new DrawnText("5/5", 250, 658), new DrawnText("3/5", 330, 658),
            new DrawnText("Plantarflexion", 72, 644), new DrawnText("5/5", 250, 644), new DrawnText("5/5", 330, 644))));
        Assert.Equal("Strength   Right   Left\nHip flexion   5/5   5/5\nAnkle dorsiflexion   5/5   2/5\nEHL   5/5   3/5\nPlantarflexion   5/5   5/5", doc.Text);
    }

    [Fact]
    public void Vitals_table_is_read_row_by_row()
    {
        var doc = Read(TestPdf.Build(TestPdf.Page(
            new DrawnText("VITALS", 72, 720),
            new DrawnText("BP", 72, 706), new DrawnText("132/78", 140, 706), new DrawnText("HR", 300, 706), new DrawnText("70", 360, 706),
            new DrawnText("Temp", 72, 692), new DrawnText("98.4 F", 140, 692), new DrawnText("SpO2", 300, 692), new DrawnText("97%", 360, 692),
            new DrawnText("Weight", 72, 678), new DrawnText("182 lb", 140, 678), new DrawnText("BMI", 300, 678), new DrawnText("29.4", 360, 678),
            new DrawnText("Pain", 72, 664), new DrawnText("7/10", 140, 664), new DrawnText("Resp", 300, 664), new DrawnText("16", 360, 664))));
        Assert.Equal("VITALS\nBP   132/78   HR   70\nTemp   98.4 F   SpO2   97%\nWeight   182 lb   BMI   29.4\nPain   7/10   Resp   16", doc.Text);
    }

    [Fact]
    public void Image_only_page_is_unreadable_and_reported_while_other_pages_come_through()
    {
        using var dir = new TempDir();
        var path = TestPdf.Write(dir.Path, "scan.pdf", TestPdf.Build(
            TestPdf.Lines("Page one text of the visit."), TestPdf.ImagePage(), TestPdf.Lines("Page three text.")));
        var result = new DocumentReader().Read(path);

        var doc = result.Document!;
        Assert.Equal([PageStatus.Text, PageStatus.Unreadable, PageStatus.Text], doc.Pages.Select(p => p.Status));
        Assert.Equal("Page one text of the visit.\f\fPage three text.", doc.Text);
        var error = Assert.Single(result.Errors);
        Assert.Equal(("scan.pdf", 2, Severity.Error, IngestionCodes.UnreadablePage), (error.File, error.Page, error.Severity, error.Code));
        Assert.Contains("page 2", error.Message);
        Assert.Contains("scan.pdf", error.Message);
    }

    private sealed class FakeOcr(double confidence) : IPageOcr
    {
        public List<int> Asked { get; } = [];
        public string? UnavailableReason => null;
        public OcrPageResult Recognize(string pdfPath, int pageNumber, double pageWidth, double pageHeight, CancellationToken cancellation)
        {
            Asked.Add(pageNumber);
            OcrWord W(string t, double x0, double y0, double x1) => new(t, new Box(x0, y0, x1, y0 + 10), confidence, 1, 1);
            return new OcrPageResult(true, [W("Left", 100, 500, 120), W("foot", 124, 500, 144), W("drop.", 148, 500, 172), W("Seen", 100, 480, 122), W("today.", 126, 480, 154)], confidence, null, null);
        }
    }

    [Fact]
    public void Pages_without_text_go_to_ocr_and_its_words_get_text_and_boxes()
    {
        var ocr = new FakeOcr(91);
        var doc = Read(TestPdf.Build(TestPdf.Lines("Typed page."), TestPdf.ImagePage()), ocr);

        Assert.Equal([2], ocr.Asked);
        Assert.Equal(PageStatus.Ocr, doc.Pages[1].Status);
        Assert.Equal(91, doc.Pages[1].OcrConfidence);
        Assert.Equal("Typed page.\fLeft foot drop.\nSeen today.", doc.Text);
        var start = doc.Text.IndexOf("foot", StringComparison.Ordinal);
        var span = doc.Evidence(start, start + 4);
        Assert.Equal(2, span.Page);
        Assert.Equal(new Box(124, 500, 144, 510), span.Bbox);
    }

    [Fact]
    public void Low_ocr_confidence_is_a_warning()
    {
        using var dir = new TempDir();
        var path = TestPdf.Write(dir.Path, "fax.pdf", TestPdf.Build(TestPdf.ImagePage()));
        var result = new DocumentReader(new FakeOcr(41)).Read(path);
        var warning = Assert.Single(result.Errors);
        Assert.Equal((Severity.Warning, IngestionCodes.LowOcrConfidence, 1), (warning.Severity, warning.Code, warning.Page));
        Assert.Equal(PageStatus.Ocr, result.Document!.Pages[0].Status);
    }
}

public class ScannedPageWithBannerTests
{
    [Fact]
    public void A_scan_under_a_typed_fax_banner_goes_to_ocr_and_keeps_the_banner_when_ocr_cannot_run()
    {
        using var dir = new TempDir();
        var page = TestPdf.ScanPage();
        page.Texts.Add(new DrawnText("FROM: (555) 010-2288 TO: UM INTAKE 03/01/2024 09:14 PAGE 1 OF 1", 40, 770, 9));
        var path = TestPdf.Write(dir.Path, "fax.pdf", TestPdf.Build(page));
        var result = new DocumentReader().Read(path);

        var doc = result.Document!;
        Assert.Equal(PageStatus.Unreadable, doc.Pages[0].Status);
        Assert.StartsWith("FROM: (555) 010-2288", doc.Text);
        Assert.Single(doc.Furniture);
        var error = Assert.Single(result.Errors);
        Assert.Equal(IngestionCodes.UnreadablePage, error.Code);
        Assert.Contains("image with only a few words", error.Message);
    }
}
