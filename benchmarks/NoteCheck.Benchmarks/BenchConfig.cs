using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Order;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using NoteCheck.Benchmarks.Generation;

namespace NoteCheck.Benchmarks;

/// <summary>
/// The two ways the benchmarks run. Full: one warm-up and three measured single invocations
/// per case (Monitoring strategy), pinned to CPU 0 by run-full.sh. Short (CI): one cold
/// invocation per case; it proves every benchmark still runs, its figures are rough.
/// </summary>
public static class BenchConfig
{
    public static IConfig Create(bool shortMode)
    {
        // In-process for both: a 200-page end-to-end decision takes tens of seconds on this machine,
        // so per-case processes and pilot stages do not fit a 10-minute run. The scripts pin the
        // whole process to CPU 0 (taskset), which in-process runs need instead of WithAffinity.
        var job = shortMode
            ? Job.Dry.WithToolchain(InProcessEmitToolchain.Instance).WithId("short")
            : Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithId("one-core")
                .WithStrategy(RunStrategy.Monitoring)
                .WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3);
        return ManualConfig.CreateEmpty()
            .AddJob(job)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .AddColumn(new PacketColumn("Notes", (_, p) => p.Notes.ToString()),
                       new PacketColumn("Per page", (mean, p) => Time(mean / p.Pages)),
                       new PacketColumn("Per note", (mean, p) => Time(mean / p.Notes)),
                       new PacketColumn("Pages/s", (mean, p) => (p.Pages / (mean / 1e9)).ToString("0.0")))
            .AddLogger(BenchmarkDotNet.Loggers.ConsoleLogger.Default)
            .AddExporter(BenchmarkDotNet.Exporters.MarkdownExporter.GitHub)
            .WithSummaryStyle(SummaryStyle.Default.WithRatioStyle(RatioStyle.Trend))
            .WithOrderer(new DefaultOrderer(SummaryOrderPolicy.Declared))
            .WithOptions(ConfigOptions.JoinSummary);
    }

    private static string Time(double ns) =>
        ns >= 1e6 ? $"{ns / 1e6:0.00} ms" : ns >= 1e3 ? $"{ns / 1e3:0.0} us" : $"{ns:0} ns";

    /// <summary>A figure derived from the case's mean and the size of its packet (pages, notes).</summary>
    private sealed class PacketColumn(string name, Func<double, GeneratedPacket, string> value) : IColumn
    {
        public string Id => "Packet." + name;
        public string ColumnName => name;
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => name switch
        {
            "Notes" => "Notes in the generated packet",
            "Pages/s" => "Pages of the packet handled per second",
            _ => $"Mean divided by the packet's {(name == "Per page" ? "pages" : "notes")}",
        };
        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
        public bool IsAvailable(Summary summary) => true;
        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var pages = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Pages")?.Value as int?;
            var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
            if (pages is null || mean is null) return "-";
            return value(mean.Value, PacketGenerator.Get(pages.Value));
        }
    }
}
