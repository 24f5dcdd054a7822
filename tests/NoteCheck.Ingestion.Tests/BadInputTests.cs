using NoteCheck.Core;

namespace NoteCheck.Ingestion.Tests;

/// <summary>The bad-input zoo: every case is a result with a clear error, never an exception.</summary>
public class BadInputTests
{
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures");

    private static PacketError SingleError(DocumentReadResult result, string code)
    {
        var error = Assert.Single(result.Errors);
        Assert.Equal(code, error.Code);
        Assert.Contains(result.FileName, error.Message);
        return error;
    }

    [Fact]
    public void Corrupt_pdf_is_corrupt_pdf()
    {
        using var dir = new TempDir();
        var good = TestPdf.Build(TestPdf.Lines("Low back pain for ten weeks."));
        // Keep the header, destroy the body: no xref, no objects that parse.
        var bytes = good[..16].Concat(Enumerable.Range(0, 4000).Select(i => (byte)(i * 7919 % 251))).ToArray();
        var result = new DocumentReader().Read(TestPdf.Write(dir.Path, "broken.pdf", bytes));
        Assert.Null(result.Document);
        var e = SingleError(result, IngestionCodes.CorruptPdf);
        Assert.Null(e.Page);
        Assert.Equal(Severity.Error, e.Severity);
    }

    [Fact]
    public void Truncated_pdf_does_not_throw()
    {
        using var dir = new TempDir();
        var good = TestPdf.Build(TestPdf.Lines("Low back pain for ten weeks."), TestPdf.Lines("Second page."));
        var result = new DocumentReader().Read(TestPdf.Write(dir.Path, "cut.pdf", good[..(good.Length / 2)]));
        // PdfPig's lenient parser may recover some pages; either way the result says what happened.
        Assert.True(result.Document is not null || result.Errors.Any(e => e.Code == IngestionCodes.CorruptPdf));
    }

    [Fact]
    public void Zero_byte_file_is_empty_file()
    {
        using var dir = new TempDir();
        File.WriteAllBytes(dir.File("empty.pdf"), []);
        File.WriteAllBytes(dir.File("empty.txt"), []);
        SingleError(new DocumentReader().Read(dir.File("empty.pdf")), IngestionCodes.EmptyFile);
        SingleError(new DocumentReader().Read(dir.File("empty.txt")), IngestionCodes.EmptyFile);
    }

    [Fact]
    public void Non_pdf_named_pdf_is_not_a_pdf()
    {
        using var dir = new TempDir();
        File.WriteAllBytes(dir.File("scan.pdf"), TestPdf.Png(8, 8));
        var result = new DocumentReader().Read(dir.File("scan.pdf"));
        Assert.Null(result.Document);
        SingleError(result, IngestionCodes.NotAPdf);
    }

    [Fact]
    public void Unsupported_type_is_unsupported_file()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("note.docx"), "PK fake");
        SingleError(new DocumentReader().Read(dir.File("note.docx")), IngestionCodes.UnsupportedFile);
    }

    [Fact]
    public void File_that_cannot_be_read_is_unreadable_file()
    {
        using var dir = new TempDir();
        // A dangling link cannot be opened even by root (chmod 000 can).
        File.CreateSymbolicLink(dir.File("gone.pdf"), dir.File("does-not-exist.pdf"));
        var e = SingleError(new DocumentReader().Read(dir.File("gone.pdf")), IngestionCodes.UnreadableFile);
        Assert.Null(e.Page);
        // A folder named like a document cannot be read either.
        Directory.CreateDirectory(dir.File("folder.txt"));
        SingleError(new DocumentReader().Read(dir.File("folder.txt")), IngestionCodes.UnreadableFile);
    }

    [Fact]
    public void Permission_denied_is_unreadable_file_when_not_root()
    {
        using var dir = new TempDir();
        var path = dir.File("locked.txt");
        File.WriteAllText(path, "Patient note.");
        File.SetUnixFileMode(path, UnixFileMode.None);
        var result = new DocumentReader().Read(path);
        if (Environment.UserName == "root" || result.Document is not null)
        {
            // root reads anyway: then the text must come through intact.
            Assert.Equal("Patient note.", result.Document!.Text);
            return;
        }
        SingleError(result, IngestionCodes.UnreadableFile);
    }

    [Fact]
    public void Encrypted_pdf_with_a_user_password_is_encrypted_pdf()
    {
        var result = new DocumentReader().Read(Path.Combine(Fixtures, "encrypted-user-password.pdf"));
        Assert.Null(result.Document);
        var e = SingleError(result, IngestionCodes.EncryptedPdf);
        Assert.Equal(Severity.Error, e.Severity);
    }

    [Fact]
    public void Encrypted_pdf_with_an_empty_user_password_is_read()
    {
        var result = new DocumentReader().Read(Path.Combine(Fixtures, "encrypted-empty-user-password.pdf"));
        Assert.Empty(result.Errors);
        Assert.Contains("Ankle dorsiflexion   5/5   3/5", result.Document!.Text);
    }

    [Fact]
    public void Five_hundred_page_pdf_is_read_whole()
    {
        using var dir = new TempDir();
        var pages = Enumerable.Range(1, 500).Select(n => TestPdf.Lines($"Visit note page {n}", "Back pain unchanged.")).ToArray();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var result = new DocumentReader().Read(TestPdf.Write(dir.Path, "big.pdf", TestPdf.Build(pages)));
        watch.Stop();
        var doc = result.Document!;
        Assert.Equal(500, doc.Pages.Count);
        Assert.Equal(499, doc.Text.Count(c => c == '\f'));
        var at = doc.Text.IndexOf("Visit note page 377\n", StringComparison.Ordinal);
        Assert.Equal(377, doc.PageAt(at));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"500 pages took {watch.Elapsed}");
    }

    [Fact]
    public void Messages_never_carry_document_text()
    {
        using var dir = new TempDir();
        var path = TestPdf.Write(dir.Path, "scan.pdf", TestPdf.Build(TestPdf.Lines("SECRETPATIENTNAME visit"), TestPdf.ImagePage()));
        var result = new DocumentReader().Read(path);
        Assert.NotEmpty(result.Errors);
        Assert.All(result.Errors, e => Assert.DoesNotContain("SECRETPATIENTNAME", e.Message));
    }
}
