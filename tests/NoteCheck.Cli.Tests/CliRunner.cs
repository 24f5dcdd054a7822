namespace NoteCheck.Cli.Tests;

/// <summary>Runs notecheck in-process (Program.Main) capturing stdout and stderr.</summary>
public static class CliRunner
{
    private static readonly object Gate = new();

    public sealed record Run(int ExitCode, string Out, string Err);

    public static Run Main(params string[] args)
    {
        lock (Gate)
        {
            var (oldOut, oldErr) = (Console.Out, Console.Error);
            var (o, e) = (new StringWriter(), new StringWriter());
            Console.SetOut(o);
            Console.SetError(e);
            try { return new Run(Program.Main(args), o.ToString(), e.ToString()); }
            finally { Console.SetOut(oldOut); Console.SetError(oldErr); }
        }
    }
}

/// <summary>A fresh temp folder per test, removed afterwards.</summary>
public sealed class TempDir : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("notecheck-cli-").FullName;
    public string Sub(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);
    public string Folder(params string[] parts) => Directory.CreateDirectory(Sub(parts)).FullName;
    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
    }
}
