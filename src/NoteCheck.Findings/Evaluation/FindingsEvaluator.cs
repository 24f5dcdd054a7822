using NoteCheck.Core;
using NoteCheck.Text;

namespace NoteCheck.Findings.Evaluation;

/// <summary>What the detector found in one labeled document.</summary>
public sealed record Prediction(LabeledDocument Document, IReadOnlyList<Finding> Findings);

/// <summary>
/// Scores findings against gold mentions.
/// Mention level: a gold mention is found when a finding of the same type and assertion has an evidence span
/// overlapping it; a finding (one mention group, contract §3) is correct when one of its evidence spans overlaps
/// a gold mention of its type and assertion. Note level: per document and type, "present" predicted vs gold.
/// </summary>
public sealed class FindingsEvaluator(IFindingDetector detector, TextPipeline pipeline)
{
    /// <summary>Ids of the documents whose detection failed in the last <see cref="Run"/> (scored as finding nothing).</summary>
    public IReadOnlyList<string> Failed => _failed;
    private readonly List<string> _failed = [];

    public List<Prediction> Run(IEnumerable<LabeledDocument> documents)
    {
        _failed.Clear();
        var predictions = documents.Select(d => new Prediction(d, DetectOrNothing(d))).ToList();
        // Score what the pipeline reports: the documents of one packet ('packet/file' ids) are reconciled together,
        // as PacketProcessor does (a clearance in one note weakens another note's bare claim).
        foreach (var packet in predictions.Select((p, i) => (p, i)).GroupBy(x => PacketOf(x.p.Document.Id)).Where(g => g.Key is not null))
        {
            var members = packet.ToList();
            var reconciled = Composition.PacketReconciler.Default.Reconcile([.. members.SelectMany(m => m.p.Findings)]);
            var at = 0;
            foreach (var (p, i) in members)
            {
                predictions[i] = p with { Findings = [.. reconciled.Skip(at).Take(p.Findings.Count)] };
                at += p.Findings.Count;
            }
        }
        return predictions;
    }

    // A document the detector fails on (a rule's regex time limit on a loaded machine or an odd sentence) is scored
    // as the product reports it, with no findings (PacketProcessor: findings_failed), instead of ending the whole eval.
    private IReadOnlyList<Finding> DetectOrNothing(LabeledDocument d)
    {
        try { return detector.Detect(pipeline.Analyze(d.Document), new FindingContext(d.Request)); }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            _failed.Add(d.Id);
            return [];
        }
    }

    private static string? PacketOf(string id) => id.LastIndexOf('/') is var slash and > 0 ? id[..slash] : null;

    public static ScoreTable MentionLevel(IEnumerable<Prediction> predictions, IReadOnlySet<string>? types = null)
    {
        var table = new ScoreTable();
        foreach (var p in predictions)
        {
            foreach (var g in p.Document.Gold)
            {
                if (types is not null && !types.Contains(g.Type)) continue;
                var c = table.For(g.Type);
                c.Gold++;
                if (p.Findings.Any(f => Matches(f, g))) c.Found++;
            }
            foreach (var f in p.Findings)
            {
                if (types is not null && !types.Contains(f.Type)) continue;
                var c = table.For(f.Type);
                c.Predicted++;
                if (p.Document.Gold.Any(g => Matches(f, g))) c.Correct++;
            }
        }
        return table;
    }

    internal static bool Matches(Finding f, GoldMention g) =>
        f.Type == g.Type && f.Assertion == g.Assertion && f.Evidence.Any(e => e.Start < g.End && g.Start < e.End);

    public static ScoreTable NoteLevel(IEnumerable<Prediction> predictions, IReadOnlySet<string>? types = null)
    {
        var table = new ScoreTable();
        foreach (var p in predictions)
        {
            var gold = p.Document.Gold.Where(g => g.Assertion == Assertion.Present).Select(g => g.Type).ToHashSet(StringComparer.Ordinal);
            var predicted = p.Findings.Where(f => f.Assertion == Assertion.Present).Select(f => f.Type).ToHashSet(StringComparer.Ordinal);
            foreach (var t in gold.Union(predicted))
            {
                if (types is not null && !types.Contains(t)) continue;
                Score(table.For(t), gold.Contains(t), predicted.Contains(t));
            }
        }
        return table;
    }

    public static void Score(Counts c, bool gold, bool predicted)
    {
        if (gold) c.Gold++;
        if (predicted) c.Predicted++;
        if (gold && predicted) { c.Found++; c.Correct++; }
    }
}
