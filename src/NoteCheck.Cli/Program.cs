using NoteCheck.Cli.Commands;

namespace NoteCheck.Cli;

public static class Program
{
    // One command a file under Commands/; each returns the process exit code.
    private static readonly Dictionary<string, Func<string[], int>> Commands = new(StringComparer.Ordinal)
    {
        ["check"] = CheckCommand.Run,
        ["batch"] = BatchCommand.Run,
        ["text"] = TextCommand.Run,
        ["assert"] = AssertCommand.Run,
        ["eval"] = EvalCommand.Run,
        ["train"] = TrainCommand.Run,
        ["guideline"] = GuidelineCommand.Run,
        ["serve"] = ServeCommand.Run,
    };

    public static int Main(string[] args)
    {
        if (args.Length == 0 || !Commands.TryGetValue(args[0], out var run))
        {
            Console.Error.WriteLine("usage: notecheck <" + string.Join('|', Commands.Keys) + "> ...");
            return 1;
        }
        try
        {
            return run(args[1..]);
        }
        catch (Exception e) when (IsBadRuleFile(e))
        {
            // A rule, lexicon or criteria file a reviewer edited does not load: name the file and
            // the key (the message says which), never a stack trace. Rules are not patient text.
            Console.Error.WriteLine($"notecheck {args[0]}: bad rule file: {e.Message}");
            return 2;
        }
    }

    private static bool IsBadRuleFile(Exception e) =>
        e is NoteCheck.Core.InvalidRuleFileException
        || (e.InnerException is { } inner && IsBadRuleFile(inner));

    internal static int NotAvailable(string command)
    {
        Console.Error.WriteLine($"notecheck {command}: not available yet");
        return 1;
    }
}
