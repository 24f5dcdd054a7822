using System.Text.RegularExpressions;
using NoteCheck.Findings.Rules;
using NoteCheck.Text;

namespace NoteCheck.Findings;

/// <summary>Fills attributes from the words around a mention with the extractors of detector.json.</summary>
public sealed class AttributeReader(DetectorRules rules)
{
    public void Fill(ClinicalText text, IEnumerable<Mention> mentions)
    {
        foreach (var mention in mentions)
        {
            FillOne(text, mention);
            WeeksFromDates(mention);
        }
    }

    /// <summary>An episode with a start and end date but no stated duration spans the weeks between them.</summary>
    private void WeeksFromDates(Mention mention)
    {
        if (mention.Attributes.ContainsKey("weeks") || rules.Catalog.Attribute(mention.Type, "weeks") is null) return;
        if (mention.Attributes.GetValueOrDefault("startDate") is DateOnly start && mention.Attributes.GetValueOrDefault("endDate") is DateOnly end && end > start)
            mention.Attributes["weeks"] = rules.Lexicons.Number(Math.Round((end.DayNumber - start.DayNumber) / 7.0, 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private void FillOne(ClinicalText text, Mention mention)
    {
            foreach (var x in rules.Settings.Extractors)
            {
                if (!x.Types.Contains(mention.Type) || mention.Attributes.ContainsKey(x.Attribute)) continue;
                if (x.When.Any(w => !mention.Attributes.TryGetValue(w.Key, out var v) || !string.Equals(v?.ToString(), w.Value, StringComparison.OrdinalIgnoreCase))) continue;
                foreach (var (start, end) in Scopes(text, mention, x.Scope))
                {
                    if (end <= start) continue;
                    var m = x.Pattern.Match(text.TextOf(start, end));
                    if (!m.Success) continue;
                    var value = Value(x, m, rules.Lexicons);
                    var allowed = rules.Catalog.Attribute(mention.Type, x.Attribute)?.Values;
                    if (value is not null && (allowed is null || allowed.Contains(value.ToString()!))) { mention.Attributes[x.Attribute] = value; break; }
                }
            }
    }

    private static object? Value(AttributeExtractor x, Match m, Lexicons lexicons)
    {
        var raw = x.Group is null ? x.Value : m.Groups[x.Group].Success ? m.Groups[x.Group].Value : null;
        if (raw is null) return null;
        if (x.Lexicon is not null) raw = lexicons.Canonical(x.Lexicon, raw);
        if (raw is null) return null;
        return x.As switch
        {
            "days_to_weeks" => lexicons.Number(raw) is int days ? (object)(int)Math.Round(days / 7.0) : null,
            _ => RuleMatcher.Typed(raw, x.As, lexicons),
        };
    }

    /// <summary>The mention's own sentence first, so its numbers win over the rest of the section.</summary>
    private static IEnumerable<(int Start, int End)> Scopes(ClinicalText text, Mention mention, string scope)
    {
        var sentence = mention.SentenceIndex >= 0 && mention.SentenceIndex < text.Sentences.Count ? text.Sentences[mention.SentenceIndex] : text.SentenceAt(mention.Start);
        if (sentence is null) { yield return (mention.Start, mention.End); yield break; }
        yield return (sentence.Start, sentence.End);
        if (scope == "sentence") yield break;
        var section = text.SectionAt(mention.Start);
        var start = section?.Start ?? sentence.Start;
        var end = section?.End ?? sentence.End;
        if (mention.NoteIndex >= 0 && mention.NoteIndex < text.Notes.Count)
        {
            var note = text.Notes[mention.NoteIndex];
            start = Math.Max(start, note.Start);
            end = Math.Min(end, note.End);
        }
        yield return (start, end);
    }
}
