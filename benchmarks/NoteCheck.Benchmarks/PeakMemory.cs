using System.Diagnostics;
using NoteCheck.Benchmarks.Generation;

namespace NoteCheck.Benchmarks;

/// <summary>
/// Peak memory of deciding one packet, measured the way an operator sees it: the process's peak
/// resident set (Linux VmHWM) and the managed bytes allocated. Two figures: the first decision in
/// a fresh process (runtime, JIT and rule loading included) and a second one after resetting the
/// kernel's peak counter (/proc/self/clear_refs), which is the steady state of a long-running
/// batch or server. Run it in its own process (run-full.sh does) after `generate`, so that
/// writing the PDFs does not count.
/// </summary>
public static class PeakMemory
{
    public static int Run(int pages)
    {
        var packet = PacketGenerator.Get(pages);
        Measure("first decision in a fresh process", packet);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var reset = TryResetPeak();
        Measure(reset ? "second decision, peak counter reset" : "second decision (peak counter could not be reset: includes the first)", packet);
        return 0;
    }

    private static void Measure(string label, GeneratedPacket packet)
    {
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var gen2Before = GC.CollectionCount(2);
        var watch = Stopwatch.StartNew();
        var summary = Pipeline.EndToEnd(packet, Pipeline.Processor(packet));
        watch.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        Console.WriteLine($"peak {packet.Pages} pages, {label}: {watch.Elapsed.TotalMilliseconds:0} ms, " +
                          $"peak working set {self.PeakWorkingSet64 / 1048576.0:0.0} MB, " +
                          $"managed allocated {allocated / 1048576.0:0.0} MB, gen2 GCs {GC.CollectionCount(2) - gen2Before}, " +
                          $"GC heap now {GC.GetGCMemoryInfo().HeapSizeBytes / 1048576.0:0.0} MB; {summary}");
    }

    // Writing "5" to clear_refs resets VmHWM to the current resident set (Linux only).
    private static bool TryResetPeak()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
