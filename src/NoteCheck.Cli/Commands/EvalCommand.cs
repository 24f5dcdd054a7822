namespace NoteCheck.Cli.Commands;

internal static class EvalCommand
{
    public static int Run(string[] args) => Program.NotAvailable("eval");
}
