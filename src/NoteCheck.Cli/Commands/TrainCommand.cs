using System.Diagnostics;
using NoteCheck.Classifiers;
using NoteCheck.Findings.Evaluation;
using NoteCheck.Text;

namespace NoteCheck.Cli.Commands;

/// <summary>
/// `notecheck train --corpus PATH... --out MODEL.zip [--split S]`: retrains the sentence classifier from labeled corpora
/// (packet folders or span JSONL, contract §6). Only the train split unless --split names another: held-out text never
/// trains the model. Same corpus, same model (fixed seed, one thread).
/// </summary>
internal static class TrainCommand
{
    private const string Usage = "usage: notecheck train --corpus PATH... --out MODEL.zip [--split train|dev]";

    public static int Run(string[] args)
    {
        var corpora = new List<string>();
        string? output = null;
        var split = "train";
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--corpus" && i + 1 < args.Length) { while (i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal)) corpora.Add(args[++i]); }
            else if (args[i] == "--out" && i + 1 < args.Length) output = args[++i];
            else if (args[i] == "--split" && i + 1 < args.Length) split = args[++i];
            else { Console.Error.WriteLine(Usage); return 1; }
        }
        if (corpora.Count == 0 || output is null) { Console.Error.WriteLine(Usage); return 1; }
        if (split == "test") { Console.Error.WriteLine("notecheck train: the test split is held out; it never trains a model"); return 1; }

        var documents = new List<LabeledDocument>();
        foreach (var path in corpora)
        {
            var (docs, issues) = LabeledCorpus.Read(path, split);
            foreach (var issue in issues) Console.Error.WriteLine($"warning: {issue.Where}: {issue.Message}");
            documents.AddRange(docs);
        }
        if (documents.Count == 0) { Console.Error.WriteLine($"notecheck train: no labeled documents of split {split}"); return 2; }

        var settings = ClassifierSettings.Default;
        var clock = Stopwatch.StartNew();
        var examples = SentenceTraining.Examples(documents.OrderBy(d => d.Id, StringComparer.Ordinal), TextPipeline.Default).ToList();
        var model = SentenceClassifier.Train(examples, new TrainingOptions(MinExamples: settings.MinExamples, ExcludedTypes: settings.ExcludedTypes));
        model.Save(output);
        Console.WriteLine($"trained on {documents.Count} documents, {examples.Count} sentences ({examples.Count(e => e.Labels.Count > 0)} labeled), "
            + $"{model.Classes.Count - 1} labels, in {clock.Elapsed.TotalSeconds:0} s: {output}");
        return 0;
    }
}
