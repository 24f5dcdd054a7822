using System.Text.RegularExpressions;
using NoteCheck.Core;
using NoteCheck.Pipeline;
using NoteCheck.Text;

namespace NoteCheck.Findings.Tests;

/// <summary>A detector failure on one document (a rule's regex time limit, say) costs that document its findings, not the packet, and never lets the packet be approved.</summary>
public sealed class DetectorFailureTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "nc-detector-failure-" + Guid.NewGuid().ToString("N"));

    public DetectorFailureTests() => Directory.CreateDirectory(_dir);
    public void Dispose() => Directory.Delete(_dir, true);

    /// <summary>The real detector, except that it times out on one named file.</summary>
    private sealed class TimesOutOn(string fileName) : IFindingDetector
    {
        public IReadOnlyList<Finding> Detect(ClinicalText text, FindingContext context) =>
            text.Document.FileName == fileName
                ? throw new RegexMatchTimeoutException("pattern", "input", TimeSpan.FromSeconds(1))
                : FindingDetector.Default.Detect(text, context);
    }

    [Fact]
    public void Failure_on_one_document_keeps_the_others_and_refers()
    {
        File.WriteAllText(Path.Combine(_dir, "2024-02-12-consult.txt"), string.Join("\n",
            "Neurosurgery consult   Date of service: 02/12/2024",
            "Patient: Dana R. Whitlock   DOB 05/02/1979",
            "HPI: New onset left foot drop for 10 days. Denies saddle anesthesia.",
            "Exam: left ankle dorsiflexion 0/5. Decreased pinprick over the left L5 dermatome.",
            "MRI is contraindicated: non-MR-conditional pacemaker.") + "\n");
        File.WriteAllText(Path.Combine(_dir, "2024-02-10-imaging.txt"),
            "Radiology report   Date of service: 02/10/2024\nPatient: Dana R. Whitlock   DOB 05/02/1979\nLumbar spine radiographs: mild spondylosis.\n");
        var request = new ImagingRequest { RequestId = "T-2", Cpt = "72131", RequestDate = new DateOnly(2024, 2, 13) };

        var healthy = new PacketProcessor().Process([_dir], request);
        Assert.Equal(Outcomes.CriteriaMet, healthy.Outcome);

        var failing = new PacketProcessor(detector: new TimesOutOn("2024-02-10-imaging.txt")).Process([_dir], request);
        Assert.Equal(Outcomes.ReferToReviewer, failing.Outcome);
        Assert.Equal("analysis_incomplete", failing.Reasons[0].Code);
        var error = Assert.Single(failing.Errors, e => e.Code == "findings_failed");
        Assert.Equal("2024-02-10-imaging.txt", error.File);
        Assert.DoesNotContain("Whitlock", error.Message);
        Assert.Contains(failing.Findings, f => f.Type == "foot_drop" && f.DocumentFile == "2024-02-12-consult.txt");
        Assert.DoesNotContain(failing.Findings, f => f.DocumentFile == "2024-02-10-imaging.txt");
    }
}
