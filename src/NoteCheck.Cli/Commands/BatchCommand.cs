namespace NoteCheck.Cli.Commands;

internal static class BatchCommand
{
    public static int Run(string[] args) => Program.NotAvailable("batch");
}
