using System.Text;
using NoteCheck.Core;

namespace NoteCheck.Ingestion.Tests;

public class TextIngestionTests
{
    private static DocumentReadResult ReadBytes(string name, byte[] bytes)
    {
        using var dir = new TempDir();
        File.WriteAllBytes(dir.File(name), bytes);
        return new DocumentReader().Read(dir.File(name));
    }

    private const string Note = "Visit 03/04/2024\nPatient reports pain, rated 7/10.\nPlan: CT.";

    [Fact]
    public void Utf8_text_is_one_page_without_geometry()
    {
        var doc = ReadBytes("note.txt", Encoding.UTF8.GetBytes(Note)).Document!;
        Assert.Equal(Note, doc.Text);
        var page = Assert.Single(doc.Pages);
        Assert.Equal((1, PageStatus.Text, 0, Note.Length), (page.Number, page.Status, page.Start, page.End));
        Assert.Null(doc.Geometry);
        var span = doc.Evidence(17, 24);
        Assert.Equal("Patient", span.Text);
        Assert.Null(span.Bbox);
        Assert.Null(span.Boxes);
    }

    [Theory]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le-bom")]
    [InlineData("utf-16be-bom")]
    [InlineData("utf-16le-no-bom")]
    public void Unicode_encodings_decode_to_the_same_text(string encoding)
    {
        const string text = "Décompression L4–L5, «douleur» 7/10 — naïve ✓";
        byte[] bytes = encoding switch
        {
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
            "utf-16le-bom" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            "utf-16be-bom" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
            _ => Encoding.Unicode.GetBytes("Plain ASCII note about back pain."),
        };
        var doc = ReadBytes("note.txt", bytes).Document!;
        Assert.Equal(encoding == "utf-16le-no-bom" ? "Plain ASCII note about back pain." : text, doc.Text);
    }

    [Fact]
    public void Latin1_text_falls_back_to_windows_1252()
    {
        // "Café, naïve" in Latin-1 (not valid UTF-8), and a Windows curly quote (0x93/0x94).
        byte[] bytes = [.. "Caf"u8, 0xE9, .. ", na"u8, 0xEF, .. "ve "u8, 0x93, .. "ok"u8, 0x94];
        var doc = ReadBytes("note.md", bytes).Document!;
        Assert.Equal("Café, naïve \u201Cok\u201D", doc.Text);
    }

    [Fact]
    public void Crlf_and_cr_become_lf_and_offsets_index_the_normalized_text()
    {
        var doc = ReadBytes("note.txt", Encoding.UTF8.GetBytes("Line one\r\nLine two\rLine three\r\n")).Document!;
        Assert.Equal("Line one\nLine two\nLine three\n", doc.Text);
        Assert.Equal("Line three", doc.Evidence(18, 28).Text);
    }

    [Fact]
    public void Form_feeds_in_a_text_file_are_page_breaks()
    {
        var doc = ReadBytes("fax.txt", Encoding.UTF8.GetBytes("Page one\fPage two")).Document!;
        Assert.Equal(2, doc.Pages.Count);
        Assert.Equal(2, doc.PageAt(9));
        Assert.Equal((9, 17), (doc.Pages[1].Start, doc.Pages[1].End));
    }

    [Fact]
    public void Whitespace_only_text_is_empty_file()
    {
        var result = ReadBytes("blank.txt", Encoding.UTF8.GetBytes(" \r\n\t\n"));
        Assert.Null(result.Document);
        Assert.Equal(IngestionCodes.EmptyFile, Assert.Single(result.Errors).Code);
    }
}
