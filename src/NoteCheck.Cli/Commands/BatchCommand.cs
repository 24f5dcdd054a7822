using System.Diagnostics;
using System.Text;
using NoteCheck.Core;
using NoteCheck.Pipeline;
using NoteCheck.Reports;

namespace NoteCheck.Cli.Commands;

/// <summary>
/// `notecheck batch DIR --out FILE.jsonl`: every sub-folder of DIR is a packet, decided in
/// ordinal name order, one JSON line each. Nothing aborts the run: a bad packet still gets its line.
/// </summary>
internal static class BatchCommand
{
    private const string Usage = "usage: notecheck batch DIR --out FILE.jsonl";

    public static int Run(string[] args)
    {
        var cli = CliArgs.Parse(args, "--out");
        if (cli.Error is not null || cli.Positional.Count != 1 || cli["--out"] is null)
        {
            Console.Error.WriteLine(cli.Error is null ? Usage : $"notecheck batch: {cli.Error}\n{Usage}");
            return 1;
        }
        var dir = cli.Positional[0];
        if (!Directory.Exists(dir))
        {
            Console.Error.WriteLine($"notecheck batch: {dir} is not a folder");
            return 1;
        }
        var packets = Directory.GetDirectories(dir).OrderBy(p => Path.GetFileName(p), StringComparer.Ordinal).ToList();
        var loose = Directory.GetFiles(dir).Length;
        if (loose > 0) Console.Error.WriteLine($"notecheck batch: {loose} file(s) directly in {dir} belong to no packet folder and are not read");
        var outPath = cli["--out"]!;
        StreamWriter output;
        try
        {
            var parent = Path.GetDirectoryName(Path.GetFullPath(outPath));
            if (parent is not null) Directory.CreateDirectory(parent);
            output = new StreamWriter(outPath, false, new UTF8Encoding(false)) { NewLine = "\n" };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"notecheck batch: cannot write {outPath} ({e.GetType().Name})");
            return 1;
        }
        var processor = Services.Processor();
        var progress = new ProgressBar(packets.Count);
        var watch = Stopwatch.StartNew();
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        using (output)
        {
            for (var i = 0; i < packets.Count; i++)
            {
                var name = Path.GetFileName(packets[i]);
                progress.Show(i, name);
                var decision = Decide(processor, packets[i], name);
                counts[decision.Outcome] = counts.GetValueOrDefault(decision.Outcome) + 1;
                output.WriteLine(DecisionJsonWriter.ToJson(decision, indented: false));
                output.Flush();
            }
        }
        progress.Done();
        Console.Error.WriteLine($"notecheck batch: {packets.Count} packet(s) in {watch.Elapsed.TotalSeconds:0.0} s → {outPath}" +
            (counts.Count > 0 ? " (" + string.Join(", ", counts.Select(c => $"{c.Key} {c.Value}")) + ")" : ""));
        return 0;
    }

    // One packet; an unexpected failure becomes that packet's decision, never the end of the run.
    private static Decision Decide(PacketProcessor processor, string folder, string name)
    {
        try
        {
            return processor.Process(PacketInput.FromPaths([folder]));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new Decision
            {
                Outcome = Outcomes.ReferToReviewer,
                Reasons = [new Reason("internal_error", $"Packet {name} could not be processed ({e.GetType().Name}); a reviewer must read it.")],
                Versions = new SortedDictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["notecheck"] = PacketProcessor.NoteCheckVersion, ["guideline"] = PacketProcessor.GuidelineVersion,
                },
            };
        }
    }
}

/// <summary>A one-line progress bar on stderr.</summary>
internal sealed class ProgressBar(int total)
{
    private const int Width = 30;

    public void Show(int done, string current)
    {
        var filled = total == 0 ? Width : done * Width / total;
        var label = current.Length > 40 ? current[..37] + "..." : current;
        Console.Error.Write($"\r[{new string('#', filled)}{new string('.', Width - filled)}] {done}/{total} {label}".PadRight(Width + 60));
    }

    public void Done()
    {
        Console.Error.Write($"\r[{new string('#', Width)}] {total}/{total}".PadRight(Width + 60));
        Console.Error.WriteLine();
    }
}
