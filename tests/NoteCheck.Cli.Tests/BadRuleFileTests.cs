using System.Diagnostics;
using NoteCheck.Core;

namespace NoteCheck.Cli.Tests;

/// <summary>
/// A rule file a reviewer broke stops the run with one line naming the file and the key, not a
/// stack trace. Runs notecheck as its own process: the rule sets are loaded once per process.
/// </summary>
public class BadRuleFileTests
{
    [Fact]
    public void Batch_with_an_unknown_key_in_context_rules_names_the_file_and_key()
    {
        using var dir = new TempDir();
        var rules = dir.Folder("rules");
        CopyDirectory(RulesLocator.RulesRoot, rules);
        var context = Path.Combine(rules, "text", "context.json");
        var text = File.ReadAllText(context);
        File.WriteAllText(context, "{ \"triggerz\": [], " + text.TrimStart()[1..]);

        var packet = dir.Folder("packets", "a");
        File.WriteAllText(Path.Combine(packet, "request.json"), """{ "requestId": "R-A", "cpt": "72131", "requestDate": "2024-03-01" }""");
        File.WriteAllText(Path.Combine(packet, "visit.txt"), "Low back pain for 8 weeks.");

        var (code, stderr) = RunNotecheck(rules, "batch", dir.Sub("packets"), "--out", dir.Sub("out.jsonl"));

        Assert.Equal(2, code);
        Assert.Contains("notecheck batch: bad rule file: context.json", stderr);
        Assert.Contains("triggerz", stderr);
        Assert.DoesNotContain("   at ", stderr); // no stack trace
    }

    private static (int Code, string Err) RunNotecheck(string rules, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "notecheck.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(dll);
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["NOTECHECK_RULES"] = rules;
        using var p = Process.Start(start)!;
        var err = p.StandardError.ReadToEndAsync();
        p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return (p.ExitCode, err.Result);
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var d in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, d)));
        foreach (var f in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(f, Path.Combine(to, Path.GetRelativePath(from, f)));
    }
}
