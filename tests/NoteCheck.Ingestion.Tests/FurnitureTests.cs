using System.Text;
using NoteCheck.Core;

namespace NoteCheck.Ingestion.Tests;

public class FurnitureTests
{
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures");

    private static IEnumerable<string> FurnitureText(SourceDocument doc) => doc.Furniture.Select(r => doc.Text[r.Start..r.End]);

    [Fact]
    public void Fax_banners_and_page_numbers_in_a_pdf_are_furniture_and_the_body_is_not()
    {
        using var dir = new TempDir();
        var pages = Enumerable.Range(1, 3).Select(n => TestPdf.Page(
            new DrawnText($"FROM: (555) 010-2288  TO: UM INTAKE  03/01/2024 09:14  PAGE {n} OF 3", 40, 770, 9),
            new DrawnText("LAKESIDE FAMILY MEDICINE", 72, 730),
            new DrawnText($"Office visit 02/{10 + n}/2024: back pain, week {n}.", 72, 700),
            new DrawnText($"Page {n} of 3", 280, 40, 9))).ToArray();
        var doc = new DocumentReader().Read(TestPdf.Write(dir.Path, "fax.pdf", TestPdf.Build(pages))).Document!;

        var furniture = FurnitureText(doc).ToList();
        Assert.Equal(9, furniture.Count); // banner, repeated practice header, page number on each page
        Assert.Single(furniture, f => f.StartsWith("FROM: (555) 010-2288", StringComparison.Ordinal) && f.EndsWith("PAGE 2 OF 3", StringComparison.Ordinal));
        Assert.Equal(3, furniture.Count(f => f == "LAKESIDE FAMILY MEDICINE"));
        Assert.Equal(3, furniture.Count(f => f.StartsWith("Page ", StringComparison.Ordinal)));
        Assert.DoesNotContain(furniture, f => f.Contains("Office visit", StringComparison.Ordinal));
    }

    [Fact]
    public void Fax_banner_in_a_text_file_is_furniture()
    {
        using var dir = new TempDir();
        const string text = "FAX FROM: Valley Spine 555-0101   02/02/2024 10:15   P. 1/2\nOffice visit 01/30/2024\nBack pain.\n";
        File.WriteAllText(dir.File("fax.txt"), text, Encoding.UTF8);
        var doc = new DocumentReader().Read(dir.File("fax.txt")).Document!;
        var range = Assert.Single(doc.Furniture);
        Assert.Equal((0, text.IndexOf('\n')), (range.Start, range.End));
    }

    [Fact]
    public void Chromium_header_and_footer_repeated_on_every_page_are_furniture()
    {
        var doc = new DocumentReader().Read(Path.Combine(Fixtures, "chromium-multipage-header-footer.pdf")).Document!;
        var pages = doc.Pages.Count;
        Assert.True(pages >= 3);
        var furniture = FurnitureText(doc).ToList();
        Assert.Equal(pages, furniture.Count(f => f.Contains("Maple Grove Family Medicine - visit note", StringComparison.Ordinal)));
        Assert.Equal(pages, furniture.Count(f => f.StartsWith("file:///", StringComparison.Ordinal)));
        Assert.DoesNotContain(furniture, f => f.Contains("Entry", StringComparison.Ordinal) || f.Contains("patient", StringComparison.Ordinal));
    }

    [Fact]
    public void Rules_file_with_an_unknown_key_fails_naming_file_and_key()
    {
        using var dir = new TempDir();
        var path = dir.File("furniture.json");
        File.WriteAllText(path, """{ "linePatterns": [ { "id": "x", "scope": "any", "patern": "a" } ], "repetition": {} }""");
        var e = Assert.Throws<InvalidDataException>(() => FurnitureRules.Load(path));
        Assert.Contains("furniture.json", e.Message);
        Assert.Contains("'patern'", e.Message);
    }
}
