using System.Text.Json;
using NoteCheck.Core;
using NoteCheck.Findings.Rules;

namespace NoteCheck.Classifiers;

/// <summary>
/// rules/findings/classifier.json: the model file, the probability a suggestion needs (by "type|assertion" label, by
/// type, else the default), the types it learns but never suggests, and the types it never learns. Closed key set;
/// errors name the file.
/// </summary>
public sealed record ClassifierSettings(string Model, double Threshold, IReadOnlyDictionary<string, double> Thresholds,
    IReadOnlySet<string> NeverSuggest, IReadOnlySet<string> ExcludedTypes, int MinExamples)
{
    private static readonly HashSet<string> Keys = ["_comment", "model", "threshold", "thresholds", "neverSuggest", "excludedTypes", "minExamples"];

    /// <summary>The probability a suggestion of this label needs; null when the model does not suggest it.</summary>
    public double? ThresholdOf(string label)
    {
        if (Thresholds.TryGetValue(label, out var t)) return t;
        var type = SentenceExamples.Parse(label).Type;
        if (Thresholds.TryGetValue(type, out var byType)) return byType;
        return NeverSuggest.Contains(type) || ExcludedTypes.Contains(type) ? null : Threshold;
    }

    public static ClassifierSettings Default => Load(RulesLocator.PathOf("findings", "classifier.json"));

    /// <summary>The model file named by the settings, relative to the repository (the rules folder's parent).</summary>
    public string ModelPath => Path.IsPathRooted(Model) ? Model : Path.GetFullPath(Path.Combine(RulesLocator.RulesRoot, "..", Model));

    public static ClassifierSettings Load(string file)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(file));
        var root = doc.RootElement;
        foreach (var p in root.EnumerateObject())
            if (!Keys.Contains(p.Name)) throw new RuleFileException(file, null, $"unknown key '{p.Name}'");
        string model = root.TryGetProperty("model", out var m) ? m.GetString() ?? "" : throw new RuleFileException(file, null, $"'model' is required");
        var threshold = root.TryGetProperty("threshold", out var th) ? th.GetDouble() : 0.5;
        var thresholds = root.TryGetProperty("thresholds", out var ts)
            ? ts.EnumerateObject().ToDictionary(x => x.Name, x => x.Value.GetDouble(), StringComparer.Ordinal)
            : new Dictionary<string, double>(StringComparer.Ordinal);
        HashSet<string> Names(string key) => root.TryGetProperty(key, out var a)
            ? a.EnumerateArray().Select(x => x.GetString()!).ToHashSet(StringComparer.Ordinal) : [];
        var never = Names("neverSuggest");
        var excluded = Names("excludedTypes");
        var min = root.TryGetProperty("minExamples", out var mn) ? mn.GetInt32() : 15;
        if (thresholds.Values.Append(threshold).Any(v => v is <= 0 or > 1)) throw new RuleFileException(file, null, "thresholds are probabilities in (0, 1]");
        return new ClassifierSettings(model, threshold, thresholds, never, excluded, min);
    }
}
