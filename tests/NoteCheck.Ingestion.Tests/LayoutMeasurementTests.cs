using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;
using Xunit.Abstractions;

namespace NoteCheck.Ingestion.Tests;

/// <summary>
/// The measurement behind PageLayout's reading order: each candidate reads the same test pages
/// (builder PDFs and Chromium fixtures: single column, two columns, vitals table, strength grid);
/// score = share of the lines a person reads that come out whole and in order. PageLayout must
/// score 1.0 on every page and at least as well as every PdfPig segmenter on each.
/// </summary>
public class LayoutMeasurementTests(ITestOutputHelper output)
{
    private sealed record Case(string Name, byte[] Pdf, string[] Expected);

    private static IEnumerable<Case> Cases()
    {
        yield return new Case("single column", TestPdf.Build(TestPdf.Page(
            new DrawnText("HISTORY OF PRESENT ILLNESS", 72, 720),
            new DrawnText("54 y/o woman with low back pain for ten weeks,", 72, 706),
            new DrawnText("radiating to the left foot, worse with sitting.", 72, 692),
            new DrawnText("PLAN", 72, 660),
            new DrawnText("CT of the lumbar spine without contrast.", 72, 646))),
            ["HISTORY OF PRESENT ILLNESS", "54 y/o woman with low back pain for ten weeks,", "radiating to the left foot, worse with sitting.", "PLAN", "CT of the lumbar spine without contrast."]);

        string[] left = ["The patient is a 54 year old", "woman with low back pain that", "radiates into the left leg and", "has lasted for about ten weeks", "despite physical therapy visits."];
        string[] right = ["Examination shows weakness of", "the left ankle dorsiflexors at", "four of five with decreased", "sensation over the dorsum of", "the left foot and a foot slap."];
        var cols = new List<DrawnText> { new("PROGRESS NOTE", 72, 740) };
        for (var i = 0; i < left.Length; i++) { cols.Add(new(left[i], 72, 700 - 14 * i, 10)); cols.Add(new(right[i], 320, 700 - 14 * i, 10)); }
        yield return new Case("two columns", TestPdf.Build(TestPdf.Page([.. cols])), ["PROGRESS NOTE", .. left, .. right]);

        yield return new Case("vitals table", TestPdf.Build(TestPdf.Page(
            new DrawnText("BP", 72, 706), new DrawnText("132/78", 140, 706), new DrawnText("HR", 300, 706), new DrawnText("70", 360, 706),
            new DrawnText("Temp", 72, 692), new DrawnText("98.4 F", 140, 692), new DrawnText("SpO2", 300, 692), new DrawnText("97%", 360, 692),
            new DrawnText("Weight", 72, 678), new DrawnText("182 lb", 140, 678), new DrawnText("BMI", 300, 678), new DrawnText("29.4", 360, 678))),
            ["BP 132/78 HR 70", "Temp 98.4 F SpO2 97%", "Weight 182 lb BMI 29.4"]);

        yield return new Case("strength grid", TestPdf.Build(TestPdf.Page(
            new DrawnText("Strength", 72, 700), new DrawnText("Right", 250, 700), new DrawnText("Left", 330, 700),
            new DrawnText("Hip flexion", 72, 686), new DrawnText("5/5", 250, 686), new DrawnText("5/5", 330, 686),
            new DrawnText("Ankle dorsiflexion", 72, 672), new DrawnText("5/5", 250, 672), new DrawnText("2/5", 330, 672),
            new DrawnText("EHL", 72, 658), new DrawnText("5/5", 250, 658), new DrawnText("3/5", 330, 658))),
            ["Strength Right Left", "Hip flexion 5/5 5/5", "Ankle dorsiflexion 5/5 2/5", "EHL 5/5 3/5"]);

        var fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures");
        yield return new Case("chromium tables", File.ReadAllBytes(Path.Combine(fixtures, "chromium-ehr-visit.pdf")),
            ["Patient: Ingrid Vasquez-Lund DOB: 07/19/1966", "BP HR Temp SpO2 Weight", "136/84 78 98.1 F 98% 171 lb",
             "Muscle group Right Left", "Hip flexion 5/5 5/5", "Ankle dorsiflexion 5/5 3/5", "Great toe extension 5/5 3/5"]);
        yield return new Case("chromium columns", File.ReadAllBytes(Path.Combine(fixtures, "chromium-two-column.pdf")),
            ["SPINE CONSULTATION LETTER", "Thank you for referring Mr. Albrecht", "old retired electrician", "He denies weakness, numbness",
             "fever, weight loss, or history of cancer.", "On examination his strength", "He has a spinal cord stimulator", "Sincerely, Lena Hartmann, MD"]);
    }

