using NoteCheck.Core;

namespace NoteCheck.Text.Evaluation;

/// <summary>
/// Scores on the NegEx/ConText annotated set of Chapman et al. (TSV: id, target, sentence, negation,
/// temporality, experiencer). Each dimension is scored as its authors report it: negation (Negated vs
/// Affirmed), historical, hypothetical ("Not particular") and other experiencer, each a binary class
/// judged from the cues the analyzer found; plus one label per row by the contract's precedence.
/// </summary>
public static class NegExEvaluator
{
    public sealed record Row(string Id, string Target, string Sentence, string Negation, string Temporality, string Experiencer)
    {
        /// <summary>Gold as one contract label: family, hypothetical, absent, historical, present.</summary>
        public Assertion Gold =>
            Experiencer is "Other" or "Family member" ? Assertion.Family :
            Temporality == "Not particular" ? Assertion.Hypothetical :
            Negation == "Negated" ? Assertion.Absent :
            Temporality == "Historical" ? Assertion.Historical : Assertion.Present;
    }

    public sealed record Report(ScoreTable Negation, ScoreTable Historical, ScoreTable Hypothetical, ScoreTable Experiencer, ScoreTable Combined, int NotFound, IReadOnlyList<(Row Row, AssertionResult? Result)> Errors);

    public static IEnumerable<Row> Read(string path)
    {
        var first = true;
        foreach (var line in File.ReadLines(path))
        {
            if (first) { first = false; continue; }
            if (string.IsNullOrWhiteSpace(line)) continue;
            var f = line.Split('\t');
            if (f.Length < 6) throw new InvalidDataException($"{Path.GetFileName(path)}: a row has {f.Length} columns, expected 6");
            yield return new Row(f[0], f[1], f[2], f[3].Trim(), f[4].Trim(), f[5].Trim());
        }
    }

    public static Report Evaluate(ContextAnalyzer analyzer, IEnumerable<Row> rows)
    {
        var neg = new ScoreTable(["negated", "affirmed"]);
        var hist = new ScoreTable(["historical", "not_historical"]);
        var hyp = new ScoreTable(["hypothetical", "not_hypothetical"]);
        var exp = new ScoreTable(["other", "patient"]);
        var combined = new ScoreTable(AssertionNames.All.Select(AssertionNames.Of));
        var notFound = 0;
        var errors = new List<(Row, AssertionResult?)>();
        foreach (var row in rows)
        {
            AssertionResult? r = null;
            if (TargetLocator.Find(row.Sentence, row.Target) is { } span) r = analyzer.Assert(row.Sentence, span.Start, span.End);
            else notFound++;
            bool Has(Assertion a) => r?.Has(a) ?? false;
            neg.Add(row.Negation == "Negated" ? "negated" : "affirmed", Has(Assertion.Absent) ? "negated" : "affirmed");
            hist.Add(row.Temporality == "Historical" ? "historical" : "not_historical", Has(Assertion.Historical) ? "historical" : "not_historical");
            hyp.Add(row.Temporality == "Not particular" ? "hypothetical" : "not_hypothetical", Has(Assertion.Hypothetical) ? "hypothetical" : "not_hypothetical");
            exp.Add(row.Experiencer is "Other" or "Family member" ? "other" : "patient", Has(Assertion.Family) ? "other" : "patient");
            var predicted = r?.Assertion ?? Assertion.Present;
            combined.Add(AssertionNames.Of(row.Gold), AssertionNames.Of(predicted));
            if (predicted != row.Gold || (row.Negation == "Negated") != Has(Assertion.Absent) || (row.Temporality == "Historical") != Has(Assertion.Historical))
                errors.Add((row, r));
        }
        return new Report(neg, hist, hyp, exp, combined, notFound, errors);
    }
}
