namespace NoteCheck.Cli.Commands;

internal static class AssertCommand
{
    public static int Run(string[] args) => Program.NotAvailable("assert");
}
