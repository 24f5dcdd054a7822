namespace NoteCheck.Cli.Tests;

/// <summary>`notecheck train` on a packet corpus written to disk, then `eval --model` and `eval --classifier` with the model it wrote.</summary>
[Collection("console")]
public class TrainCommandTests
{
    // A made-up sign no rule knows ('zorblat sign'), labeled as dermatomal sensory loss (a type the settings let the
    // model suggest): the rules alone find none of it, the trained model all of it.
    private static void Corpus(TempDir dir, string split, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var folder = dir.Folder("packets", $"{split}-{i:000}-zorblat");
            var positive = i % 2 == 0;
            var sign = positive ? "Zorblat sign is positive over the left shin." : "No zorblat sign on either side.";
            File.WriteAllText(Path.Combine(folder, "2025-01-02-office-visit.txt"),
                $"OFFICE VISIT\n\nHPI: Vitals reviewed and stable. She works as a cashier.\n\nEXAM: {sign} Follow up in four weeks.\n");
            var text = positive ? "Zorblat sign is positive" : "No zorblat sign";
            File.WriteAllText(Path.Combine(folder, "expected.json"),
                $$"""{ "outcome": "refer_to_reviewer", "findings": [ { "file": "2025-01-02-office-visit.txt", "type": "dermatomal_sensory_loss", "assertion": "{{(positive ? "present" : "absent")}}", "text": "{{text}}" } ] }""");
        }
    }

    [Fact]
    public void Train_writes_a_model_that_eval_uses_and_scores_alone_and_never_reads_the_test_split()
    {
        using var dir = new TempDir();
        Corpus(dir, "train", 30);
        Corpus(dir, "dev", 6);
        var model = dir.Sub("model.zip");

        Assert.Equal(1, CliRunner.Main("train", "--corpus", dir.Sub("packets"), "--out", model, "--split", "test").ExitCode);
        var train = CliRunner.Main("train", "--corpus", dir.Sub("packets"), "--out", model);
        Assert.Equal(0, train.ExitCode);
        Assert.Contains("trained on 30 documents", train.Out);
        Assert.True(File.Exists(model));

        var alone = CliRunner.Main("eval", "--corpus", dir.Sub("packets"), "--split", "dev", "--classifier", "--model", model);
        Assert.Equal(0, alone.ExitCode);
        Assert.Matches(@"dermatomal_sensory_loss\|present\s+3\s+3\s+3\s+3\s+1\.000\s+1\.000\s+1\.000", alone.Out);

        var rules = CliRunner.Main("eval", "--corpus", dir.Sub("packets"), "--split", "dev", "--model", "none");
        var withModel = CliRunner.Main("eval", "--corpus", dir.Sub("packets"), "--split", "dev", "--model", model);
        Assert.Matches(@"dermatomal_sensory_loss\s+6\s+0\s", rules.Out);
        Assert.Matches(@"dermatomal_sensory_loss\s+6\s+6\s+6\s+6\s+1\.000", withModel.Out);
    }
}
