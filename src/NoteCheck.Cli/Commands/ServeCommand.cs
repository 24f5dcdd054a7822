namespace NoteCheck.Cli.Commands;

internal static class ServeCommand
{
    public static int Run(string[] args) => Program.NotAvailable("serve");
}
