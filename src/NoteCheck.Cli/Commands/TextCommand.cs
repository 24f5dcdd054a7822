using NoteCheck.Core;

namespace NoteCheck.Cli.Commands;

/// <summary>
/// `notecheck text FILE`: prints the document's text exactly as evidence offsets index it
/// (no newline added); problems go to stderr.
/// </summary>
internal static class TextCommand
{
    public static int Run(string[] args)
    {
        if (args.Length != 1 || args[0].StartsWith("--", StringComparison.Ordinal))
        {
            Console.Error.WriteLine("usage: notecheck text FILE");
            return 1;
        }
        var result = Services.Reader().Read(args[0]);
        foreach (var e in result.Errors)
            Console.Error.WriteLine($"notecheck text: {e.Severity.ToString().ToLowerInvariant()} {e.Code}: {e.Message}");
        if (result.Document is null) return 2;
        Console.Out.Write(result.Document.Text);
        Console.Out.Flush();
        return result.Document.Pages.Any(p => p.Status != PageStatus.Unreadable) ? 0 : 2;
    }
}