    private static string Normalize(string s) =>
        Regex.Replace(s.Replace("\uFB01", "fi").Replace("\uFB02", "fl"), @"\s+", " ").Trim();

    /// <summary>Share of expected lines found whole, each after the previous one.</summary>
    private static double Score(string text, string[] expected)
    {
        var t = Normalize(text);
        int at = 0, found = 0;
        foreach (var line in expected)
        {
            var i = t.IndexOf(Normalize(line), at, StringComparison.Ordinal);
            if (i < 0) continue;
            found++;
            at = i + line.Length;
        }
        return (double)found / expected.Length;
    }

    private static string WithPageLayout(byte[] pdf, bool columns)
    {
        using var doc = PdfDocument.Open(pdf);
        var builder = new DocumentTextBuilder();
        builder.BeginPage();
        PageLayout.Write(PdfDocumentReader.TextLayerWords(doc.GetPage(1)), builder, columns);
        return builder.Text;
    }

    private static string WithSegmenter(byte[] pdf, Func<IReadOnlyList<UglyToad.PdfPig.Content.Word>, IEnumerable<TextBlock>> segment)
    {
        using var doc = PdfDocument.Open(pdf);
        var page = doc.GetPage(1);
        var words = NearestNeighbourWordExtractor.Instance.GetWords(page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList()).ToList();
        var blocks = UnsupervisedReadingOrderDetector.Instance.Get(segment(words).ToList());
        return string.Join("\n", blocks.OrderBy(b => b.ReadingOrder).Select(b => b.Text));
    }

    [Fact]
    public void PageLayout_reads_every_test_page_in_order_and_beats_the_pdfpig_segmenters()
    {
        var candidates = new (string Name, Func<byte[], string> Read)[]
        {
            ("PageLayout (rows + column detection)", pdf => WithPageLayout(pdf, columns: true)),
            ("rows only", pdf => WithPageLayout(pdf, columns: false)),
            ("Docstrum + unsupervised order", pdf => WithSegmenter(pdf, w => DocstrumBoundingBoxes.Instance.GetBlocks(w))),
            ("RecursiveXYCut + unsupervised order", pdf => WithSegmenter(pdf, w => RecursiveXYCut.Instance.GetBlocks(w))),
        };
        var cases = Cases().ToList();
        var scores = candidates.Select(c => cases.Select(k => Score(c.Read(k.Pdf), k.Expected)).ToArray()).ToArray();
        output.WriteLine("candidate | " + string.Join(" | ", cases.Select(c => c.Name)) + " | mean");
        for (var i = 0; i < candidates.Length; i++)
            output.WriteLine($"{candidates[i].Name} | {string.Join(" | ", scores[i].Select(s => s.ToString("0.00")))} | {scores[i].Average():0.00}");

        Assert.All(scores[0], s => Assert.Equal(1.0, s));
        for (var i = 1; i < candidates.Length; i++)
            for (var k = 0; k < cases.Count; k++)
                Assert.True(scores[0][k] >= scores[i][k], $"{candidates[i].Name} beats PageLayout on {cases[k].Name}");
        Assert.True(scores[0].Average() > scores.Skip(1).Max(s => s.Average()), "PageLayout must be best overall");
    }
}
