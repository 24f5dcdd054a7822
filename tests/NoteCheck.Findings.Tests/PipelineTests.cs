using NoteCheck.Core;
using NoteCheck.Pipeline;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace NoteCheck.Findings.Tests;

/// <summary>Findings through the whole packet processor, from a text file and from a real PDF.</summary>
public sealed class PipelineTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "nc-findings-packet-" + Guid.NewGuid().ToString("N"));

    public PipelineTests() => Directory.CreateDirectory(_dir);
    public void Dispose() => Directory.Delete(_dir, true);

    private static readonly string[] Lines =
    [
        "Neurosurgery consult   DOS 02/12/2024",
        "Patient: Dana R. Whitlock   DOB 05/02/1979",
        "HPI: New onset left foot drop for 10 days. Denies saddle anesthesia.",
        "Exam: left ankle dorsiflexion 0/5. Decreased pinprick over the left L5 dermatome.",
        "MRI is contraindicated: non-MR-conditional pacemaker.",
    ];

    [Fact]
    public void Text_packet_findings_reach_the_decision_with_exact_evidence()
    {
        File.WriteAllText(Path.Combine(_dir, "2024-02-12-consult.txt"), string.Join("\n", Lines) + "\n");
        var decision = new PacketProcessor().Process([_dir], new ImagingRequest { RequestId = "T-1" });
        var text = File.ReadAllText(Path.Combine(_dir, "2024-02-12-consult.txt"));
        Assert.Contains(decision.Findings, f => f.Type == "foot_drop" && f.Assertion == Assertion.Present && f.Laterality == "left");
        Assert.Contains(decision.Findings, f => f.Type == "dermatomal_sensory_loss" && f.Level == "L5");
        Assert.Contains(decision.Findings, f => f.Type == "saddle_anesthesia" && f.Assertion == Assertion.Absent);
        Assert.All(decision.Findings.SelectMany(f => f.Evidence), e => Assert.Equal(text[e.Start..e.End], e.Text));
    }

    [Fact]
    public void Pdf_packet_findings_carry_page_and_box()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.Letter);
        for (var i = 0; i < Lines.Length; i++) page.AddText(Lines[i], 10, new PdfPoint(72, 720 - 14 * i), font);
        File.WriteAllBytes(Path.Combine(_dir, "consult.pdf"), builder.Build());

        var decision = new PacketProcessor().Process([_dir], new ImagingRequest { RequestId = "T-2" });
        var drop = Assert.Single(decision.Findings, f => f.Type == "foot_drop" && f.Assertion == Assertion.Present);
        var e = drop.Evidence[0];
        Assert.Equal("consult.pdf", e.Document);
        Assert.Equal(1, e.Page);
        Assert.NotNull(e.Bbox);
        Assert.True(e.Bbox!.Value.Y0 > 600 && e.Bbox.Value.Y1 < 740);
        Assert.Contains(decision.Findings, f => f.Type == "mri_contraindication" && f.Assertion == Assertion.Present && f.Attr<string>("reason") == "pacemaker_icd");
    }
}
