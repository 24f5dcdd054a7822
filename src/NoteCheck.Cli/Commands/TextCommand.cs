namespace NoteCheck.Cli.Commands;

internal static class TextCommand
{
    public static int Run(string[] args) => Program.NotAvailable("text");
}
