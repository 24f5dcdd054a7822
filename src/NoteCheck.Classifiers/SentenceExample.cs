using NoteCheck.Core;
using NoteCheck.Text;

namespace NoteCheck.Classifiers;

/// <summary>
/// One sentence as the classifier reads it: its words, its section's name and its labels ("type|assertion" of every
/// gold mention it overlaps; none for a sentence that states no fact the guideline asks about).
/// </summary>
public sealed record SentenceExample(string Text, string Section, IReadOnlyList<string> Labels);

public static class SentenceExamples
{
    /// <summary>A label names a finding type and its assertion: the model learns "no weakness" apart from "weakness".</summary>
    public static string Label(string type, Assertion assertion) => $"{type}|{assertion.ToString().ToLowerInvariant()}";

    public static (string Type, Assertion Assertion) Parse(string label)
    {
        var bar = label.IndexOf('|');
        return (label[..bar], Enum.Parse<Assertion>(label[(bar + 1)..], ignoreCase: true));
    }

    /// <summary>The sentences of an analyzed document, each with the labels of the gold spans it overlaps.</summary>
    public static IEnumerable<(Sentence Sentence, SentenceExample Example)> Of(ClinicalText text,
        IEnumerable<(string Type, Assertion Assertion, int Start, int End)>? gold = null)
    {
        var spans = gold?.ToList() ?? [];
        foreach (var s in text.Sentences)
        {
            var words = text.Document.Text[s.Start..s.End];
            if (!words.Any(char.IsLetter)) continue;
            var labels = spans.Where(g => g.Start < s.End && s.Start < g.End).Select(g => Label(g.Type, g.Assertion))
                .Distinct().Order(StringComparer.Ordinal).ToList();
            yield return (s, new SentenceExample(words, SectionOf(text, s), labels));
        }
    }

    private static string SectionOf(ClinicalText text, Sentence s) =>
        s.SectionIndex >= 0 && s.SectionIndex < text.Sections.Count ? text.Sections[s.SectionIndex].Name : "none";
}
