using NoteCheck.Core;
using NoteCheck.Findings;
using NoteCheck.Findings.Evaluation;
using NoteCheck.Text;

namespace NoteCheck.Findings.Tests;

/// <summary>Runs the default text pipeline and detector on real text.</summary>
internal static class Detect
{
    public static IReadOnlyList<Finding> Text(string text, ImagingRequest? request = null, string file = "note.txt") =>
        FindingDetector.Default.Detect(TextPipeline.Default.Analyze(TextDocuments.FromText(file, text)), new FindingContext(request));

    public static IReadOnlyList<Finding> File(string name, ImagingRequest? request = null)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Notes", name);
        return Text(System.IO.File.ReadAllText(path), request, name);
    }

    public static string Name(Assertion a) => TextDocuments.Name(a);
}
