using System.Text.RegularExpressions;
using NoteCheck.Findings.Rules;
using NoteCheck.Text;

namespace NoteCheck.Findings;

/// <summary>Fills attributes from the words around a mention with the extractors of detector.json.</summary>
public sealed class AttributeReader(DetectorRules rules)
{
    public void Fill(ClinicalText text, IEnumerable<Mention> mentions)
    {
        var all = mentions as IReadOnlyList<Mention> ?? mentions.ToList();
        foreach (var mention in all)
        {
            FillOne(text, mention, all);
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

    private void FillOne(ClinicalText text, Mention mention, IReadOnlyList<Mention> all)
    {
            foreach (var x in rules.Settings.Extractors)
            {
                if (!x.Types.Contains(mention.Type) || mention.Attributes.ContainsKey(x.Attribute)) continue;
                if (x.When.Any(w => !mention.Attributes.TryGetValue(w.Key, out var v) || !string.Equals(v?.ToString(), w.Value, StringComparison.OrdinalIgnoreCase))) continue;
                if (x.Rules is not null && !x.Rules.Contains(mention.RuleId)) continue;
                if (x.NoteKinds is not null && !(text.NoteByIndex(mention.NoteIndex)?.Kind is { } kind && x.NoteKinds.Contains(kind))) continue;
                var noteDate = text.NoteByIndex(mention.NoteIndex)?.Date;
                foreach (var (start, end) in Scopes(text, mention, x.Scope, all))
                {
                    if (end <= start) continue;
                    var m = x.Scope == "near"
                        ? Nearest(Within(x.Pattern, text.Document.Text, start, end).Where(c => OldEnough(x, c.Match, noteDate)), mention.Start, mention.End)
                        : x.Pattern.Matches(text.TextOf(start, end)).FirstOrDefault(c => OldEnough(x, c, noteDate));
                    if (m is null) continue;
                    var value = Value(x, m, rules.Lexicons, noteDate);
                    var allowed = rules.Catalog.Attribute(mention.Type, x.Attribute)?.Values;
                    if (value is not null && (allowed is null || allowed.Contains(value.ToString()!))) { mention.Attributes[x.Attribute] = value; break; }
                }
            }
    }

    /// <summary>Matches inside [start, end) of the document; lookbehinds still see the words before the window
    /// ("started PT ... in early September" is a start even for a mention after "started").</summary>
    private static IEnumerable<(Match Match, int Offset)> Within(Regex pattern, string doc, int start, int end)
    {
        var from = Math.Max(0, start - LookBehind);
        var input = doc[from..end];
        for (var m = pattern.Match(input, start - from); m.Success; m = m.NextMatch())
            yield return (m, from);
    }

    /// <summary>The match closest to the mention (the first of equals): in a sentence with two courses, each takes its own words.</summary>
    private static Match? Nearest(IEnumerable<(Match Match, int Offset)> matches, int start, int end)
    {
        Match? best = null;
        var bestDistance = int.MaxValue;
        foreach (var (m, offset) in matches)
        {
            var (s, e) = (offset + m.Index, offset + m.Index + m.Length);
            var distance = e <= start ? start - e : s >= end ? s - end : 0;
            if (distance < bestDistance) { best = m; bestDistance = distance; }
        }
        return best;
    }

    /// <summary>An extractor with olderThan counts only a match that names a time at least that long before the note.</summary>
    private bool OldEnough(AttributeExtractor x, Match m, DateOnly? noteDate)
    {
        if (x.OlderThan is not { } age) return true;
        if (noteDate is not { } note) return false;
        var latest = PastTime.Resolve(m, note, end: false, WholeNumber(rules.Lexicons));
        return latest is { } d && d <= note.AddMonths(-age.Months).AddDays(-age.Days);
    }

    /// <summary>A written number ("8", "eight") as PastTime reads an 'N years ago'.</summary>
    private static Func<string, int?> WholeNumber(Lexicons lexicons) => w => lexicons.Number(w) is int n ? n : null;

    private static object? Value(AttributeExtractor x, Match m, Lexicons lexicons, DateOnly? noteDate)
    {
        // A period named without a full date ("Jan-Mar", "in the spring", "last year") is read against the note's date.
        if (x.As is "past_start" or "past_end") return PastTime.Resolve(m, noteDate, x.As == "past_end", WholeNumber(lexicons));
        var raw = x.Group is null ? x.Value : m.Groups[x.Group].Success ? m.Groups[x.Group].Value : null;
        if (raw is null) return null;
        if (x.Lexicon is not null) raw = lexicons.Canonical(x.Lexicon, raw);
        if (raw is null) return null;
        return x.As switch
        {
            "days_to_weeks" => lexicons.Number(raw) is int days ? (object)(int)Math.Round(days / 7.0) : null,
            // A birth date is never after the note that states it: '4/19/48' in a 2026 note is 1948, not 2048.
            "birth_date" => DateText.Parse(raw) is { } born ? (noteDate is { } note && born > note ? born.AddYears(-100) : born) : null,
            _ => RuleMatcher.Typed(raw, x.As, lexicons),
        };
    }

    private static bool SameKind(Mention a, Mention b) =>
        string.Equals(a.Attributes.GetValueOrDefault("modality")?.ToString(), b.Attributes.GetValueOrDefault("modality")?.ToString(), StringComparison.Ordinal);

    private const int NearReach = 60;
    private const int VerdictLength = 24;
    /// <summary>Words before a "near" window that its patterns' lookbehinds may still read.</summary>
    private const int LookBehind = 80;

    /// <summary>The mention's own sentence first, so its numbers win over the rest of the section.</summary>
    private static IEnumerable<(int Start, int End)> Scopes(ClinicalText text, Mention mention, string scope, IReadOnlyList<Mention> all)
    {
        var sentence = mention.SentenceIndex >= 0 && mention.SentenceIndex < text.Sentences.Count ? text.Sentences[mention.SentenceIndex] : text.SentenceAt(mention.Start);
        if (sentence is null) { yield return (mention.Start, mention.End); yield break; }
        if (scope == "near")
        {
            // The mention's clause (between ';' or the sentence ends), no further than a short reach on either side.
            var doc = text.Document.Text;
            var from = Math.Max(sentence.Start, mention.Start - NearReach);
            var to = Math.Min(sentence.End, mention.End + NearReach);
            var semi = doc.LastIndexOf(';', Math.Max(mention.Start - 1, from), Math.Max(mention.Start - from, 0));
            if (semi >= from) from = semi + 1;
            var next = to > mention.End ? doc.IndexOf(';', mention.End, to - mention.End) : -1;
            if (next >= 0) to = next;
            // Nor past another mention of the type that is something else ("8 wks chiropractic with home stretches,
            // and ibuprofen since 04/2025": the month is the ibuprofen's, not the chiropractic's).
            foreach (var other in all)
            {
                if (other.Type != mention.Type || other.Overlaps(mention) || SameKind(other, mention)) continue;
                if (other.End <= mention.Start && other.End > from) from = other.End;
                if (other.Start >= mention.End && other.Start < to) to = other.Start;
            }
            yield return (from, to);
            yield break;
        }
        if (scope == "note")
        {
            if (text.NoteByIndex(mention.NoteIndex) is { } whole) yield return (whole.Start, whole.End);
            yield break;
        }
        yield return (sentence.Start, sentence.End);
        if (scope == "sentence") yield break;
        if (scope == "verdict")
        {
            // A terse verdict standing as the next sentence of the same note ('Gait: L steppage. Chronic.'): it speaks of
            // the line before it. Only a short one, right after, on the same or the next line.
            if (sentence.Index + 1 < text.Sentences.Count && text.Sentences[sentence.Index + 1] is { } next
                && next.NoteIndex == sentence.NoteIndex && next.End - next.Start <= VerdictLength
                && !text.TextOf(sentence.End, next.Start).Contains("\n\n", StringComparison.Ordinal))
                yield return (next.Start, next.End);
            yield break;
        }
        var section = text.SectionAt(mention.Start);
        var start = section?.Start ?? sentence.Start;
        var end = section?.End ?? sentence.End;
        if (text.NoteByIndex(mention.NoteIndex) is { } note)
        {
            start = Math.Max(start, note.Start);
            end = Math.Min(end, note.End);
        }
        yield return (start, end);
    }
}
