using System.Diagnostics;
using System.Text.RegularExpressions;
using NoteCheck.Benchmarks.Generation;
using NoteCheck.Findings;

namespace NoteCheck.Benchmarks;

/// <summary>
/// Which finding rules cost the most: every rule's pattern over every sentence of a packet that
/// the matcher's literal pre-filter lets through, timed per rule (rule ids and times only; no text is printed).
/// </summary>
public static class RuleCost
{
    public static int Run(int pages)
    {
        var packet = PacketGenerator.Get(pages);
        var texts = Pipeline.Analyze(Pipeline.Ingest(packet));
        var rules = FindingDetector.Default.Rules.Rules;
        var prefilter = new RulePrefilter(rules);
        var keywords = prefilter.Start();
        var cost = new Dictionary<string, (double Ms, double WorstMs, int Timeouts, int Runs, int Skipped)>();
        var sentences = texts.SelectMany(t => t.Sentences.Select(s => t.TextOf(s.Start, s.End))).ToList();
        for (var i = 0; i < rules.Count; i++)
        {
            var rule = rules[i];
            double total = 0, worst = 0; int timeouts = 0, runs = 0, skipped = 0;
            foreach (var s in sentences)
            {
                // The matcher's literal pre-filter decides first: only the sentences it lets through cost a regex run.
                keywords.Load(s);
                if (!keywords.MayMatch(i)) { skipped++; continue; }
                runs++;
                var w = Stopwatch.StartNew();
                try { foreach (Match _ in rule.Pattern.Matches(s)) { } }
                catch (RegexMatchTimeoutException) { timeouts++; }
                var ms = w.Elapsed.TotalMilliseconds;
                total += ms; worst = Math.Max(worst, ms);
            }
            cost[rule.Id] = (total, worst, timeouts, runs, skipped);
        }
        var sum = cost.Values.Sum(c => c.Ms);
        var allRuns = cost.Values.Sum(c => c.Runs);
        Console.WriteLine($"finding-rule patterns over the {pages}-page packet: {sum:0} ms in all; {allRuns} of {rules.Count * sentences.Count} rule x sentence runs " +
            $"pass the literal pre-filter; {prefilter.FilteredPatterns} of {rules.Count} patterns have one");
        foreach (var (id, c) in cost.OrderByDescending(c => c.Value.Ms).Take(20))
            Console.WriteLine($"  {id,-40} {c.Ms,9:0.0} ms {100 * c.Ms / sum,5:0.0}%  runs {c.Runs,5} skipped {c.Skipped,5}  worst sentence {c.WorstMs:0.0} ms  timeouts {c.Timeouts}");
        return 0;
    }
}
