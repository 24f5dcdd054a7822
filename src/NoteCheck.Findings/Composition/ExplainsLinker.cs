using System.Text.RegularExpressions;
using NoteCheck.Core;
using NoteCheck.Findings.Rules;
using NoteCheck.Text;

namespace NoteCheck.Findings.Composition;

/// <summary>
/// Links a deficit (weakness, reflex change, sensory loss, foot drop) to the plexopathy, neuropathy or
/// peroneal nerve lesion the note says explains it: both in one sentence, or the exclusion's sentence
/// states a cause ("due to", "consistent with") close by. Sets explainedBy / explains.
/// </summary>
public sealed class ExplainsLinker(DetectorRules rules)
{
    public void Link(ClinicalText text, List<Mention> mentions)
    {
        var settings = rules.Settings.Explains;
        if (settings is null) return;
        var exclusions = mentions.Where(m => m.Assertion == Assertion.Present && settings.Exclusions.Contains(m.Type)).ToList();
        foreach (var e in exclusions)
        {
            var eSentence = SentenceText(text, e);
            // "neuropathy of the tips only - does not explain the new deficit": a causal word the sentence denies links nothing nearby
            var causal = settings.Cue.IsMatch(eSentence) && settings.AgainstCue?.IsMatch(eSentence) != true;
            var explained = new List<string>();
            foreach (var d in mentions)
            {
                if (d.Assertion != Assertion.Present || d.NoteIndex != e.NoteIndex || !settings.Deficits.Contains(d.Type)) continue;
                var sameSentence = d.SentenceIndex == e.SentenceIndex;
                var near = causal && Math.Abs(d.SentenceIndex - e.SentenceIndex) <= settings.SentenceReach;
                if (!sameSentence && !near) continue;
                if (SaysNotExplained(text, settings, d, e, sameSentence)) continue;
                // A one-sided deficit is a root's pattern, not a symmetric polyneuropathy's: only its own sentence links them.
                if (!sameSentence && d.Laterality is "left" or "right" && settings.SymmetricCue is { } sym && sym.IsMatch(text.TextOf(e.Start, e.End))) continue;
                if (rules.Catalog.Attribute(d.Type, "explainedBy") is { } spec && (spec.Values is null || spec.Values.Contains(e.Type)))
                {
                    d.Attributes["explainedBy"] = e.Type;
                    explained.Add(d.Type);
                }
            }
            if (explained.Count > 0) e.Attributes["explains"] = string.Join(",", explained.Distinct().Order(StringComparer.Ordinal));
        }
    }

    /// <summary>"superimposed on", "NOT explained by", "in addition to" between the two: the note sets the deficit apart from the exclusion.</summary>
    private static bool SaysNotExplained(ClinicalText text, ExplainsSettings settings, Mention d, Mention e, bool sameSentence)
    {
        if (settings.AgainstCue is not { } against) return false;
        if (sameSentence)
        {
            int from = Math.Min(d.Start, e.Start), to = Math.Max(d.End, e.End);
            return against.IsMatch(text.TextOf(from, to));
        }
        return against.IsMatch(SentenceText(text, d));
    }

    private static string SentenceText(ClinicalText text, Mention m)
    {
        var s = m.SentenceIndex >= 0 && m.SentenceIndex < text.Sentences.Count ? text.Sentences[m.SentenceIndex] : null;
        return s is null ? text.TextOf(m.Start, m.End) : text.TextOf(s.Start, s.End);
    }
}

/// <summary>detector.json "explains": which types explain which deficits, and the causal cue.</summary>
/// AgainstCue: words that set a deficit apart from the exclusion ("superimposed on", "not explained by");
/// SymmetricCue: an exclusion's own words that make it a symmetric polyneuropathy ("diabetic", "length-dependent").
public sealed record ExplainsSettings(Regex Cue, IReadOnlySet<string> Exclusions, IReadOnlySet<string> Deficits, int SentenceReach,
    Regex? AgainstCue = null, Regex? SymmetricCue = null);
