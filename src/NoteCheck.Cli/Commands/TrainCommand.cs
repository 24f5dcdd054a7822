namespace NoteCheck.Cli.Commands;

internal static class TrainCommand
{
    public static int Run(string[] args) => Program.NotAvailable("train");
}
