using NoteCheck.Ingestion;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace NoteCheck.Ocr.Tests;

/// <summary>Which pages go to OCR, judged on real PDFs built here.</summary>
public sealed class TextLayerCheckTests
{
    private static readonly IReadOnlyList<string> Note = SampleNotes.Page(seed: 21, lineCount: 20);

    [Fact]
    public void Typed_note_keeps_its_text_layer()
    {
        Assert.Equal(TextLayerVerdict.Usable, Judge(Pdf(Note)));
    }

    [Fact]
    public void Typed_note_with_a_small_logo_keeps_its_text_layer()
    {
        Assert.Equal(TextLayerVerdict.Usable, Judge(Pdf(Note, image: new PdfRectangle(72, 700, 200, 760))));
    }

    [Fact]
    public void Page_without_text_goes_to_OCR()
    {
        Assert.Equal(TextLayerVerdict.NoText, Judge(Pdf([], image: new PdfRectangle(0, 0, 612, 792))));
    }

    [Fact]
    public void Full_page_image_under_a_fax_banner_goes_to_OCR()
    {
        var pdf = Pdf(["FAX FROM (555) 010-2288 TO: UM INTAKE 09:14 PAGE 1 OF 4"], image: new PdfRectangle(0, 0, 612, 780));
        Assert.Equal(TextLayerVerdict.ImageWithFewWords, Judge(pdf, out var coverage));
        Assert.InRange(coverage, 0.95, 1.0);
    }

    [Fact]
    public void Symbols_instead_of_letters_go_to_OCR()
    {
        // what a font without a Unicode map often yields: glyph codes shown as punctuation
        var soup = Note.Select(l => new string(l.Select(c => char.IsLetter(c) ? "!#$%&*+<=>?@^_~"[c % 15] : c).ToArray())).ToList();
        Assert.Equal(TextLayerVerdict.GarbledGlyphs, Judge(Pdf(soup)));
    }

    [Fact]
    public void Letters_mapped_to_other_letters_go_to_OCR()
    {
        // shifted codes: every word is letters, none is a word
        var shifted = Note.Select(l => new string(l.Select(c => char.IsAsciiLetterLower(c) ? (char)('a' + (c - 'a' + 3) % 26) : c).ToArray())).ToList();
        Assert.Equal(TextLayerVerdict.GarbledGlyphs, Judge(Pdf(shifted)));
    }

    [Fact]
    public void Rules_file_errors_name_the_file_and_key()
    {
        var path = Path.Combine(Path.GetTempPath(), $"scanned-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, File.ReadAllText(NoteCheck.Core.RulesLocator.PathOf("ocr", ScannedPageRules.FileName))
            .Replace("\"imageCoverage\"", "\"imageShare\""));
        try
        {
            var e = Assert.Throws<InvalidDataException>(() => ScannedPageRules.Load(path));
            Assert.Contains(path, e.Message);
            Assert.Contains("'imageShare'", e.Message);
        }
        finally { File.Delete(path); }
    }

    private static TextLayerVerdict Judge(byte[] pdf) => Judge(pdf, out _);

    private static TextLayerVerdict Judge(byte[] pdf, out double coverage)
    {
        using var doc = PdfDocument.Open(pdf);
        var page = doc.GetPage(1);
        coverage = TextLayerCheck.ImageCoverage(page);
        return TextLayerCheck.Default.Judge(page.GetWords().Select(w => w.Text).ToList(), coverage);
    }

    private static byte[] Pdf(IReadOnlyList<string> lines, PdfRectangle? image = null)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.Letter);
        if (image is { } r)
        {
            var gray = new GrayImage(64, 64, Enumerable.Range(0, 64 * 64).Select(i => (byte)(i % 7 == 0 ? 0 : 255)).ToArray());
            page.AddPng(PngWriter.Encode(gray), r);
        }
        var y = 770.0;
        foreach (var line in lines) { page.AddText(line, 10, new PdfPoint(72, y), font); y -= 16; }
        return builder.Build();
    }
}
