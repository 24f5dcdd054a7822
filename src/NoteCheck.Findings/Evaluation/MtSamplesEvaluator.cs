using System.Text;
using System.Text.Json;
using NoteCheck.Core;
using NoteCheck.Text;

namespace NoteCheck.Findings.Evaluation;

/// <summary>
/// Note-level evaluation on the real MTSamples spine notes: joins corpora/mtsamples/labels.jsonl
/// ({"noteId", "labels": {type: present|absent|not_mentioned}}) with the CSV's transcription column at run
/// time (the note text is never copied into the repository), reads each note as a one-document text packet,
/// and scores "present" per type.
/// </summary>
public sealed class MtSamplesEvaluator(IFindingDetector detector, TextPipeline pipeline)
{
    public sealed record Result(ScoreTable Present, int Notes, IReadOnlyList<string> MissingIds, IReadOnlyList<(string NoteId, string Type, bool Gold, bool Predicted)> Errors);

    public Result Evaluate(string labelsPath, string csvPath)
    {
        var notes = ReadCsv(csvPath);
        var labelTypes = LabelTypes.Read(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(labelsPath))!, LabelTypes.FileName));
        var table = new ScoreTable();
        var missing = new List<string>();
        var errors = new List<(string, string, bool, bool)>();
        var count = 0;
        foreach (var line in File.ReadLines(labelsPath))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var doc = JsonDocument.Parse(line);
            var id = doc.RootElement.GetProperty("noteId").GetString()!;
            if (!notes.TryGetValue(id, out var text)) { missing.Add(id); continue; }
            count++;
            var document = TextDocuments.FromText($"mtsamples-{count:000}.txt", MtSamplesText(text));
            var findings = detector.Detect(pipeline.Analyze(document), FindingContext.Empty);
            var present = findings.Where(f => f.Assertion == Assertion.Present).ToList();
            foreach (var label in doc.RootElement.GetProperty("labels").EnumerateObject())
            {
                var gold = label.Value.GetString() == "present";
                var predicted = present.Any(f => labelTypes.Counts(label.Name, f));
                FindingsEvaluator.Score(table.For(label.Name), gold, predicted);
                if (gold != predicted) errors.Add((id, label.Name, gold, predicted));
            }
        }
        return new Result(table, count, missing, errors);
    }

    /// <summary>
    /// MTSamples transcriptions flatten the note: section headers run into the text as ",HEADER: ,".
    /// Put each header on its own line so the text layer sees sections, as in a dictated note.
    /// </summary>
    public static string MtSamplesText(string transcription)
    {
        var sb = new StringBuilder(transcription.Length + 64);
        var t = transcription.Replace(": ,", ":\n").Replace(".,", ".\n");
        foreach (var raw in t.Split('\n'))
        {
            var line = raw.Trim().TrimStart(',').Trim();
            if (line.Length > 0) sb.Append(line).Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>note_ids -> transcription from an RFC 4180 CSV (quoted fields may hold commas and line breaks).</summary>
    public static Dictionary<string, string> ReadCsv(string path)
    {
        var rows = ParseCsv(File.ReadAllText(path));
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (rows.Count == 0) return result;
        var header = rows[0];
        var idCol = header.IndexOf("note_ids");
        var textCol = header.IndexOf("transcription");
        if (idCol < 0 || textCol < 0) throw new FormatException($"{Path.GetFileName(path)}: needs columns note_ids and transcription");
        foreach (var row in rows.Skip(1))
            if (row.Count > Math.Max(idCol, textCol)) result[row[idCol]] = row[textCol];
        return result;
    }

    public static List<List<string>> ParseCsv(string csv)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
                continue;
            }
            switch (c)
            {
                case '"': quoted = true; break;
                case ',': row.Add(field.ToString()); field.Clear(); break;
                case '\r': break;
                case '\n': row.Add(field.ToString()); field.Clear(); rows.Add(row); row = []; break;
                default: field.Append(c); break;
            }
        }
        if (field.Length > 0 || row.Count > 0) { row.Add(field.ToString()); rows.Add(row); }
        return rows;
    }
}

/// <summary>
/// The findings that count as a label's "present" where the labels' written definition is not one finding type
/// (corpora/mtsamples/label-types.json): each entry a type, optionally with notWhere {attribute: [values]}.
/// A label not listed counts its own type.
/// </summary>
public sealed class LabelTypes
{
    public const string FileName = "label-types.json";
    private sealed record Entry(string Type, IReadOnlyDictionary<string, string[]> NotWhere);
    private readonly Dictionary<string, Entry[]> _byLabel;
    private LabelTypes(Dictionary<string, Entry[]> byLabel) => _byLabel = byLabel;

    public static readonly LabelTypes None = new([]);

    public static LabelTypes Read(string path)
    {
        if (!File.Exists(path)) return None;
        JsonDocument doc;
        try { doc = JsonDocument.Parse(File.ReadAllText(path)); }
        catch (JsonException e) { throw new InvalidDataException($"{Path.GetFileName(path)}: not valid JSON ({e.Message})"); }
        using var _ = doc;
        var byLabel = new Dictionary<string, Entry[]>(StringComparer.Ordinal);
        foreach (var label in doc.RootElement.EnumerateObject())
        {
            if (label.Name.StartsWith('_')) continue;
            byLabel[label.Name] = label.Value.EnumerateArray().Select(e =>
            {
                foreach (var key in e.EnumerateObject())
                    if (key.Name is not ("type" or "notWhere"))
                        throw new InvalidDataException($"{Path.GetFileName(path)}: label '{label.Name}': unknown key '{key.Name}' (type, notWhere)");
                var notWhere = e.TryGetProperty("notWhere", out var nw)
                    ? nw.EnumerateObject().ToDictionary(a => a.Name, a => a.Value.EnumerateArray().Select(v => v.GetString()!).ToArray(), StringComparer.Ordinal)
                    : new Dictionary<string, string[]>(StringComparer.Ordinal);
                if (!e.TryGetProperty("type", out var type) || type.GetString() is not { } typeName)
                    throw new InvalidDataException($"{Path.GetFileName(path)}: label '{label.Name}': an entry without 'type'");
                return new Entry(typeName, notWhere);
            }).ToArray();
        }
        return new LabelTypes(byLabel);
    }

    public bool Counts(string label, Finding finding) =>
        _byLabel.TryGetValue(label, out var entries)
            ? entries.Any(e => e.Type == finding.Type &&
                               !e.NotWhere.Any(a => finding.Attributes.TryGetValue(a.Key, out var v) && a.Value.Contains(v?.ToString(), StringComparer.Ordinal)))
            : label == finding.Type;
}
