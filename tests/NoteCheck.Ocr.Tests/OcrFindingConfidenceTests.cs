using NoteCheck.Core;
using NoteCheck.Pipeline;

namespace NoteCheck.Ocr.Tests;

public sealed class OcrFindingConfidenceTests
{
    [Fact]
    public void Findings_on_OCR_pages_carry_the_page_confidence_and_typed_ones_do_not_change()
    {
        const string text = "Typed note.\fScanned note.";
        var pages = new[]
        {
            new PageInfo(1, PageStatus.Text, 0, 11, 612, 792),
            new PageInfo(2, PageStatus.Ocr, 12, 25, 612, 792) { OcrConfidence = 80 },
        };
        var doc = new SourceDocument("packet.pdf", text, pages, null);
        Finding At(int start, int end) => new() { Type = "back_pain", RuleId = "r1", Confidence = 0.9, Evidence = [doc.Evidence(start, end)] };

        var result = OcrFindingConfidence.Apply([At(0, 5), At(12, 19)], [doc]);

        Assert.Equal(0.9, result[0].Confidence, 6);
        Assert.Equal(0.72, result[1].Confidence, 6);
    }
}
