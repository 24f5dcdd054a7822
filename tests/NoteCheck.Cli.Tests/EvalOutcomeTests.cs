using NoteCheck.Core;

namespace NoteCheck.Cli.Tests;

/// <summary>`notecheck eval --corpus PACKETS` reports decision outcomes per split after the findings figures.</summary>
[Collection("console")]
public class EvalOutcomeTests
{
    // A packet the criteria tests hold to criteria_met (new L5 weakness, ICD rules out MRI): real notes, real decision.
    private static readonly string Approvable = Path.Combine(
        Path.GetDirectoryName(RulesLocator.RulesRoot.TrimEnd(Path.DirectorySeparatorChar))!, "corpora", "criteria-packets", "neuro_deficit-met-l5-weakness-icd");

    private static void Packet(TempDir dir, string name, string? notesFrom, string outcome, string met)
    {
        var folder = dir.Folder("packets", name);
        if (notesFrom is null)
            File.WriteAllText(Path.Combine(folder, "2025-03-11-office-visit.txt"), "OFFICE VISIT 03/11/2025\nChief complaint: dry cough for 3 days. Lungs clear.\nPlan: fluids.\n");
        else
            foreach (var f in Directory.GetFiles(notesFrom).Where(f => !f.EndsWith("expected.json", StringComparison.Ordinal)))
                File.Copy(f, Path.Combine(folder, Path.GetFileName(f)));
        File.WriteAllText(Path.Combine(folder, "expected.json"), $$"""{ "split": "{{name[..name.IndexOf('-')]}}", "outcome": "{{outcome}}", "metIndications": [{{met}}], "findings": [] }""");
    }

    [Fact]
    public void Eval_on_a_packet_corpus_lists_false_approvals_missed_approvals_and_missing_indications_per_split()
    {
        using var dir = new TempDir();
        Packet(dir, "train-001-approved", Approvable, "criteria_met", "\"neuro_deficit\"");
        Packet(dir, "train-002-should-refer", Approvable, "refer_to_reviewer", "");
        Packet(dir, "train-003-wrong-indication", Approvable, "criteria_met", "\"neuro_deficit\", \"trauma\"");
        Packet(dir, "dev-004-missed", null, "criteria_met", "\"back_pain\"");

        var train = CliRunner.Main("eval", "--corpus", dir.Sub("packets"), "--split", "train");
        Assert.Equal(0, train.ExitCode);
        Assert.Contains("split train: 1/3 right, 2/3 outcome right, false criteria_met 1, missed approvals 0", train.Out);
        Assert.Contains("FALSE criteria_met train-002-should-refer (met: neuro_deficit", train.Out);
        Assert.Contains("met indications train-003-wrong-indication: missing trauma", train.Out);
        Assert.DoesNotContain("split dev", train.Out);

        var all = CliRunner.Main("eval", "--corpus", dir.Sub("packets"));
        Assert.Contains("split dev: 0/1 right, 0/1 outcome right, false criteria_met 0, missed approvals 1", all.Out);
        Assert.Contains("missed approval dev-004-missed (got refer_to_reviewer; expected met: back_pain)", all.Out);
    }

    [Fact]
    public void Eval_counts_the_held_out_test_split_but_names_none_of_its_packets()
    {
        using var dir = new TempDir();
        Packet(dir, "test-005-should-refer", Approvable, "refer_to_reviewer", "");
        Packet(dir, "test-006-missed", null, "criteria_met", "\"back_pain\"");

        var test = CliRunner.Main("eval", "--corpus", dir.Sub("packets"), "--split", "test");
        Assert.Equal(0, test.ExitCode);
        Assert.Contains("split test: 0/2 right, 0/2 outcome right, false criteria_met 1, missed approvals 1", test.Out);
        Assert.DoesNotContain("test-005", test.Out);
        Assert.DoesNotContain("test-006", test.Out);
    }
}
