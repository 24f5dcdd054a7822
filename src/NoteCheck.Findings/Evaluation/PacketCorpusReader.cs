using System.Text.Json;
using System.Text.RegularExpressions;
using NoteCheck.Core;

namespace NoteCheck.Findings.Evaluation;

/// <summary>
/// Reads the packet corpus (corpora/packets/&lt;split&gt;-NNN-slug/: notes, request.json, expected.json) into
/// labeled documents: each gold mention's text is located in its file (the n-th occurrence when given).
/// </summary>
public static partial class PacketCorpusReader
{
    public static (List<LabeledDocument> Documents, List<CorpusIssue> Issues) Read(string folder, string? split)
    {
        var documents = new List<LabeledDocument>();
        var issues = new List<CorpusIssue>();
        foreach (var dir in Directory.GetDirectories(folder).OrderBy(d => d, StringComparer.Ordinal))
        {
            var name = Path.GetFileName(dir);
            var m = PacketName().Match(name);
            if (!m.Success) continue;
            var packetSplit = m.Groups["split"].Value;
            if (split is not null && packetSplit != split) continue;
            var expectedPath = Path.Combine(dir, "expected.json");
            if (!File.Exists(expectedPath)) { issues.Add(new(name, "no expected.json")); continue; }
            var request = ReadRequest(Path.Combine(dir, "request.json"));
            using var expected = JsonDocument.Parse(File.ReadAllText(expectedPath));
            var byFile = new Dictionary<string, List<JsonElement>>(StringComparer.Ordinal);
            if (expected.RootElement.TryGetProperty("findings", out var findings))
                foreach (var f in findings.EnumerateArray())
                {
                    var file = f.GetProperty("file").GetString()!;
                    if (!byFile.TryGetValue(file, out var list)) byFile[file] = list = [];
                    list.Add(f);
                }
            foreach (var path in Directory.GetFiles(dir).Where(IsNote).OrderBy(p => p, StringComparer.Ordinal))
            {
                var fileName = Path.GetFileName(path);
                var doc = TextDocuments.FromText(fileName, File.ReadAllText(path));
                var gold = new List<GoldMention>();
                foreach (var f in byFile.GetValueOrDefault(fileName) ?? [])
                {
                    var text = f.GetProperty("text").GetString()!;
                    var occurrence = f.TryGetProperty("occurrence", out var o) && o.ValueKind == JsonValueKind.Number ? o.GetInt32() : 1;
                    var start = Find(doc.Text, text, occurrence);
                    if (start < 0) { issues.Add(new($"{name}/{fileName}", $"gold text of a {f.GetProperty("type").GetString()} mention not found")); continue; }
                    gold.Add(new GoldMention(f.GetProperty("type").GetString()!,
                        TextDocuments.ParseAssertion(f.TryGetProperty("assertion", out var a) ? a.GetString() : null), start, start + text.Length));
                }
                documents.Add(new LabeledDocument($"{name}/{fileName}", packetSplit, doc, request, gold));
            }
        }
        return (documents, issues);
    }

    private static bool IsNote(string path) => path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".md", StringComparison.OrdinalIgnoreCase);

    private static int Find(string text, string needle, int occurrence)
    {
        var at = -1;
        for (var i = 0; i < Math.Max(1, occurrence); i++)
        {
            at = text.IndexOf(needle, at + 1, StringComparison.Ordinal);
            if (at < 0) return -1;
        }
        return at;
    }

    /// <summary>The request fields the detector uses (patient DOB, request date); null when absent or unreadable.</summary>
    public static ImagingRequest? ReadRequest(string path)
    {
        if (!File.Exists(path)) return null;
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(path));
            var root = doc.RootElement;
            DateOnly? Date(JsonElement e, string key) =>
                e.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String && DateOnly.TryParse(v.GetString(), System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : null;
            string? Str(JsonElement e, string key) => e.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            Patient? patient = root.TryGetProperty("patient", out var p) && p.ValueKind == JsonValueKind.Object ? new Patient(Str(p, "name"), Date(p, "dob"), Str(p, "sex")) : null;
            return new ImagingRequest { RequestId = Str(root, "requestId"), Cpt = Str(root, "cpt"), RequestDate = Date(root, "requestDate"), Patient = patient };
        }
        catch (JsonException) { return null; }
    }

    [GeneratedRegex(@"^(?<split>train|dev|test)-\d{3}-")]
    private static partial Regex PacketName();
}
