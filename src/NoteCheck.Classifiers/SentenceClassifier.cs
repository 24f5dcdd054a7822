using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace NoteCheck.Classifiers;

/// <summary>How the sentence classifier is trained (fixed seed: same corpus, same model).</summary>
public sealed record TrainingOptions(int Seed = 1, int MinExamples = 15, int MaxIterations = 30, IReadOnlySet<string>? ExcludedTypes = null);

/// <summary>
/// Which facts a sentence states: a bag of words, word pairs and letter triples, plus the section it sits in, read by a
/// maximum-entropy model over "type|assertion" labels and "none". A sentence with several labels is trained once per
/// label, so its probability is shared among them: a score is "how much of this sentence is about that fact".
/// It learns phrasings the rules do not enumerate; it reads sentences, not spans.
/// </summary>
public sealed class SentenceClassifier
{
    public const string NoLabel = "none";

    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly DataViewSchema _inputSchema;
    private readonly string[] _classes;

    private SentenceClassifier(MLContext ml, ITransformer model, DataViewSchema inputSchema)
    {
        _ml = ml;
        _model = model;
        _inputSchema = inputSchema;
        _classes = ClassesOf(model.GetOutputSchema(inputSchema));
    }

    /// <summary>Labels in the order of <see cref="Score"/>'s probabilities.</summary>
    public IReadOnlyList<string> Classes => _classes;

    private sealed class Row
    {
        public string Text { get; set; } = "";
        public string Section { get; set; } = "";
        public string Label { get; set; } = "";
    }

    private sealed class Scored
    {
        [ColumnName("Score")] public float[] Score { get; set; } = [];
    }

    public static SentenceClassifier Train(IEnumerable<SentenceExample> examples, TrainingOptions? options = null)
    {
        options ??= new TrainingOptions();
        var list = examples.ToList();
        bool Allowed(string label) => options.ExcludedTypes is not { } ex || !ex.Contains(SentenceExamples.Parse(label).Type);
        var kept = list.SelectMany(e => e.Labels).Where(Allowed).CountBy(l => l)
            .Where(c => c.Value >= options.MinExamples).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        var rows = new List<Row>();
        foreach (var e in list)
        {
            var labels = e.Labels.Where(kept.Contains).ToList();
            if (labels.Count == 0) rows.Add(new Row { Text = e.Text, Section = e.Section, Label = NoLabel });
            foreach (var l in labels) rows.Add(new Row { Text = e.Text, Section = e.Section, Label = l });
        }
        if (rows.Count == 0) throw new InvalidOperationException("no training sentences");

        var ml = new MLContext(seed: options.Seed);
        var data = ml.Data.LoadFromEnumerable(rows);
        var pipeline = ml.Transforms.Conversion.MapValueToKey("Label")
            .Append(ml.Transforms.Text.FeaturizeText("Words", new TextFeaturizingEstimator.Options
            {
                CaseMode = TextNormalizingEstimator.CaseMode.Lower,
                KeepDiacritics = false,
                KeepPunctuations = false,
                KeepNumbers = true,
                WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true, MaximumNgramsCount = [40000] },
                CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 3, UseAllLengths = false, MaximumNgramsCount = [30000] },
                Norm = TextFeaturizingEstimator.NormFunction.L2,
            }, nameof(Row.Text)))
            .Append(ml.Transforms.Categorical.OneHotEncoding("SectionKey", nameof(Row.Section)))
            .Append(ml.Transforms.Concatenate("Features", "Words", "SectionKey"))
            .Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
            {
                NumberOfThreads = 1, // one thread: the same corpus gives the same weights
                MaximumNumberOfIterations = options.MaxIterations,
                Shuffle = true,
            }));
        var model = pipeline.Fit(data);
        return new SentenceClassifier(ml, model, data.Schema);
    }

    /// <summary>Probabilities per label (in <see cref="Classes"/> order) for each sentence.</summary>
    public IReadOnlyList<float[]> Score(IReadOnlyList<SentenceExample> sentences)
    {
        if (sentences.Count == 0) return [];
        var data = _ml.Data.LoadFromEnumerable(sentences.Select(s => new Row { Text = s.Text, Section = s.Section, Label = NoLabel }));
        return [.. _ml.Data.CreateEnumerable<Scored>(_model.Transform(data), reuseRowObject: false).Select(r => r.Score)];
    }

    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        _ml.Model.Save(_model, _inputSchema, path);
    }

    public static SentenceClassifier Load(string path)
    {
        var ml = new MLContext(seed: 1);
        var model = ml.Model.Load(path, out var schema);
        return new SentenceClassifier(ml, model, schema);
    }

    private static string[] ClassesOf(DataViewSchema scored)
    {
        var names = default(VBuffer<ReadOnlyMemory<char>>);
        scored["Score"].GetSlotNames(ref names);
        return [.. names.DenseValues().Select(n => n.ToString())];
    }
}
