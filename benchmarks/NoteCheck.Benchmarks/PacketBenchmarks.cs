using BenchmarkDotNet.Attributes;
using NoteCheck.Benchmarks.Generation;
using NoteCheck.Core;
using NoteCheck.Pipeline;
using NoteCheck.Text;

namespace NoteCheck.Benchmarks;

/// <summary>
/// Every stage of NoteCheck on generated packets of 1, 17 and 200 pages, each read against
/// PdfPig's raw word extraction of the same PDFs in the same run (Ratio column). Each stage's
/// input is prepared in setup so a benchmark times its own stage only; the Per page and Per note
/// columns divide the packet's time by its size.
/// </summary>
[MemoryDiagnoser]
public class PacketBenchmarks
{
    [Params(1, 17, 200)]
    public int Pages { get; set; }

    private GeneratedPacket _packet = null!;
    private ImagingRequest _request = null!;
    private PacketProcessor _processor = null!;
    private List<SourceDocument> _documents = null!;

    [GlobalSetup]
    public void Setup()
    {
        _packet = PacketGenerator.Get(Pages);
        _request = Pipeline.Request(_packet);
        _processor = Pipeline.Processor(_packet);
        if (RawExtraction.Words(_packet.Pdfs) < 150 * Pages)
            throw new InvalidOperationException($"generated {Pages}-page packet has too few words to be a fair input");

        // Check that every stage does real work on this input before timing it.
        _documents = Pipeline.Ingest(_packet);
        var pages = _documents.Sum(d => d.Pages.Count(p => p.Status == PageStatus.Text));
        if (pages != Pages) throw new InvalidOperationException($"ingestion read {pages} text pages of {Pages}");
        var texts = Pipeline.Analyze(_documents);
        var notes = texts.Sum(t => t.Notes.Count);
        Console.WriteLine($"// setup {Pages} pages: {_packet.Notes} notes generated, {notes} found by the text layer, " +
                          $"{texts.Sum(t => t.Sentences.Count)} sentences; end to end: {Pipeline.EndToEnd(_packet, _processor)}");
    }

    [Benchmark(Baseline = true, Description = "Raw extraction (PdfPig GetWords)")]
    public int RawWords() => RawExtraction.Words(_packet.Pdfs);

    [Benchmark(Description = "Ingestion (PDF -> SourceDocument)")]
    public int Ingestion() => Pipeline.Ingest(_packet).Count;

    [Benchmark(Description = "Text layer")]
    public int TextLayer() => Pipeline.Analyze(_documents).Count;

    [Benchmark(Description = "End to end (PacketProcessor)")]
    public Decision EndToEnd() => _processor.Process(_packet.Pdfs, _request);
}
