using NoteCheck.Classifiers;
using NoteCheck.Findings.Evaluation;
using NoteCheck.Pipeline.Evaluation;
using NoteCheck.Text;
using NoteCheck.Text.Evaluation;

namespace NoteCheck.Cli.Commands;

/// <summary>
/// `notecheck eval --corpus FILE... [--split NAME] [--errors]`: a small dispatcher by corpus format; the evaluators
/// live in the projects they measure. `--errors` lists misses of train/dev lines (never of test).
/// </summary>
internal static class EvalCommand
{
    public static int Run(string[] args)
    {
        // Findings corpora (packet folders, span JSONL, MTSamples labels) are scored by NoteCheck.Findings.
        var named = args.Where((a, i) => i > 0 && args[i - 1] == "--corpus").ToList();
        string? model = null;
        var at = Array.IndexOf(args, "--model");
        if (at >= 0 && at + 1 < args.Length)
        {
            model = args[at + 1];
            args = [.. args.Where((_, i) => i != at && i != at + 1)];
        }
        if (args.Contains("--classifier")) return EvalClassifier(named, args, model);
        if (args.Contains("--show") || (named.Count > 0 && named.All(FindingsEval.Handles)))
        {
            var code = FindingsEval.Run(args, Console.Out, Console.Error, () => Services.Detector(model));
            return code != 0 || args.Contains("--show") ? code : EvalOutcomes(named.Where(Directory.Exists), args, model);
        }
        var corpora = new List<string>();
        var showErrors = false;
        string? onlySplit = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--corpus" && i + 1 < args.Length) { while (i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal)) corpora.Add(args[++i]); }
            else if (args[i] == "--errors") showErrors = true;
            else if (args[i] == "--split" && i + 1 < args.Length) onlySplit = args[++i];
            else if (args[i] == "--model" && i + 1 < args.Length) i++;
            else { Console.Error.WriteLine("usage: notecheck eval --corpus FILE... [--model MODEL.zip] [--split NAME] [--errors]"); return 1; }
        }
        if (corpora.Count == 0) { Console.Error.WriteLine("usage: notecheck eval --corpus FILE... [--model MODEL.zip] [--split NAME] [--errors]"); return 1; }
        foreach (var path in corpora)
        {
            if (!File.Exists(path)) { Console.Error.WriteLine($"notecheck eval: {Path.GetFileName(path)} not found"); return 1; }
            var code = FormatOf(path) switch
            {
                CorpusFormat.NegExTsv => EvalNegEx(path, showErrors),
                CorpusFormat.Assertion => EvalAssertions(path, showErrors, onlySplit),
                _ => Unsupported(path),
            };
            if (code != 0) return code;
        }
        return 0;
    }

    // `eval --corpus FOLDER --split S --classifier`: the sentence classifier alone, per label, on the corpus's sentences.
    private static int EvalClassifier(List<string> corpora, string[] args, string? model)
    {
        var at = Array.IndexOf(args, "--split");
        var split = at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
        var settings = ClassifierSettings.Default;
        var path = Services.ModelPath(model) ?? settings.ModelPath;
        if (!File.Exists(path)) { Console.Error.WriteLine($"notecheck eval: model {Path.GetFileName(path)} not found (notecheck train)"); return 1; }
        var documents = corpora.Where(Directory.Exists).SelectMany(c => PacketCorpusReader.Read(c, split).Documents).ToList();
        if (documents.Count == 0) { Console.Error.WriteLine("notecheck eval: --classifier needs a packet corpus folder with documents of the split"); return 2; }
        var table = SentenceClassifierEval.Score(SentenceClassifier.Load(path), settings, documents, TextPipeline.Default);
        Console.Write(table.Format($"Sentence classifier alone ({documents.Count} documents{(split is null ? "" : $", split {split}")}; per sentence and label 'type|assertion')"));
        return 0;
    }

    // A packet folder also gets its decision outcomes (false criteria_met first), the figure the findings serve.
    private static int EvalOutcomes(IEnumerable<string> packetFolders, string[] args, string? model)
    {
        var at = Array.IndexOf(args, "--split");
        var split = at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
        var results = packetFolders.SelectMany(f => PacketOutcomes.Evaluate(Services.Processor(model), f, split)).ToList();
        if (results.Count == 0) return 0;
        Console.WriteLine();
        PacketOutcomes.Write(results, Console.Out);
        return 0;
    }

    private enum CorpusFormat { Assertion, NegExTsv, Other }

    private static CorpusFormat FormatOf(string path)
    {
        if (path.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase)) return CorpusFormat.NegExTsv;
        var first = File.ReadLines(path).FirstOrDefault(l => !string.IsNullOrWhiteSpace(l)) ?? "";
        return first.Contains("\"target\"", StringComparison.Ordinal) && first.Contains("\"assertion\"", StringComparison.Ordinal)
            ? CorpusFormat.Assertion : CorpusFormat.Other;
    }

    private static int Unsupported(string path)
    {
        Console.Error.WriteLine($"notecheck eval: {Path.GetFileName(path)}: corpus format not supported yet");
        return 1;
    }

    private static int EvalAssertions(string path, bool showErrors, string? onlySplit)
    {
        List<AssertionItem> items;
        try { items = AssertionCorpus.ReadFile(path).ToList(); }
        catch (InvalidDataException e) { Console.Error.WriteLine($"notecheck eval: {e.Message}"); return 1; }
        if (onlySplit is not null) items = items.Where(x => x.Split == onlySplit).ToList();
        var (bySplit, errors) = AssertionEvaluator.Evaluate(ContextAnalyzer.Default, items);
        Console.WriteLine($"assertion corpus {Path.GetFileName(path)}");
        foreach (var (split, table) in bySplit) Console.Write(table.Format($"split {split}"));
        if (showErrors)
            foreach (var e in errors.Where(e => e.Split != "test"))
                Console.WriteLine($"  miss {e.Id} ({e.Split}): gold {AssertionNames.Of(e.Gold)}, got {(e.Predicted is { } p ? AssertionNames.Of(p) : "not_found")} [{e.RuleId}] | {e.Target} | {e.Text}");
        return 0;
    }

    private static int EvalNegEx(string path, bool showErrors)
    {
        List<NegExEvaluator.Row> rows;
        try { rows = NegExEvaluator.Read(path).ToList(); }
        catch (InvalidDataException e) { Console.Error.WriteLine($"notecheck eval: {e.Message}"); return 1; }
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var report = NegExEvaluator.Evaluate(ContextAnalyzer.Default.WithNegExConventions(), rows);
        sw.Stop();
        Console.WriteLine($"NegEx/ConText annotated set {Path.GetFileName(path)}: {rows.Count} rows, target not found in {report.NotFound}, {sw.Elapsed.TotalMilliseconds:0} ms");
        Console.Write(report.Negation.Format("negation (Negated vs Affirmed)"));
        Console.Write(report.Historical.Format("temporality: historical"));
        Console.Write(report.Hypothetical.Format("temporality: hypothetical (Not particular)"));
        Console.Write(report.Experiencer.Format("experiencer: other"));
        Console.Write(report.Combined.Format("one label per row (contract precedence)"));
        if (showErrors)
            foreach (var (row, r) in report.Errors)
                Console.WriteLine($"  miss {row.Id}: gold {row.Negation}/{row.Temporality}/{row.Experiencer}, got {(r is null ? "-" : string.Join(',', r.Cues.Select(c => c.RuleId + ":" + c.Trigger)))} | {row.Target} | {row.Sentence}");
        return 0;
    }
}
