using System.Diagnostics;

namespace NoteCheck.Ocr;

/// <summary>How an external program ended. Output is kept for parsing only, never for messages.</summary>
public sealed record ToolRun(int ExitCode, string StandardOutput, bool TimedOut, bool Cancelled)
{
    public bool Succeeded => !TimedOut && !Cancelled && ExitCode == 0;
}

/// <summary>
/// Runs an external program with a time limit. On timeout or cancellation the whole process
/// tree is killed, so a stuck tesseract never outlives its page.
/// </summary>
public static class ToolRunner
{
    public static ToolRun Run(string program, IEnumerable<string> arguments, TimeSpan timeout, CancellationToken cancellation,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        foreach (var a in arguments) info.ArgumentList.Add(a);
        if (environment is not null) foreach (var (k, v) in environment) info.Environment[k] = v;

        using var process = new Process { StartInfo = info };
        process.Start();
        // Read both streams concurrently so a full stderr pipe cannot block the child.
        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        limit.CancelAfter(timeout);
        try
        {
            process.WaitForExitAsync(limit.Token).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { /* already gone */ }
            process.WaitForExit();
            return new ToolRun(-1, "", TimedOut: !cancellation.IsCancellationRequested, Cancelled: cancellation.IsCancellationRequested);
        }
        process.WaitForExit(); // flushes the redirected streams
        _ = stderr.GetAwaiter().GetResult();
        return new ToolRun(process.ExitCode, stdout.GetAwaiter().GetResult(), false, false);
    }
}
