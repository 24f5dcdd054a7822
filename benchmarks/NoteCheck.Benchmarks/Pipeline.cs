using NoteCheck.Benchmarks.Generation;
using NoteCheck.Core;
using NoteCheck.Pipeline;

namespace NoteCheck.Benchmarks;

/// <summary>The stages of NoteCheck as the benchmarks call them, so every mode times the same calls.</summary>
public static class Pipeline
{
    private static readonly PacketProcessor Processor = new();

    public static ImagingRequest Request(GeneratedPacket packet) => new()
    {
        RequestId = $"BENCH-{packet.Pages:000}",
        Cpt = "72131",
        RequestDate = packet.RequestDate,
    };

    /// <summary>The whole path, as `notecheck check` runs it; returns a one-line summary (no patient text).</summary>
    public static string EndToEnd(GeneratedPacket packet)
    {
        var decision = Processor.Process(packet.Pdfs, Request(packet));
        return $"outcome {decision.Outcome}, {decision.Documents.Count} documents, {decision.Documents.Sum(d => d.Pages)} pages, " +
               $"{decision.Documents.Sum(d => d.Notes.Count)} notes, {decision.Findings.Count} findings";
    }
}
