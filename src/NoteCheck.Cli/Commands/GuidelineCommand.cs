namespace NoteCheck.Cli.Commands;

internal static class GuidelineCommand
{
    public static int Run(string[] args) => Program.NotAvailable("guideline");
}
