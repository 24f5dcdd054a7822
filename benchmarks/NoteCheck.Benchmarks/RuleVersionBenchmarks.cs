using BenchmarkDotNet.Attributes;
using NoteCheck.Benchmarks.Generation;
using NoteCheck.Findings;
using NoteCheck.Findings.Rules;

namespace NoteCheck.Benchmarks;

/// <summary>
/// The finding rules changed since a baseline copy of rules/findings, old against new in the same run (Ratio column),
/// on the sentences of a generated packet, each version gated as <see cref="RuleMatcher"/> gates it (literal pre-filter,
/// requires, unless). The baseline folder is <c>NOTECHECK_BENCH_BASELINE_RULES</c>, e.g.
/// <c>git archive REV rules/findings | tar -x -C /tmp/base</c> then <c>/tmp/base/rules/findings</c>; without it both
/// sides are the current rules. Setup first checks that both versions match the same spans with the same groups on
/// every sentence, so a speed change that alters output fails here instead of being timed.
/// </summary>
public class RuleVersionBenchmarks
{
    public const string BaselineVariable = "NOTECHECK_BENCH_BASELINE_RULES";

    [ParamsSource(nameof(Sizes))]
    public int Pages { get; set; }

    /// <summary>17 and 200 pages; the short (CI) mode keeps 17 only.</summary>
    public static IEnumerable<int> Sizes() =>
        Environment.GetEnvironmentVariable(Program.ShortModeVariable) == "1" ? [17] : [17, 200];

    private RuleSet _baseline = null!;
    private RuleSet _current = null!;
    private List<string> _sentences = null!;

    [GlobalSetup]
    public void Setup()
    {
        var folder = Environment.GetEnvironmentVariable(BaselineVariable);
        var baseline = string.IsNullOrEmpty(folder) ? DetectorRules.Default : DetectorRules.Load(folder);
        var current = DetectorRules.Default;
        var old = baseline.Rules.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var changed = current.Rules.Where(r => old.TryGetValue(r.Id, out var o) && !SameRegexes(o, r)).ToList();
        var what = "changed rule(s)";
        if (changed.Count == 0)
        {
            what = "rule(s), each against itself,";
            Console.WriteLine($"// {BaselineVariable} {(string.IsNullOrEmpty(folder) ? "is not set" : "names rules with the same patterns")}: timing all rules against themselves");
            changed = [.. current.Rules];
        }
        _current = new RuleSet(changed);
        _baseline = new RuleSet(changed.Select(r => old[r.Id]).ToList());

        var packet = PacketGenerator.Get(Pages);
        _sentences = Pipeline.Analyze(Pipeline.Ingest(packet)).SelectMany(t => t.Sentences.Select(s => t.TextOf(s.Start, s.End))).ToList();
        var matched = 0;
        for (var s = 0; s < _sentences.Count; s++)
            for (var i = 0; i < changed.Count; i++)
            {
                var before = _baseline.Signature(_sentences[s], i);
                if (before != _current.Signature(_sentences[s], i))
                    throw new InvalidOperationException($"rule {changed[i].Id} matches differently from its baseline on sentence {s} of the {Pages}-page packet");
                if (before.Length > 0) matched++;
            }
        Console.WriteLine($"// setup {Pages} pages: {changed.Count} {what} ({string.Join(", ", changed.Take(5).Select(r => r.Id))}), " +
                          $"{_sentences.Count} sentences, {matched} rule x sentence pairs with a match, same matches in both versions");
    }

    private static bool SameRegexes(FindingRule a, FindingRule b) =>
        a.Pattern.ToString() == b.Pattern.ToString() && a.Requires?.ToString() == b.Requires?.ToString() && a.Unless?.ToString() == b.Unless?.ToString();

    [Benchmark(Baseline = true, Description = "Changed rules, baseline version")]
    public int Baseline() => _baseline.Run(_sentences);

    [Benchmark(Description = "Changed rules, current version")]
    public int Current() => _current.Run(_sentences);

    /// <summary>Some rules run the way the matcher runs them: pre-filter, requires, unless, then every match of the pattern.</summary>
    private sealed class RuleSet(IReadOnlyList<FindingRule> rules)
    {
        private readonly RulePrefilter _prefilter = new(rules);

        public int Run(List<string> sentences)
        {
            var keywords = _prefilter.Start();
            var count = 0;
            foreach (var sentence in sentences)
            {
                keywords.Load(sentence);
                for (var i = 0; i < rules.Count; i++)
                    if (Gate(keywords, sentence, i)) count += rules[i].Pattern.Matches(sentence).Count;
            }
            return count;
        }

        /// <summary>Every match of rule i on the sentence with its groups, as text ("" when the rule does not run or match).</summary>
        public string Signature(string sentence, int i)
        {
            var keywords = _prefilter.Start();
            keywords.Load(sentence);
            if (!Gate(keywords, sentence, i)) return "";
            var rule = rules[i];
            return string.Join(";", rule.Pattern.Matches(sentence).Select(m =>
                string.Join(",", rule.Pattern.GetGroupNames().Select(g => m.Groups[g]).Select(g => g.Success ? $"{g.Index}+{g.Length}" : "-"))));
        }

        private bool Gate(RulePrefilter.SentenceKeywords keywords, string sentence, int i)
        {
            var rule = rules[i];
            if (!keywords.MayMatch(i)) return false;
            if (rule.Requires is not null && !rule.Requires.IsMatch(sentence)) return false;
            return rule.Unless is null || !keywords.UnlessMayMatch(i) || !rule.Unless.IsMatch(sentence);
        }
    }
}
