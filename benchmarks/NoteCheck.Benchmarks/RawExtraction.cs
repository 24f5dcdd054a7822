using UglyToad.PdfPig;

namespace NoteCheck.Benchmarks;

/// <summary>The baseline every figure is read against: PdfPig's own word extraction of the same PDFs.</summary>
public static class RawExtraction
{
    /// <summary>Opens each PDF and runs <c>page.GetWords()</c> over every page; returns the word count.</summary>
    public static int Words(IReadOnlyList<string> pdfs)
    {
        var words = 0;
        foreach (var path in pdfs)
        {
            using var document = PdfDocument.Open(path);
            foreach (var page in document.GetPages())
                foreach (var _ in page.GetWords()) words++;
        }
        return words;
    }
}
