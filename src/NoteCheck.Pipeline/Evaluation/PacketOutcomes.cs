using System.Text.Json;
using System.Text.RegularExpressions;
using NoteCheck.Core;

namespace NoteCheck.Pipeline.Evaluation;

/// <summary>One packet's decision against its expected.json: outcome and the indications that must be met.</summary>
public sealed record PacketOutcome(string Packet, string Split, string Expected, string Got,
    IReadOnlyList<string> ExpectedMet, IReadOnlyList<string> GotMet)
{
    /// <summary>Approved although a reviewer was expected: the worst error NoteCheck can make.</summary>
    public bool FalseApproval => Got == Outcomes.CriteriaMet && Expected != Outcomes.CriteriaMet;
    public bool MissedApproval => Expected == Outcomes.CriteriaMet && Got != Outcomes.CriteriaMet;
    public IReadOnlyList<string> MissingMet => ExpectedMet.Where(i => !GotMet.Contains(i)).ToList();
    /// <summary>Right outcome and every expected indication met (another met indication is allowed: packets may meet more than they are built on).</summary>
    public bool Right => Got == Expected && MissingMet.Count == 0;
}

/// <summary>
/// Decision outcomes over a packet corpus (corpora/packets/&lt;split&gt;-NNN-slug/ with expected.json):
/// per split, packets right, false criteria_met, missed approvals and missing met indications.
/// </summary>
public static partial class PacketOutcomes
{
    public static List<PacketOutcome> Evaluate(PacketProcessor processor, string folder, string? split)
    {
        var results = new List<PacketOutcome>();
        foreach (var dir in Directory.GetDirectories(folder).OrderBy(d => d, StringComparer.Ordinal))
        {
            var name = Path.GetFileName(dir);
            var m = PacketName().Match(name);
            if (!m.Success || (split is not null && m.Groups["split"].Value != split)) continue;
            var expectedPath = Path.Combine(dir, "expected.json");
            if (!File.Exists(expectedPath)) continue;
            string expected;
            List<string> expectedMet;
            try
            {
                using var doc = JsonDocument.Parse(File.ReadAllText(expectedPath));
                expected = doc.RootElement.GetProperty("outcome").GetString() ?? "";
                expectedMet = doc.RootElement.TryGetProperty("metIndications", out var mi)
                    ? mi.EnumerateArray().Select(x => x.GetString() ?? "").ToList() : [];
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException) { continue; }
            Decision decision;
            try { decision = processor.Process(PacketInput.FromPaths([dir])); }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // An unexpected failure is that packet's result ("error"), never the end of the run.
                decision = new Decision { Outcome = "error" };
            }
            results.Add(new PacketOutcome(name, m.Groups["split"].Value, expected, decision.Outcome, expectedMet, decision.MetIndications));
        }
        return results;
    }

    public static void Write(IReadOnlyList<PacketOutcome> results, TextWriter w)
    {
        w.WriteLine("Decision outcomes (packets right = expected outcome and every expected met indication):");
        foreach (var split in results.GroupBy(r => r.Split).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var all = split.ToList();
            w.WriteLine($"  split {split.Key}: {all.Count(r => r.Right)}/{all.Count} right, {all.Count(r => r.Got == r.Expected)}/{all.Count} outcome right, " +
                $"false criteria_met {all.Count(r => r.FalseApproval)}, missed approvals {all.Count(r => r.MissedApproval)}");
            // A held-out split is measured, never read: its packets are not named (like --errors, which never lists test).
            if (split.Key == "test") continue;
            foreach (var r in all.Where(r => r.FalseApproval))
                w.WriteLine($"    FALSE criteria_met {r.Packet} (met: {string.Join(", ", r.GotMet)})");
            foreach (var r in all.Where(r => r.MissedApproval))
                w.WriteLine($"    missed approval {r.Packet} (got {r.Got}; expected met: {string.Join(", ", r.ExpectedMet)})");
            foreach (var r in all.Where(r => r.Got == r.Expected && r.MissingMet.Count > 0))
                w.WriteLine($"    met indications {r.Packet}: missing {string.Join(", ", r.MissingMet)} (met: {string.Join(", ", r.GotMet)})");
            foreach (var r in all.Where(r => r.Got != r.Expected && !r.FalseApproval && !r.MissedApproval))
                w.WriteLine($"    outcome {r.Packet}: expected {r.Expected}, got {r.Got}");
        }
    }

    [GeneratedRegex(@"^(?<split>train|dev|test)-\d{3}-")]
    private static partial Regex PacketName();
}
