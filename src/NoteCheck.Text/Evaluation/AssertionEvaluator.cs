using NoteCheck.Core;

namespace NoteCheck.Text.Evaluation;

/// <summary>One scored corpus line that the analyzer got wrong (for train/dev error analysis).</summary>
public sealed record AssertionError(string? Id, string Split, Assertion Gold, Assertion? Predicted, string? RuleId, string Target, string Text);

/// <summary>Per-split, per-class scores of a <see cref="ContextAnalyzer"/> on an assertion corpus (contract §6).</summary>
public static class AssertionEvaluator
{
    public static (IReadOnlyDictionary<string, ScoreTable> BySplit, IReadOnlyList<AssertionError> Errors) Evaluate(ContextAnalyzer analyzer, IEnumerable<AssertionItem> items)
    {
        var tables = new SortedDictionary<string, ScoreTable>(StringComparer.Ordinal);
        var errors = new List<AssertionError>();
        foreach (var item in items)
        {
            if (item.Gold is not { } gold) continue;
            var split = item.Split ?? "all";
            if (!tables.TryGetValue(split, out var table)) tables[split] = table = new ScoreTable(AssertionNames.All.Select(AssertionNames.Of));
            var r = AssertionCorpus.Answer(analyzer, item);
            table.Add(AssertionNames.Of(gold), r is null ? "not_found" : AssertionNames.Of(r.Assertion));
            if (r?.Assertion != gold) errors.Add(new AssertionError(item.Id?.ToString(), split, gold, r?.Assertion, r?.RuleId, item.Target, item.Text));
        }
        return (tables, errors);
    }
}
