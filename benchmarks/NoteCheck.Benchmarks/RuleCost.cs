using System.Diagnostics;
using System.Text.RegularExpressions;
using NoteCheck.Benchmarks.Generation;
using NoteCheck.Findings;

namespace NoteCheck.Benchmarks;

/// <summary>
/// Which finding rules cost the most: every rule's pattern over every sentence of a packet,
/// timed per rule (rule ids and times only; no text is printed).
/// </summary>
public static class RuleCost
{
    public static int Run(int pages)
    {
        var packet = PacketGenerator.Get(pages);
        var texts = Pipeline.Analyze(Pipeline.Ingest(packet));
        var cost = new Dictionary<string, (double Ms, double WorstMs, int Timeouts)>();
        foreach (var rule in FindingDetector.Default.Rules.Rules)
        {
            double total = 0, worst = 0; var timeouts = 0;
            foreach (var text in texts)
                foreach (var sentence in text.Sentences)
                {
                    var s = text.TextOf(sentence.Start, sentence.End);
                    var w = Stopwatch.StartNew();
                    try { foreach (Match _ in rule.Pattern.Matches(s)) { } }
                    catch (RegexMatchTimeoutException) { timeouts++; }
                    var ms = w.Elapsed.TotalMilliseconds;
                    total += ms; worst = Math.Max(worst, ms);
                }
            cost[rule.Id] = (total, worst, timeouts);
        }
        var sum = cost.Values.Sum(c => c.Ms);
        Console.WriteLine($"finding-rule patterns over the {pages}-page packet: {sum:0} ms in all");
        foreach (var (id, c) in cost.OrderByDescending(c => c.Value.Ms).Take(12))
            Console.WriteLine($"  {id,-40} {c.Ms,9:0.0} ms {100 * c.Ms / sum,5:0.0}%  worst sentence {c.WorstMs:0.0} ms  timeouts {c.Timeouts}");
        return 0;
    }
}
