using NoteCheck.Core;

namespace NoteCheck.Findings.Evaluation;

/// <summary>A gold mention: a type and assertion over [Start, End) of one document.</summary>
public sealed record GoldMention(string Type, Assertion Assertion, int Start, int End);

/// <summary>One labeled document of a corpus: its text, where it came from, and its gold mentions.</summary>
public sealed record LabeledDocument(string Id, string Split, SourceDocument Document, ImagingRequest? Request, IReadOnlyList<GoldMention> Gold);

/// <summary>Problems met while reading a corpus (a gold text not found in its file); reported, never thrown.</summary>
public sealed record CorpusIssue(string Where, string Message);

/// <summary>A labeled corpus by its path: a packet folder or a span JSONL file (contract §6).</summary>
public static class LabeledCorpus
{
    /// <summary>The documents of the split (all when null) and the problems met; a path that is neither is one problem.</summary>
    public static (List<LabeledDocument> Documents, List<CorpusIssue> Issues) Read(string path, string? split) =>
        Directory.Exists(path) ? PacketCorpusReader.Read(path, split)
        : File.Exists(path) ? SpanCorpus.Read(path, split)
        : ([], [new(path, "not found")]);
}

public static class TextDocuments
{
    /// <summary>A text file as NoteCheck reads it: '\n' line ends, one page, no geometry.</summary>
    public static SourceDocument FromText(string fileName, string text)
    {
        text = text.Replace("\r\n", "\n").Replace('\r', '\n');
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        return new SourceDocument(fileName, text, [new PageInfo(1, PageStatus.Text, 0, text.Length, 612, 792)], null);
    }

    public static Assertion ParseAssertion(string? s) => s?.ToLowerInvariant() switch
    {
        null or "" or "present" => Assertion.Present,
        "absent" => Assertion.Absent,
        "possible" => Assertion.Possible,
        "historical" => Assertion.Historical,
        "hypothetical" => Assertion.Hypothetical,
        "family" => Assertion.Family,
        _ => throw new FormatException($"unknown assertion '{s}'"),
    };

    public static string Name(Assertion a) => a.ToString().ToLowerInvariant();
}
