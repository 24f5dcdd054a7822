namespace NoteCheck.Cli.Commands;

internal static class CheckCommand
{
    public static int Run(string[] args) => Program.NotAvailable("check");
}
