using BenchmarkDotNet.Running;
using NoteCheck.Benchmarks.Generation;

namespace NoteCheck.Benchmarks;

/// <summary>
/// BenchmarkDotNet entry point, plus three small tools:
///   --short            the CI mode (in-process, one invocation per case)
///   generate [N...]    writes the packets and prints where, with their size and hash
///   peak N             decides the N-page packet once in this process and prints peak memory
///   profile N [runs]   stopwatch breakdown of the end-to-end path by stage
/// Exit code 1 when any benchmark case failed, so CI notices rot.
/// </summary>
public static class Program
{
    /// <summary>
    /// SHA-256 of the ingested text and of the furniture ranges of each PDF under the given folders:
    /// compares ingestion before and after a performance change (same digests, same behaviour).
    /// </summary>
    private static int TextDigest(string[] roots)
    {
        var reader = new NoteCheck.Ingestion.DocumentReader();
        var dump = Environment.GetEnvironmentVariable("NOTECHECK_BENCH_DUMP"); // folder to write each text to, for a diff
        foreach (var file in roots.SelectMany(r => Directory.GetFiles(r, "*.pdf", SearchOption.AllDirectories)).Order(StringComparer.Ordinal))
        {
            var document = reader.Read(file).Document;
            if (document is null) { Console.WriteLine($"{file}: not read"); continue; }
            if (!string.IsNullOrEmpty(dump)) File.WriteAllText(Path.Combine(dump, Path.GetFileName(file) + ".txt"), document.Text);
            var furniture = string.Join(";", document.Furniture.Select(f => $"{f.Start}-{f.End}"));
            var boxes = string.Join(";", Enumerable.Range(0, document.Text.Length).Where(i => i % 97 == 0)
                .Select(i => document.Geometry?.BoxAt(i).ToArray() is { } b ? string.Join(",", b) : "-"));
            string Hash(string s) => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(s)))[..16];
            Console.WriteLine($"{file}: {document.Pages.Count} pages, {document.Text.Length} chars, text {Hash(document.Text)}, furniture {Hash(furniture)}, boxes {Hash(boxes)}");
        }
        return 0;
    }

    public const string ShortModeVariable = "NOTECHECK_BENCH_SHORT";

    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "generate")
        {
            var verify = args.Contains("--verify");
            var sizes = args[1..].Where(a => a != "--verify").Select(int.Parse).ToList();
            foreach (var pages in sizes.Count > 0 ? sizes : [1, 17, 200])
            {
                var p = PacketGenerator.Get(pages);
                Console.WriteLine($"{pages,4} pages  {p.Pdfs.Count,2} PDFs  {p.Notes,3} notes  {RawExtraction.Words(p.Pdfs),6} words  sha256 {p.Sha256[..16]}  {p.Directory}");
                if (!verify) continue;
                // Same seed, fresh folder: the bytes must match the cached packet.
                var scratch = Directory.CreateTempSubdirectory("notecheck-verify").FullName;
                var again = PacketGenerator.Generate(pages, PacketGenerator.DefaultSeed, scratch);
                Directory.Delete(scratch, true);
                if (again.Sha256 != p.Sha256) { Console.Error.WriteLine($"{pages} pages: regenerated packet differs"); return 1; }
            }
            return 0;
        }

        if (args.Length > 1 && args[0] == "peak") return PeakMemory.Run(int.Parse(args[1]));
        if (args.Length > 1 && args[0] == "profile") return StageProfile.Run(int.Parse(args[1]), args.Length > 2 ? int.Parse(args[2]) : 5);

        if (args.Length > 1 && args[0] == "rule-cost") return RuleCost.Run(int.Parse(args[1]));
        if (args.Length > 1 && args[0] == "text-digest") return TextDigest(args[1..]);

        var shortMode = args.Contains("--short");
        if (shortMode) Environment.SetEnvironmentVariable(ShortModeVariable, "1");
        var rest = args.Where(a => a != "--short").ToArray();
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly)
            .Run(rest.Length == 0 ? ["--filter", "*"] : rest, BenchConfig.Create(shortMode)).ToList();
        var failed = summaries.Sum(s => s.Reports.Count(r => !r.Success)) + summaries.Count(s => s.HasCriticalValidationErrors);
        if (summaries.Count == 0 || failed > 0)
        {
            Console.Error.WriteLine($"benchmarks: {failed} case(s) failed or nothing ran");
            return 1;
        }
        return 0;
    }
}
