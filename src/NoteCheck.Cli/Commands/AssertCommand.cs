using System.Text.Json.Nodes;
using NoteCheck.Text;
using NoteCheck.Text.Evaluation;

namespace NoteCheck.Cli.Commands;

/// <summary>`notecheck assert FILE.jsonl`: the context layer alone (contract §1), one answer line per input line.</summary>
internal static class AssertCommand
{
    public static int Run(string[] args)
    {
        if (args.Length != 1) { Console.Error.WriteLine("usage: notecheck assert FILE.jsonl"); return 1; }
        if (!File.Exists(args[0])) { Console.Error.WriteLine($"notecheck assert: {Path.GetFileName(args[0])} not found"); return 1; }
        var analyzer = ContextAnalyzer.Default;
        var output = Console.Out;
        var n = 0;
        foreach (var line in File.ReadLines(args[0]))
        {
            n++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var item = AssertionCorpus.Parse(line, out var error);
            if (item is null)
            {
                Console.Error.WriteLine($"notecheck assert: line {n}: {error}");
                output.WriteLine(new JsonObject { ["id"] = null, ["assertion"] = null, ["trigger"] = null }.ToJsonString());
                continue;
            }
            var result = AssertionCorpus.Answer(analyzer, item);
            var o = new JsonObject
            {
                ["id"] = item.Id?.DeepClone(),
                ["assertion"] = result is null ? null : AssertionNames.Of(result.Assertion),
                ["trigger"] = result?.Trigger,
            };
            output.WriteLine(o.ToJsonString());
        }
        return 0;
    }
}
