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
    [ParamsSource(nameof(Sizes))]
    public int Pages { get; set; }

    /// <summary>1, 17 and 200 pages; the short (CI) mode leaves out 200, which alone takes minutes.</summary>
    public static IEnumerable<int> Sizes() =>
        Environment.GetEnvironmentVariable(Program.ShortModeVariable) == "1" ? [1, 17] : [1, 17, 200];

    private GeneratedPacket _packet = null!;
    private ImagingRequest _request = null!;
    private PacketProcessor _processor = null!;
    private List<SourceDocument> _documents = null!;
    private List<ClinicalText> _texts = null!;
    private List<Finding> _findings = null!;
    private NoteCheck.Criteria.CriteriaEngine _criteria = null!;

    // Prepared inputs per packet size, shared by the cases of an in-process run (a 200-page
    // packet takes tens of seconds to take through the findings stage).
    private static readonly Dictionary<int, (GeneratedPacket, ImagingRequest, PacketProcessor, List<SourceDocument>, List<ClinicalText>, List<Finding>, NoteCheck.Criteria.CriteriaEngine)> Prepared = [];

    [GlobalSetup]
    public void Setup()
    {
        if (Prepared.TryGetValue(Pages, out var p))
        {
            (_packet, _request, _processor, _documents, _texts, _findings, _criteria) = p;
            return;
        }
        _packet = PacketGenerator.Get(Pages);
        _request = Pipeline.Request(_packet);
        _processor = Pipeline.Processor(_packet);
        if (RawExtraction.Words(_packet.Pdfs) < 150 * Pages)
            throw new InvalidOperationException($"generated {Pages}-page packet has too few words to be a fair input");

        // Check that every stage does real work on this input before timing it.
        _documents = Pipeline.Ingest(_packet);
        var pages = _documents.Sum(d => d.Pages.Count(p => p.Status == PageStatus.Text));
        if (pages != Pages) throw new InvalidOperationException($"ingestion read {pages} text pages of {Pages}");
        _texts = Pipeline.Analyze(_documents);
        var notes = _texts.Sum(t => t.Notes.Count);
        _findings = Pipeline.Detect(_texts, _request);
        if (_findings.Count == 0) throw new InvalidOperationException($"no findings in the {Pages}-page packet: the findings benchmark would time nothing");
        _criteria = Pipeline.Criteria(_packet);
        var decision = Pipeline.Decide(_criteria, _request, _documents, _findings);
        Console.WriteLine($"// setup {Pages} pages: {_packet.Notes} notes generated, {notes} found by the text layer, " +
                          $"{_texts.Sum(t => t.Sentences.Count)} sentences, {_findings.Count} findings, outcome {decision.Outcome}");
        Prepared[Pages] = (_packet, _request, _processor, _documents, _texts, _findings, _criteria);
    }

    [Benchmark(Baseline = true, Description = "Raw extraction (PdfPig GetWords)")]
    public int RawWords() => RawExtraction.Words(_packet.Pdfs);

    [Benchmark(Description = "Ingestion (PDF -> SourceDocument)")]
    public int Ingestion() => Pipeline.Ingest(_packet).Count;

    [Benchmark(Description = "Text layer")]
    public int TextLayer() => Pipeline.Analyze(_documents).Count;

    [Benchmark(Description = "Findings")]
    public int Findings() => Pipeline.Detect(_texts, _request).Count;

    // The findings stage with the sentence classifier behind the rules (what the CLI runs when models/sentences.zip is there).
    private static readonly Lazy<NoteCheck.Findings.IFindingDetector> WithModel =
        new(() => NoteCheck.Classifiers.ClassifierAssistedDetector.Load(NoteCheck.Classifiers.ClassifierSettings.Default));

    [Benchmark(Description = "Findings, rules + sentence classifier")]
    public int FindingsWithModel() => _texts.Sum(t => WithModel.Value.Detect(t, new NoteCheck.Findings.FindingContext(_request)).Count);

    // The findings stage's rule matching alone, with and without the literal pre-filter, on the same texts.
    private static readonly Lazy<NoteCheck.Findings.RuleMatcher> Filtered = new(() => new(NoteCheck.Findings.Rules.DetectorRules.Default, ContextAnalyzer.Default));
    private static readonly Lazy<NoteCheck.Findings.RuleMatcher> Unfiltered = new(() => new(NoteCheck.Findings.Rules.DetectorRules.Default, ContextAnalyzer.Default, prefilter: false));

    [Benchmark(Description = "Rule matching, literal pre-filter")]
    public int RuleMatching() => _texts.Sum(t => Filtered.Value.Match(t, null).Count);

    [Benchmark(Description = "Rule matching, every regex")]
    public int RuleMatchingUnfiltered() => _texts.Sum(t => Unfiltered.Value.Match(t, null).Count);

    [Benchmark(Description = "Criteria")]
    public Decision Criteria() => Pipeline.Decide(_criteria, _request, _documents, _findings);

    [Benchmark(Description = "End to end (PacketProcessor)")]
    public Decision EndToEnd() => _processor.Process(_packet.Pdfs, _request);
}
