using NoteCheck.Core;
using NoteCheck.Findings;
using NoteCheck.Text;

namespace NoteCheck.Classifiers;

/// <summary>
/// The rules first, then the sentence classifier where the rules are silent: a sentence the model reads as stating a
/// fact (probability at or over its threshold, for the types classifier.json lets it suggest) of a type no rule
/// mention touches becomes a suggested mention,
/// <c>Source = Model</c>, its span the sentence, its rule id naming the model. Suggestions are grouped apart from the
/// rules' findings; the criteria do not rest an approval on them (a reviewer sees them with the evidence).
/// </summary>
public sealed class ClassifierAssistedDetector(FindingDetector rules, SentenceClassifier model, ClassifierSettings settings) : IFindingDetector
{
    public const string RuleId = "model:sentence";

    /// <summary>The default rules with the model the settings name (or the file at <paramref name="modelPath"/>).</summary>
    public static ClassifierAssistedDetector Load(ClassifierSettings settings, string? modelPath = null) =>
        new(FindingDetector.Default, SentenceClassifier.Load(modelPath ?? settings.ModelPath), settings);

    public IReadOnlyList<Finding> Detect(ClinicalText text, FindingContext context)
    {
        var mentions = rules.Mentions(text, context);
        mentions.AddRange(Suggest(text, mentions));
        return rules.Group(text, mentions);
    }

    /// <summary>The model's mentions for sentences where no rule mention of the same type is.</summary>
    public List<Mention> Suggest(ClinicalText text, IReadOnlyList<Mention> ruleMentions)
    {
        var sentences = SentenceExamples.Of(text).ToList();
        var scores = model.Score([.. sentences.Select(s => s.Example)]);
        var suggested = new List<Mention>();
        for (var i = 0; i < sentences.Count; i++)
        {
            var s = sentences[i].Sentence;
            for (var c = 0; c < model.Classes.Count; c++)
            {
                var label = model.Classes[c];
                if (label == SentenceClassifier.NoLabel || settings.ThresholdOf(label) is not { } threshold || scores[i][c] < threshold) continue;
                var (type, assertion) = SentenceExamples.Parse(label);
                if (settings.ExcludedTypes.Contains(type) || ruleMentions.Any(m => m.Type == type && m.Start < s.End && s.Start < m.End)) continue;
                var (start, end) = Trim(text.Document.Text, s.Start, s.End);
                suggested.Add(new Mention
                {
                    Type = type,
                    Assertion = assertion,
                    Start = start,
                    End = end,
                    RuleId = RuleId,
                    Source = FindingSource.Model,
                    Confidence = Math.Round(scores[i][c], 3),
                    NoteIndex = s.NoteIndex,
                    SentenceIndex = s.Index,
                    Section = sentences[i].Example.Section,
                    Date = text.NoteByIndex(s.NoteIndex)?.Date,
                });
            }
        }
        return suggested;
    }

    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return (start, end);
    }
}
