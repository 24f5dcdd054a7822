using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace NoteCheck.Cli.Tests;

/// <summary>Real PDFs for CLI tests: one page per array of lines, or an empty (image-less, text-less) page for null.</summary>
public static class PdfMaker
{
    public static byte[] Pages(params string[]?[] pages)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var lines in pages)
        {
            var page = builder.AddPage(PageSize.Letter);
            if (lines is null) continue;
            for (var i = 0; i < lines.Length; i++) page.AddText(lines[i], 11, new PdfPoint(72, 720 - 14 * i), font);
        }
        return builder.Build();
    }
}
