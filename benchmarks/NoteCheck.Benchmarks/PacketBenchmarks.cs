using BenchmarkDotNet.Attributes;
using NoteCheck.Benchmarks.Generation;

namespace NoteCheck.Benchmarks;

/// <summary>
/// Every stage of NoteCheck on generated packets of 1, 17 and 200 pages, each read against
/// PdfPig's raw word extraction of the same PDFs in the same run (Ratio column). Stage inputs
/// are prepared in setup so each benchmark times its own stage only.
/// </summary>
[MemoryDiagnoser]
public class PacketBenchmarks
{
    [Params(1, 17, 200)]
    public int Pages { get; set; }

    private GeneratedPacket _packet = null!;

    [GlobalSetup]
    public void Setup()
    {
        _packet = PacketGenerator.Get(Pages);
        if (RawExtraction.Words(_packet.Pdfs) < 150 * Pages)
            throw new InvalidOperationException($"generated {Pages}-page packet has too few words to be a fair input");
    }

    [Benchmark(Baseline = true, Description = "Raw extraction (PdfPig GetWords)")]
    public int RawWords() => RawExtraction.Words(_packet.Pdfs);
}
