using System.Diagnostics;
using NoteCheck.Benchmarks.Generation;
using NoteCheck.Text;

namespace NoteCheck.Benchmarks;

/// <summary>
/// Stopwatch breakdown of the end-to-end path on one packet: each stage (and each stage of the
/// text pipeline) timed on its own over several warm runs, beside the raw-extraction baseline.
/// It answers "what dominates", which BenchmarkDotNet's per-stage means answer only in sum; it
/// is also the loop to run under `dotnet-trace collect` for a sampled profile.
/// </summary>
public static class StageProfile
{
    public static int Run(int pages, int runs)
    {
        var packet = PacketGenerator.Get(pages);
        var times = new SortedDictionary<string, double>(StringComparer.Ordinal);
        void Add(string stage, double ms) => times[stage] = times.GetValueOrDefault(stage) + ms;

        for (var run = -1; run < runs; run++) // run -1 warms up (JIT, rule loading) and is not counted
        {
            var w = Stopwatch.StartNew();
            RawExtraction.Words(packet.Pdfs);
            var raw = w.Elapsed.TotalMilliseconds;

            w.Restart();
            var documents = Pipeline.Ingest(packet);
            var ingest = w.Elapsed.TotalMilliseconds;

            // The text pipeline stage by stage, the way TextPipeline.Analyze runs them.
            var textStages = new List<(string, double)>();
            foreach (var document in documents)
            {
                var analysis = new TextAnalysis(document);
                foreach (var stage in TextPipeline.Default.Stages)
                {
                    w.Restart();
                    stage.Run(analysis);
                    textStages.Add(("2 text: " + stage.GetType().Name, w.Elapsed.TotalMilliseconds));
                }
            }

            w.Restart();
            var texts = Pipeline.Analyze(documents);
            var text = w.Elapsed.TotalMilliseconds;

            var request = Pipeline.Request(packet);
            w.Restart();
            var found = Pipeline.Detect(texts, request);
            var findings = w.Elapsed.TotalMilliseconds;

            var engine = Pipeline.Criteria(packet);
            w.Restart();
            Pipeline.Decide(engine, request, documents, found);
            var criteria = w.Elapsed.TotalMilliseconds;

            var processor = Pipeline.Processor(packet);
            w.Restart();
            Pipeline.EndToEnd(packet, processor);
            var endToEnd = w.Elapsed.TotalMilliseconds;

            if (run < 0) continue;
            Add("0 raw extraction (baseline)", raw);
            Add("1 ingestion", ingest);
            Add("2 text layer (Analyze)", text);
            foreach (var (name, ms) in textStages) Add(name, ms);
            Add("3 findings", findings);
            Add("4 criteria", criteria);
            Add("9 end to end (PacketProcessor)", endToEnd);
        }

        var total = times["9 end to end (PacketProcessor)"];
        Console.WriteLine($"stage profile, {pages}-page packet, mean of {runs} warm runs (ms, share of end to end):");
        foreach (var (stage, ms) in times)
            Console.WriteLine($"  {stage[2..],-40} {ms / runs,9:0.0} ms {100 * ms / total,6:0.0}%");
        return 0;
    }
}
