using System.Text.Json;
using NoteCheck.Core;
using NoteCheck.Text;

namespace NoteCheck.Findings.Evaluation;

/// <summary>
/// The findings branches of <c>notecheck eval</c>:
/// <code>
///   eval --corpus corpora/packets [--split train|dev|test] [--errors] [--show-text] [--export-spans FILE]
///   eval --corpus corpora/findings/spans.jsonl [--split S]
///   eval --corpus corpora/mtsamples/labels.jsonl --csv ../shared/data/mtsamples-spine-dev.csv [--errors]
/// </code>
/// Prints per-type precision / recall / F1 (mention and note level). Expected problems (a gold text not found,
/// a missing note id) are reported as lines, not exceptions.
/// </summary>
public static class FindingsEval
{
    /// <summary>Whether a --corpus path is one of the findings corpora (packet folder, span JSONL, MTSamples labels).</summary>
    public static bool Handles(string path)
    {
        if (Directory.Exists(path)) return true;
        if (!File.Exists(path) || !path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase)) return false;
        var first = File.ReadLines(path).FirstOrDefault(l => !string.IsNullOrWhiteSpace(l));
        if (first is null) return false;
        try
        {
            using var doc = JsonDocument.Parse(first);
            return doc.RootElement.TryGetProperty("spans", out _) || doc.RootElement.TryGetProperty("labels", out _);
        }
        catch (JsonException) { return false; }
    }

    /// <param name="detectorFactory">The detector to score (the CLI passes the rules with the sentence classifier); default the rules.</param>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, Func<IFindingDetector>? detectorFactory = null)
    {
        var corpora = new List<string>();
        string? split = null, export = null, csv = null;
        bool errors = false, showText = false;
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            try
            {
                switch (args[i])
                {
                    case "--corpus": corpora.Add(Next()); break;
                    case "--split": split = Next(); break;
                    case "--export-spans": export = Next(); break;
                    case "--csv": csv = Next(); break;
                    case "--errors": errors = true; break;
                    case "--show-text": showText = true; break;
                    case "--show": return Show(Next(), stdout, detectorFactory?.Invoke() ?? FindingDetector.Default);
                    default:
                        if (!args[i].StartsWith("--")) { corpora.Add(args[i]); break; }
                        stderr.WriteLine($"notecheck eval: unknown option {args[i]}");
                        return 1;
                }
            }
            catch (ArgumentException e) { stderr.WriteLine($"notecheck eval: {e.Message}"); return 1; }
        }
        if (corpora.Count == 0) { stderr.WriteLine("usage: notecheck eval --corpus PATH... [--split S] [--export-spans FILE] [--csv FILE] [--errors]"); return 1; }
        if (split is not null && split is not ("train" or "dev" or "test")) { stderr.WriteLine("notecheck eval: --split must be train, dev or test"); return 1; }

        IFindingDetector detector;
        try { detector = detectorFactory?.Invoke() ?? FindingDetector.Default; }
        catch (InvalidRuleFileException e) { stderr.WriteLine($"notecheck eval: bad rule file: {e.Message}"); return 1; }
        var pipeline = TextPipeline.Default;
        var documents = new List<LabeledDocument>();
        foreach (var path in corpora)
        {
            if (IsMtSamplesLabels(path))
            {
                if (csv is null) { stderr.WriteLine("notecheck eval: MTSamples labels need --csv (../shared/data/mtsamples-spine-dev.csv)"); return 1; }
                if (!File.Exists(csv)) { stderr.WriteLine($"notecheck eval: {csv} not found"); return 1; }
                MtSamplesEvaluator.Result result;
                try { result = new MtSamplesEvaluator(detector, pipeline).Evaluate(path, csv); }
                catch (InvalidDataException e)
                {
                    stderr.WriteLine($"notecheck eval: {e.Message}");
                    return 1;
                }
                stdout.Write(result.Present.Format($"MTSamples note level ({result.Notes} notes): 'present' per type"));
                foreach (var id in result.MissingIds) stderr.WriteLine($"warning: note id {id} not in {Path.GetFileName(csv)}");
                if (errors)
                    foreach (var (id, type, gold, predicted) in result.Errors)
                        stdout.WriteLine($"  {(gold ? "FN" : "FP")} {type} note {id}");
                continue;
            }
            var (docs, issues) = LabeledCorpus.Read(path, split);
            foreach (var issue in issues) stderr.WriteLine($"warning: {issue.Where}: {issue.Message}");
            documents.AddRange(docs);
        }
        if (export is not null)
        {
            SpanCorpus.Write(export, documents);
            stdout.WriteLine($"wrote {documents.Count} documents, {documents.Sum(d => d.Gold.Count)} spans to {export}");
        }
        if (documents.Count == 0) return export is null && corpora.All(c => !IsMtSamplesLabels(c)) ? 2 : 0;

        var evaluator = new FindingsEvaluator(detector, pipeline);
        var predictions = evaluator.Run(documents);
        foreach (var id in evaluator.Failed)
            stderr.WriteLine($"warning: {id}: findings could not be read from this document; scored as finding nothing");
        var scope = $"{documents.Count} documents{(split is null ? "" : $", split {split}")}";
        stdout.Write(FindingsEvaluator.MentionLevel(predictions).Format($"Mention level ({scope}; same type + assertion + overlapping span; P over findings, R over gold mentions)"));
        stdout.WriteLine();
        stdout.Write(FindingsEvaluator.NoteLevel(predictions).Format($"Note level ({scope}; 'present' per document and type)"));
        if (errors) PrintErrors(predictions, stdout, showText);
        return 0;
    }

    /// <summary>Lists the findings of one text file (for rule authors; evidence offsets and rule ids).</summary>
    private static int Show(string path, TextWriter w, IFindingDetector detector)
    {
        if (!File.Exists(path)) { w.WriteLine($"{path}: not found"); return 1; }
        var doc = TextDocuments.FromText(Path.GetFileName(path), File.ReadAllText(path));
        var text = TextPipeline.Default.Analyze(doc);
        foreach (var f in detector.Detect(text, FindingContext.Empty))
        {
            var attrs = string.Join(" ", f.Attributes.Select(a => $"{a.Key}={(a.Value is DateOnly d ? d.ToString("yyyy-MM-dd") : a.Value)}"));
            var spans = string.Join(" | ", f.Evidence.Select(e => $"[{e.Start},{e.End}) {e.Text.Replace("\n", "\\n")}"));
            w.WriteLine($"{f.Type} {TextDocuments.Name(f.Assertion)} note={f.NoteIndex} sec={f.Section} lat={f.Laterality} lvl={f.Level} {attrs} {f.RuleId} :: {spans}");
        }
        return 0;
    }

    private static bool IsMtSamplesLabels(string path)
    {
        if (!File.Exists(path)) return false;
        var first = File.ReadLines(path).FirstOrDefault(l => !string.IsNullOrWhiteSpace(l));
        if (first is null) return false;
        try { using var d = JsonDocument.Parse(first); return d.RootElement.TryGetProperty("noteId", out _); }
        catch (JsonException) { return false; }
    }

    private static void PrintErrors(IEnumerable<Prediction> predictions, TextWriter w, bool showText)
    {
        w.WriteLine();
        w.WriteLine("Errors (FN: gold mention not found; FP: finding matching no gold mention):");
        foreach (var p in predictions)
        {
            var text = p.Document.Document.Text;
            string Snip(int s, int e) => showText ? " \"" + text[s..e].Replace("\n", "\\n") + "\"" : "";
            foreach (var g in p.Document.Gold.Where(g => !p.Findings.Any(f => FindingsEvaluator.Matches(f, g))))
            {
                var near = p.Findings.Where(f => f.Type == g.Type && f.Evidence.Any(e => e.Start < g.End && g.Start < e.End)).Select(f => TextDocuments.Name(f.Assertion)).FirstOrDefault();
                w.WriteLine($"  FN {g.Type} {TextDocuments.Name(g.Assertion)} {p.Document.Id} [{g.Start},{g.End}){(near is null ? "" : $" (found as {near})")}{Snip(g.Start, g.End)}");
            }
            foreach (var f in p.Findings.Where(f => !p.Document.Gold.Any(g => FindingsEvaluator.Matches(f, g))))
            {
                var e = f.Evidence.FirstOrDefault();
                w.WriteLine($"  FP {f.Type} {TextDocuments.Name(f.Assertion)} {p.Document.Id} [{e?.Start},{e?.End}) {f.RuleId}{(e is null ? "" : Snip(e.Start, e.End))}");
            }
        }
    }
}
