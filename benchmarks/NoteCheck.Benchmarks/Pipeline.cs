using NoteCheck.Benchmarks.Generation;
using NoteCheck.Core;
using NoteCheck.Criteria;
using NoteCheck.Findings;
using NoteCheck.Ingestion;
using NoteCheck.Pipeline;
using NoteCheck.Text;

namespace NoteCheck.Benchmarks;

/// <summary>
/// The stages of NoteCheck as the benchmarks call them, so the benchmarks, the peak-memory check
/// and the stage profile all time the same calls. Each stage takes the previous stage's output.
/// </summary>
public static class Pipeline
{
    private static readonly DocumentReader Reader = new();

    /// <summary>The packet's request.json, read the way the CLI reads it.</summary>
    public static ImagingRequest Request(GeneratedPacket packet) =>
        RequestReader.Parse(packet.RequestJson).Request
        ?? throw new InvalidOperationException("generated request.json was rejected by RequestReader");

    /// <summary>Decisions judge "today" from a fixed clock, so runs are reproducible.</summary>
    public static PacketProcessor Processor(GeneratedPacket packet) => new(clock: new FixedClock(packet.RequestDate));

    /// <summary>Stage 1: every PDF into a SourceDocument (text, page geometry, furniture).</summary>
    public static List<SourceDocument> Ingest(GeneratedPacket packet)
    {
        var documents = new List<SourceDocument>(packet.Pdfs.Count);
        foreach (var path in packet.Pdfs)
        {
            var result = Reader.Read(path);
            if (result.Document is null || result.Errors.Count > 0)
                throw new InvalidOperationException($"ingestion reported {result.Errors.Count} error(s) on {Path.GetFileName(path)}");
            documents.Add(result.Document);
        }
        return documents;
    }

    /// <summary>Stage 2: the text layer (notes, sections, sentences, tokens, times, values) of every document.</summary>
    public static List<ClinicalText> Analyze(List<SourceDocument> documents)
    {
        var texts = new List<ClinicalText>(documents.Count);
        foreach (var document in documents) texts.Add(TextPipeline.Default.Analyze(document));
        return texts;
    }

    /// <summary>Stage 3: the rule-based finding detector over every analyzed document, as the pipeline runs it.</summary>
    public static List<Finding> Detect(List<ClinicalText> texts, ImagingRequest request)
    {
        var context = new FindingContext(request);
        var findings = new List<Finding>();
        foreach (var text in texts) findings.AddRange(FindingDetector.Default.Detect(text, context));
        return findings;
    }

    /// <summary>The criteria engine the pipeline builds, judging "today" from the packet's fixed clock.</summary>
    public static CriteriaEngine Criteria(GeneratedPacket packet) => new(CriteriaLoader.Load(), new FixedClock(packet.RequestDate));

    /// <summary>Stage 4: the guideline's criteria over the packet's findings.</summary>
    public static Decision Decide(CriteriaEngine engine, ImagingRequest request, List<SourceDocument> documents, List<Finding> findings) =>
        engine.Decide(new CriteriaInput
        {
            Request = request,
            Findings = findings,
            Documents = documents.Select(d => new DocumentSummary(d.FileName, d.Pages.Count, d.Pages.Select(p => p.Status).ToList(), d.Notes)).ToList(),
        });

    /// <summary>The whole path, as `notecheck check` runs it; returns a one-line summary (no patient text).</summary>
    public static string EndToEnd(GeneratedPacket packet, PacketProcessor processor)
    {
        var decision = processor.Process(packet.Pdfs, Request(packet));
        return Summarize(decision);
    }

    public static string Summarize(Decision decision) =>
        $"outcome {decision.Outcome}, {decision.Documents.Count} documents, {decision.Documents.Sum(d => d.Pages)} pages, " +
        $"{decision.Documents.Sum(d => d.Notes.Count)} notes, {decision.Findings.Count} findings, {decision.Errors.Count} errors";
}
