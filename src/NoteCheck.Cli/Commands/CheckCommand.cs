using System.Text;
using NoteCheck.Core;
using NoteCheck.Ingestion;
using NoteCheck.Pipeline;
using NoteCheck.Reports;

namespace NoteCheck.Cli.Commands;

/// <summary>`notecheck check PATH... [--request FILE] [--format json|text|html] [--out DIR]`: one packet, one decision.</summary>
internal static class CheckCommand
{
    private const string Usage = "usage: notecheck check PATH... [--request FILE] [--format json|text|html] [--out DIR]";

    public static int Run(string[] args)
    {
        var cli = CliArgs.Parse(args, "--request", "--format", "--out");
        if (cli.Error is not null || cli.Positional.Count == 0)
        {
            Console.Error.WriteLine(cli.Error is null ? Usage : $"notecheck check: {cli.Error}\n{Usage}");
            return 1;
        }
        var format = cli["--format"] ?? "json";
        if (format == "html") return Program.NotAvailable("check --format html");
        if (format is not ("json" or "text"))
        {
            Console.Error.WriteLine($"notecheck check: --format must be json, text or html\n{Usage}");
            return 1;
        }
        var requestPath = cli["--request"];
        var input = PacketInput.FromPaths(cli.Positional, requestPath);
        if (requestPath is not null && input.RequestError is not null)
        {
            Console.Error.WriteLine($"notecheck check: --request {input.RequestError}");
            return 1;
        }
        if (input.RequestError is not null) Console.Error.WriteLine($"notecheck check: {input.RequestError} (decided as bad_request)");

        var decision = Services.Processor().Process(input);
        var output = format == "json" ? DecisionJsonWriter.ToJson(decision, indented: true) + "\n" : DecisionTextWriter.ToText(decision);
        var outDir = cli["--out"];
        if (outDir is null) Console.Out.Write(output);
        else
        {
            try
            {
                Directory.CreateDirectory(outDir);
                var file = Path.Combine(outDir, format == "json" ? "decision.json" : "decision.txt");
                File.WriteAllText(file, output, new UTF8Encoding(false));
                Console.Error.WriteLine($"notecheck check: wrote {file}");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"notecheck check: cannot write to {outDir} ({e.GetType().Name})");
                return 1;
            }
        }
        return decision.Outcome == Outcomes.Unreadable ? 2 : 0;
    }
}
