using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NoteCheck.Findings.Evaluation;

/// <summary>
/// The contract §6 span corpus (Prodigy/doccano-style JSONL): {"text", "spans": [{"start","end","label","assertion"}], "meta": {"id","split"}}.
/// Written from the packet corpus, read back for evaluation.
/// </summary>
public static class SpanCorpus
{
    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(string path, IEnumerable<LabeledDocument> documents)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var w = new StreamWriter(path, false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
        foreach (var d in documents)
        {
            var spans = new JsonArray();
            foreach (var g in d.Gold.OrderBy(g => g.Start).ThenBy(g => g.End).ThenBy(g => g.Type, StringComparer.Ordinal))
                spans.Add(new JsonObject { ["start"] = g.Start, ["end"] = g.End, ["label"] = g.Type, ["assertion"] = TextDocuments.Name(g.Assertion) });
            var line = new JsonObject
            {
                ["text"] = d.Document.Text,
                ["spans"] = spans,
                ["meta"] = Meta(d),
            };
            w.WriteLine(line.ToJsonString(Compact));
        }
    }

    /// <summary>id and split, plus the request facts the detector reads (patient DOB, request date) so a span corpus evaluates like its packets.</summary>
    private static JsonObject Meta(LabeledDocument d)
    {
        var meta = new JsonObject { ["id"] = d.Id, ["split"] = d.Split };
        if (d.Request?.RequestDate is { } rd) meta["requestDate"] = rd.ToString("yyyy-MM-dd");
        if (d.Request?.Patient?.Dob is { } dob) meta["patientDob"] = dob.ToString("yyyy-MM-dd");
        return meta;
    }

    public static (List<LabeledDocument> Documents, List<CorpusIssue> Issues) Read(string path, string? split)
    {
        var documents = new List<LabeledDocument>();
        var issues = new List<CorpusIssue>();
        var lineNo = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            JsonNode? node;
            try { node = JsonNode.Parse(line); }
            catch (JsonException) { issues.Add(new($"{Path.GetFileName(path)}:{lineNo}", "not JSON")); continue; }
            var text = node?["text"]?.GetValue<string>();
            if (text is null) { issues.Add(new($"{Path.GetFileName(path)}:{lineNo}", "no text")); continue; }
            var id = node?["meta"]?["id"]?.GetValue<string>() ?? $"line-{lineNo}";
            var docSplit = node?["meta"]?["split"]?.GetValue<string>() ?? "";
            if (split is not null && docSplit != split) continue;
            var gold = new List<GoldMention>();
            foreach (var s in node?["spans"]?.AsArray() ?? [])
            {
                var start = s!["start"]!.GetValue<int>();
                var end = s["end"]!.GetValue<int>();
                if (start < 0 || end > text.Length || end < start) { issues.Add(new(id, "span outside text")); continue; }
                gold.Add(new GoldMention(s["label"]!.GetValue<string>(), TextDocuments.ParseAssertion(s["assertion"]?.GetValue<string>()), start, end));
            }
            var fileName = id.Contains('/') ? id[(id.LastIndexOf('/') + 1)..] : id + ".txt";
            DateOnly? Date(string key) => node?["meta"]?[key]?.GetValue<string>() is { } v && DateOnly.TryParse(v, System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : null;
            var request = Date("requestDate") is null && Date("patientDob") is null ? null
                : new Core.ImagingRequest { RequestDate = Date("requestDate"), Patient = new Core.Patient(null, Date("patientDob"), null) };
            documents.Add(new LabeledDocument(id, docSplit, TextDocuments.FromText(fileName, text), request, gold));
        }
        return (documents, issues);
    }
}
