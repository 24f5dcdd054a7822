using System.Globalization;
using System.Text.RegularExpressions;
using NoteCheck.Core;
using NoteCheck.Findings.Rules;
using NoteCheck.Text;

namespace NoteCheck.Findings;

/// <summary>Runs the detector rules over each sentence of an analyzed document and returns raw mentions.</summary>
/// <param name="prefilter">Skip rules whose literal keywords a sentence lacks (same mentions; false only to measure or test it).</param>
public sealed partial class RuleMatcher(DetectorRules rules, ContextAnalyzer context, bool prefilter = true)
{
    // Most sentences hold none of a rule's keywords: those rules' regexes are not run on them.
    private readonly RulePrefilter? _prefilter = prefilter ? new(rules.Rules) : null;

    public List<Mention> Match(ClinicalText text, int? patientAge)
    {
        var pediatric = patientAge is { } age && age <= rules.Settings.PediatricMaxAge;
        var mentions = new List<Mention>();
        var keywords = _prefilter?.Start();
        // A document that never says 'carried forward' dates nothing by it: one scan here, not one per mention.
        var carriedForward = rules.Settings.CopiedForward?.IsMatch(text.Document.Text) == true;
        for (var s = 0; s < text.Sentences.Count; s++)
        {
            var sentence = text.Sentences[s];
            if (sentence.End <= sentence.Start) continue;
            var sentenceText = text.TextOf(sentence.Start, sentence.End);
            var section = sentence.SectionIndex >= 0 && sentence.SectionIndex < text.Sections.Count ? text.Sections[sentence.SectionIndex] : text.SectionAt(sentence.Start);
            var note = text.NoteByIndex(sentence.NoteIndex);
            keywords?.Load(sentenceText);
            var copiedFrom = carriedForward ? CopiedForwardDate(text, sentence) : null;
            for (var i = 0; i < rules.Rules.Count; i++)
            {
                var rule = rules.Rules[i];
                if (rule.Pediatric && !pediatric) continue;
                if (rule.MaxPatientAge is { } maxAge && patientAge > maxAge) continue;
                if (!Applies(rule, section?.Name, note?.Kind)) continue;
                if (keywords?.MayMatch(i) == false) continue;
                if (rule.Requires is not null && !rule.Requires.IsMatch(sentenceText)) continue;
                if (rule.Unless is not null && keywords?.UnlessMayMatch(i) != false && rule.Unless.IsMatch(sentenceText)) continue;
                if (rule.AfterHeader is not null && !FirstAfterHeader(rule.AfterHeader, text, sentence, section)) continue;
                foreach (Match m in rule.Pattern.Matches(sentenceText))
                {
                    if (rule.RequiresBefore is not null && !MatchesBefore(rule.RequiresBefore, text, s, sentence.Start + m.Index)) continue;
                    if (rule.RequiresInNote is not null && !rule.RequiresInNote.IsMatch(NoteTextBefore(text, note, sentence.Start + m.Index))) continue;
                    if (rule.UnlessInNote is not null && rule.UnlessInNote.IsMatch(NoteTextBefore(text, note, sentence.Start + m.Index))) continue;
                    if (rule.ColumnHeader is not null && !UnderColumnHeader(rule.ColumnHeader, text.Document.Text, sentence.Start + m.Index)) continue;
                    var mention = Read(rule, m, text, sentence, section, note, sentenceText, copiedFrom);
                    if (mention is not null) mentions.Add(mention);
                }
            }
        }
        return mentions;
    }

    /// <summary>The note's text from its start (the document's, outside any note) up to <paramref name="at"/>.</summary>
    private static ReadOnlySpan<char> NoteTextBefore(ClinicalText text, NoteSegment? note, int at) =>
        text.Document.Text.AsSpan(note?.Start ?? 0, at - (note?.Start ?? 0));

    /// <summary>The text before a match, from the start of the few sentences before it in the same note and section up to the match, matches.</summary>
    private static bool MatchesBefore(Regex pattern, ClinicalText text, int index, int matchStart)
    {
        var sentence = text.Sentences[index];
        var from = sentence.Start;
        for (var i = index - 1; i >= 0 && i >= index - FindingRule.BeforeWindow; i--)
        {
            var before = text.Sentences[i];
            if (before.NoteIndex != sentence.NoteIndex || before.SectionIndex != sentence.SectionIndex) break;
            from = before.Start;
        }
        return matchStart > from && pattern.IsMatch(text.TextOf(from, matchStart));
    }

    /// <summary>The cell holding <paramref name="at"/> sits under a header cell that matches (see <see cref="FindingRule.ColumnHeader"/>).</summary>
    private static bool UnderColumnHeader(Regex header, string doc, int at)
    {
        var lineStart = at > 0 ? doc.LastIndexOf('\n', at - 1) + 1 : 0;
        var lineEnd = doc.IndexOf('\n', at) is var e and >= 0 ? e : doc.Length;
        var line = doc[lineStart..lineEnd];
        var pipes = line.Count(c => c == '|') >= 2;
        var index = TableCells(line, pipes).FindIndex(c => c.Start <= at - lineStart && at - lineStart < c.End);
        if (index < 0) return false;
        for (var (end, n) = (lineStart - 1, 0); end > 0 && n < 12; n++)
        {
            var start = doc.LastIndexOf('\n', end - 1) + 1;
            var above = doc[start..end];
            if (string.IsNullOrWhiteSpace(above)) return false;
            end = start - 1;
            var cells = TableCells(above, pipes);
            if (index >= cells.Count) continue;
            var cell = above[cells[index].Start..cells[index].End].Trim();
            // a value or a rule line ("16.2 H", "--", "<5", "---") is another row: keep looking up for the header
            if (cell.Length == 0 || char.IsDigit(cell[0]) || cell[0] is '-' or '<' or '>' or '=' or '.') continue;
            return header.IsMatch(cell);
        }
        return false;
    }

    /// <summary>Cells of a table line as [start, end) offsets: split at '|' in a pipe table, else at runs of 2+ spaces or a tab.</summary>
    private static List<(int Start, int End)> TableCells(string line, bool pipes)
    {
        var cells = new List<(int Start, int End)>();
        if (pipes)
        {
            var from = 0;
            for (var i = 0; i <= line.Length; i++)
                if (i == line.Length || line[i] == '|') { cells.Add((from, i)); from = i + 1; }
            return cells;
        }
        var k = 0;
        while (k < line.Length)
        {
            while (k < line.Length && char.IsWhiteSpace(line[k])) k++;
            if (k >= line.Length) break;
            var s = k;
            while (k < line.Length && !(line[k] == '\t' || line[k] == ' ' && k + 1 < line.Length && line[k + 1] == ' ')) k++;
            cells.Add((s, k));
        }
        return cells;
    }

    /// <summary>The sentence opens its section (only spaces after the header) and the header matches.</summary>
    private static bool FirstAfterHeader(Regex header, ClinicalText text, Sentence sentence, Section? section) =>
        section is not null && section.HeaderEnd > section.HeaderStart && section.HeaderEnd <= sentence.Start
        && string.IsNullOrWhiteSpace(text.TextOf(section.HeaderEnd, sentence.Start)) && header.IsMatch(section.Header);

    private static bool Applies(FindingRule rule, string? section, NoteKind? kind)
    {
        if (rule.Sections is not null && (section is null || !rule.Sections.Contains(section))) return false;
        if (rule.ExcludeSections is not null && section is not null && rule.ExcludeSections.Contains(section)) return false;
        if (rule.NoteKinds is not null && (kind is null || !rule.NoteKinds.Contains(kind.Value))) return false;
        if (rule.ExcludeNoteKinds is not null && kind is not null && rule.ExcludeNoteKinds.Contains(kind.Value)) return false;
        return true;
    }

    private Mention? Read(FindingRule rule, Match m, ClinicalText text, Sentence sentence, Section? section, NoteSegment? note, string sentenceText,
        DateOnly? copiedFrom)
    {
        var evidence = rule.EvidenceGroup is null ? (Group)m : m.Groups[rule.EvidenceGroup];
        if (!evidence.Success || evidence.Length == 0) return null;
        var start = sentence.Start + evidence.Index;
        var end = start + evidence.Length;
        // Trim whitespace so evidence text is the phrase itself.
        while (end > start && char.IsWhiteSpace(text.Document.Text[end - 1])) end--;
        while (start < end && char.IsWhiteSpace(text.Document.Text[start])) start++;
        if (end <= start) return null;

        if (rule.Numeric is { } num)
        {
            var g = m.Groups[num.Group];
            if (!g.Success || !double.TryParse(g.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)) return null;
            if (num.Minus is { } minus)
            {
                var h = m.Groups[minus];
                if (!h.Success || !double.TryParse(h.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var other)) return null;
                value -= other;
            }
            if (num.Above is { } above && !(value > above)) return null;
            if (num.Below is { } below && !(value < below)) return null;
        }

        var mention = new Mention
        {
            Type = rule.Type,
            Assertion = AssertionOf(rule, text, m, sentence, section?.Name, note?.Kind, start, end),
            Start = start,
            End = end,
            RuleId = rule.Id,
            Confidence = rule.Confidence,
            NoteIndex = sentence.NoteIndex,
            SentenceIndex = sentence.Index,
            Section = section?.Name,
            Suppresses = rule.Suppresses,
        };
        foreach (var (name, raw) in rule.Attributes)
        {
            var value = Resolve(raw, m);
            if (value is null) continue;
            var spec = rules.Catalog.Attribute(rule.Type, name)!;
            var typed = Typed(value, spec.Kind, rules.Lexicons);
            if (typed is not null && (spec.Values is null || spec.Values.Contains(value))) mention.Attributes[name] = typed;
        }
        var matchStart = sentence.Start + m.Index;
        var matchEnd = matchStart + m.Length;
        mention.Laterality = rule.Laterality is null
            ? NearestValue(text, sentence, matchStart, matchEnd, ValueKind.Laterality)
            : rules.Lexicons.Side(Resolve(rule.Laterality, m));
        mention.Level = rule.Level is null
            ? Normalizer.Level(NearestValue(text, sentence, matchStart, matchEnd, ValueKind.SpinalLevel) ?? NearestValue(text, sentence, matchStart, matchEnd, ValueKind.Dermatome))
            : Normalizer.Level(Resolve(rule.Level, m));
        // A year right before or right after the mention dates it too ("since 2022 ATV accident", "his 2019 MVC", "IED blast
        // 2009", "fell off a ladder in 2019"): an event told with its year is that year's, not the note's.
        var written = rule.DateFromSentence
            ? SentenceDate(text, sentence, sentenceText) ?? YearOnly(m.Value, note?.Date) ?? YearBefore(text, sentence, matchStart, note?.Date)
              ?? YearAfter(text, sentence, matchEnd, note?.Date) ?? MonthDayNextTo(text, sentence, matchStart, matchEnd, note?.Date)
            : null;
        written ??= copiedFrom;
        mention.Date = written ?? note?.Date;
        mention.DateFromText = written is not null;
        return mention;
    }

    /// <summary>
    /// The date of the earlier visit a carried-forward block names on the first line of the sentence's paragraph (a
    /// heading such as "HPI (carried forward from initial consult 04/09/2019):", or the sentence's own first line).
    /// </summary>
    private DateOnly? CopiedForwardDate(ClinicalText text, Sentence sentence)
    {
        if (rules.Settings.CopiedForward is not { } cue) return null;
        var doc = text.Document.Text;
        var from = ParagraphStart(doc, sentence.Start);
        var lineEnd = doc.IndexOf('\n', from);
        if (lineEnd < 0 || lineEnd > sentence.End) lineEnd = Math.Min(sentence.End, from + 120);
        if (cue.Match(doc, from, lineEnd - from).Success
            && text.TimesIn(from, lineEnd).FirstOrDefault(t => t.Kind == TimeKind.Date && t.Date is not null) is { } d)
            return d.Date;
        return null;
    }

    /// <summary>How far into a paragraph its other-person label is looked for.</summary>
    private const int ParagraphLabelReach = 80;

    // The paragraph's first character: just after the last blank line before the offset.
    private static int ParagraphStart(string doc, int offset)
    {
        for (var i = Math.Min(offset, doc.Length) - 1; i > 0; i--)
            if (doc[i] == '\n' && doc.LastIndexOf('\n', i - 1) is var prev && doc.AsSpan(prev + 1, i - prev - 1).IsWhiteSpace())
                return i + 1;
        return 0;
    }

    private Assertion AssertionOf(FindingRule rule, ClinicalText text, Match m, Sentence sentence, string? section, NoteKind? noteKind, int evidenceStart, int evidenceEnd)
    {
        var result = ContextAssertion(rule, text, m, sentence, section, noteKind, evidenceStart, evidenceEnd);
        // Someone else is the sentence's subject ("Her older brother was diagnosed with ...", "- Brother (18): ..."): theirs, not the patient's.
        if (result is Assertion.Present or Assertion.Possible or Assertion.Historical && rule.FixedAssertion is not (Assertion.Absent or Assertion.Hypothetical)
            && rules.Settings.Policy.FamilySubject is { } subject && evidenceStart > sentence.Start)
        {
            var lead = text.Document.Text[sentence.Start..evidenceStart];
            var who = subject.Match(lead);
            if (who.Success && rules.Settings.Policy.FamilySubjectBreak?.IsMatch(lead[(who.Index + who.Length)..]) != true) return Assertion.Family;
        }
        // A paragraph about someone else ("INDEX CASE: spouse ... Dx 07/14: pulmonary TB and Pott's disease"): its sentences
        // after the label name no one, so neither ConText nor the sentence's subject can tell.
        if (result is Assertion.Present or Assertion.Possible or Assertion.Historical && rule.FixedAssertion is not (Assertion.Absent or Assertion.Hypothetical)
            && rules.Settings.Policy.OtherPersonParagraph is { } other
            && ParagraphStart(text.Document.Text, sentence.Start) is var paragraph
            && other.IsMatch(text.Document.Text.AsSpan(paragraph, Math.Min(ParagraphLabelReach, text.Document.Text.Length - paragraph))))
            return Assertion.Family;
        return result;
    }

    private Assertion ContextAssertion(FindingRule rule, ClinicalText text, Match m, Sentence sentence, string? section, NoteKind? noteKind, int evidenceStart, int evidenceEnd)
    {
        var policy = rules.Settings.Policy;
        var docText = text.Document.Text;
        // A form's tick box decides before any words do: "[ ] leg weakness" is absent, "[x] leg weakness" present.
        var before = docText[Math.Max(sentence.Start, evidenceStart - 8)..evidenceStart];
        if (rule.AssertionMode != AssertionMode.Fixed)
        {
            if (policy.Unchecked?.IsMatch(before) == true) return Assertion.Absent;
            // A ticked normal reading ("Strength [x] 5/5 all LE groups") says the normal holds: the deficit is absent.
            if (policy.Checked?.IsMatch(before) == true) return rule.AssertionMode == AssertionMode.Normal ? Assertion.Absent : Assertion.Present;
        }
        // A form row's answer is the rest of the mention's line.
        bool RowAnswers(Regex answer)
        {
            var lineEnd = docText.IndexOf('\n', evidenceEnd);
            return answer.IsMatch(docText[evidenceEnd..(lineEnd < 0 ? docText.Length : lineEnd)]);
        }
        // A form row answered after its label ("night pain ....... no", "Pacemaker / ICD ...... No"): the answer decides.
        if ((rule.AssertionMode != AssertionMode.Fixed || rule.FixedAssertion == Assertion.Present) && !rule.AsPresent.Contains(Assertion.Absent)
            && policy.RowDenied is { } row && RowAnswers(row))
            return Assertion.Absent;
        // A form row answered as not known ("Numbness groin ....... unknown - pt not asked"): the answer leaves it open.
        if (rule.AssertionMode == AssertionMode.Context && !rule.AsPresent.Contains(Assertion.Possible) && policy.RowUncertain is { } open
            && RowAnswers(open))
            return Assertion.Possible;
        if (rule.AssertionMode == AssertionMode.Fixed) return rule.FixedAssertion!.Value;
        var start = sentence.Start + m.Index;
        var context1 = context.Assert(text, start, start + m.Length);
        var result = context1.Assertion;
        if (result != Assertion.Present && context1.Trigger is { } trigger
            && policy.IgnoreTriggers.TryGetValue(rule.Type, out var ignored) && ignored.Contains(trigger.Trim().ToLowerInvariant()))
            result = Assertion.Present;
        if (rule.AsPresent.Contains(result) && !(context1.RuleId is { } kept && policy.KeptTriggers.Contains(kept))) result = Assertion.Present;
        if (result == Assertion.Historical && policy.HistoricalAsPresent.Contains(rule.Type)) result = Assertion.Present;
        // Care told as one option of a choice still to be made ("ESI vs surgical referral") is planned, not doubted.
        if (result == Assertion.Possible && rule.AssertionMode == AssertionMode.Context && policy.PossibleAsPlanned.Contains(rule.Type))
            result = Assertion.Hypothetical;
        if (result == Assertion.Present && rule.AssertionMode == AssertionMode.Context)
        {
            // The sentence's words before the mention: a list negation reaching it makes it absent, else a hypothetical lead hypothetical.
            var lead = docText[sentence.Start..evidenceStart];
            if (policy.ListNegation?.Match(lead) is { Success: true } cue && policy.ListNegationBreak?.IsMatch(lead[cue.Index..]) != true)
                result = Assertion.Absent;
            else if (policy.HypotheticalLead?.IsMatch(lead) == true)
                result = Assertion.Hypothetical;
        }
        if (rule.AssertionMode == AssertionMode.Normal)
            // A normal statement ("strength 5/5", "sensation intact") says the deficit is absent, whatever negation-like cue ConText saw.
            return result is Assertion.Hypothetical or Assertion.Family or Assertion.Possible ? result : Assertion.Absent;
        // A therapist's own plan section is the course under way: there the section alone plans nothing.
        var planSection = noteKind is { } k && policy.PlanSectionsGivenInNoteKinds.Contains(k) ? null : section;
        if (result == Assertion.Present && policy.PlannedTypes.Contains(rule.Type) && Planned(policy, rule, docText, sentence, evidenceStart, evidenceEnd, planSection))
            return Assertion.Hypothetical;
        return result;
    }

    /// <summary>
    /// Care that is only planned: within the mention's clause (split at ';'), the nearer of a planned cue
    /// ("start PT", "consider ESI") and an ongoing cue ("cont gabapentin, PT") before it decides; with neither
    /// before it, an ongoing cue anywhere in the clause keeps it present, otherwise a plan section makes it planned.
    /// Care handed over at the visit (a prescription, a device, a handout: policy "givenRules") is planned only
    /// when its own cue says so ("restart HEP", "consider gabapentin"), not by sitting in the plan.
    /// </summary>
    private static bool Planned(AssertionPolicy policy, FindingRule rule, string docText, Sentence sentence, int evidenceStart, int evidenceEnd, string? section)
    {
        var clauseStart = evidenceStart > sentence.Start ? docText.LastIndexOf(';', evidenceStart - 1, evidenceStart - sentence.Start) + 1 : 0;
        if (clauseStart <= sentence.Start) clauseStart = sentence.Start;
        var clauseEnd = sentence.End > evidenceStart ? docText.IndexOf(';', evidenceStart, sentence.End - evidenceStart) : -1;
        if (clauseEnd < 0) clauseEnd = sentence.End;
        var lead = docText[clauseStart..evidenceStart];
        var given = policy.GivenRules.Contains(rule.Id);
        var plannedCue = given ? policy.GivenPlannedCue : policy.PlannedCue;
        var planned = LastMatch(plannedCue, lead);
        var ongoing = LastMatch(policy.OngoingCue, lead);
        if (planned >= 0 || ongoing >= 0) return planned > ongoing;
        // Clinicians also plan care with the cue after the care's name ("PT referral deferred", "ESI discussed").
        if (evidenceEnd < clauseEnd && policy.PlannedTrail?.Match(docText, evidenceEnd, clauseEnd - evidenceEnd) is { Success: true }) return true;
        if (policy.OngoingCue?.IsMatch(docText[clauseStart..clauseEnd]) == true) return false;
        return !given && section is not null && policy.PlanSections.Contains(section);
    }

    private static int LastMatch(Regex? cue, string text)
    {
        if (cue is null) return -1;
        var last = -1;
        foreach (Match m in cue.Matches(text)) last = m.Index;
        return last;
    }

    private string? Resolve(string raw, Match m)
    {
        if (!raw.StartsWith('$')) return raw;
        // "$a,b|lexicon": the first captured of groups a, b, mapped through the lexicon when named.
        var parts = raw[1..].Split('|');
        var g = parts[0].Split(',').Select(name => m.Groups[name]).FirstOrDefault(x => x.Success && x.Length > 0);
        if (g is null) return null;
        return parts.Length > 1 ? rules.Lexicons.Canonical(parts[1], g.Value) : g.Value.Trim();
    }

    internal static object? Typed(string value, string kind, Lexicons lexicons) => kind switch
    {
        "bool" => value == "true",
        "number" => lexicons.Number(value),
        "date" => DateText.Parse(value) is { } d ? d : null,
        "date_day_first" => DateText.ParseDayFirst(value) is { } d ? d : null,
        _ => value,
    };

    private string? NearestValue(ClinicalText text, Sentence sentence, int start, int end, ValueKind kind)
    {
        ClinicalValue? best = null;
        var bestDistance = int.MaxValue;
        foreach (var v in text.ValuesIn(sentence.Start, sentence.End))
        {
            var value = kind == ValueKind.Laterality && v.Kind != ValueKind.Laterality && v.Side is not null && v.Start >= start && v.End <= end ? v.Side : null;
            if (v.Kind != kind && value is null) continue;
            // Inside the match wins; otherwise the closest value before it, then after it within a short reach.
            var distance = v.Start >= start && v.End <= end ? 0 : v.End <= start ? start - v.End : v.Start >= end ? (v.Start - end) * 2 + 1 : 0;
            if (distance > 60) continue;
            if (distance < bestDistance) { best = v; bestDistance = distance; }
        }
        if (best is null) return null;
        return kind == ValueKind.Laterality ? rules.Lexicons.Side(best.Kind == ValueKind.Laterality ? best.Value : best.Side) : best.Value;
    }

    private static DateOnly? SentenceDate(ClinicalText text, Sentence sentence, string sentenceText)
    {
        foreach (var t in text.TimesIn(sentence.Start, sentence.End))
            if (t.Date is { } d && t.Kind is TimeKind.Date or TimeKind.DateRange) return d;
        var m = LooseDate().Match(sentenceText);
        return m.Success ? DateText.Parse(m.Value) : null;
    }

    [GeneratedRegex(@"\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b")]
    private static partial Regex LooseDate();

    /// <summary>
    /// A year alone in the mention ("MRI L-spine 2019"): the latest day it can mean (its 31 December, or the note's date in
    /// the note's own year), so a study that may be recent is never placed further back than the words allow.
    /// </summary>
    private static DateOnly? YearOnly(string mention, DateOnly? noteDate)
    {
        var y = BareYear().Match(mention);
        if (!y.Success) return null;
        var end = new DateOnly(int.Parse(y.Value), 12, 31);
        return noteDate is { } n && n < end ? (n.Year == end.Year ? n : null) : end;
    }

    [GeneratedRegex(@"(?<![/\d.-])\b(?:19[5-9]\d|20\d{2})\b(?![/\d.-])")]
    private static partial Regex BareYear();

    /// <summary>A bare year standing right before the mention, only spaces, a short parenthesis or a dash between ("2022 ATV
    /// accident", "2023 (Syria) - blast debris").</summary>
    private static DateOnly? YearBefore(ClinicalText text, Sentence sentence, int matchStart, DateOnly? noteDate)
    {
        var lead = text.TextOf(Math.Max(sentence.Start, matchStart - 32), matchStart);
        return YearRightBefore().Match(lead) is { Success: true } y ? YearOnly(y.Groups["y"].Value, noteDate) : null;
    }

    [GeneratedRegex(@"(?<![/\d.-])\b(?<y>19[5-9]\d|20\d{2})(?:[ \t]+\([^()\n\d]{1,20}\))?(?:[ \t]+[-–:]|:)?[ \t]+$")]
    private static partial Regex YearRightBefore();

    /// <summary>A bare year right after the mention, at most a preposition, comma or parenthesis between ("blast 2009",
    /// "ladder in 2019", "GSW (2016)"); not a dose, a volume or a clock time ("2000 mg", "at 1930 hrs").</summary>
    private static DateOnly? YearAfter(ClinicalText text, Sentence sentence, int matchEnd, DateOnly? noteDate)
    {
        var tail = text.TextOf(matchEnd, Math.Min(sentence.End, matchEnd + 16));
        return YearRightAfter().Match(tail) is { Success: true } y ? YearOnly(y.Groups["y"].Value, noteDate) : null;
    }

    [GeneratedRegex(@"^[ \t]*(?:(?:in|of|from|circa|ca\.?)[ \t]+|,[ \t]*|\([ \t]*)?(?<y>19[5-9]\d|20\d{2})\b(?![/\d:-]|\.\d)(?![ \t]*(?:mg|mcg|ml|mL|cc|g|kg|kcal|units?|IU|hrs?|hours?|h)\b)")]
    private static partial Regex YearRightAfter();

    /// <summary>A month and day without a year right after the mention, at most a preposition, comma or parenthesis between
    /// ("a fall off a chair 07/20", "XR 10/14", "slipped on ice on January 3", "fell in July"), or right before it ("MOI: 08/11
    /// fell off bicycle"): that day of the note's year, or of the year before when it would fall after the note; a month
    /// alone is its last day, or the note's date in the note's own month (the latest day the words allow, as a bare year);
    /// a year written after the month is that year ("fell in July 2025").
    /// Not a fraction or a score: no slash or digit may follow, and no undated note gives it a year.</summary>
    private static DateOnly? MonthDayNextTo(ClinicalText text, Sentence sentence, int matchStart, int matchEnd, DateOnly? noteDate)
    {
        if (noteDate is not { } n) return null;
        var tail = text.TextOf(matchEnd, Math.Min(sentence.End, matchEnd + 24));
        var md = MonthDayRightAfter().Match(tail);
        if (!md.Success) md = MonthDayRightBefore().Match(text.TextOf(Math.Max(sentence.Start, matchStart - 16), matchStart));
        if (!md.Success) md = MonthNameRightAfter().Match(tail);
        if (!md.Success) return null;
        if (TimeTagger.MonthOf(md) is not { } m) return null;
        var year = md.Groups["y"].Success ? int.Parse(md.Groups["y"].Value, CultureInfo.InvariantCulture)
            : new DateOnly(n.Year, m, 1) > n ? n.Year - 1 : n.Year;
        if (!md.Groups["d"].Success) return year == n.Year && m == n.Month ? n : new DateOnly(year, m, DateTime.DaysInMonth(year, m));
        var d = int.Parse(md.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (d > DateTime.DaysInMonth(year, m)) return null;
        var date = new DateOnly(year, m, d);
        return date > n && !md.Groups["y"].Success ? date.AddYears(-1) : date;
    }

    [GeneratedRegex(@"^[ \t]*(?:(?:on|in|during)[ \t]+|,[ \t]*|\([ \t]*)?(?<mon>(?:January|February|March|April|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?|(?<=\b(?:on|in|during)[ \t]+)May\b)(?:[ \t]+(?<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b)?(?:[ \t]*,?[ \t]*(?:of[ \t]+)?(?<y>(?:19|20)\d\d)\b)?(?![ \t]*[/\d])")]
    private static partial Regex MonthNameRightAfter();

    [GeneratedRegex(@"^[ \t]*(?:(?:on|from)[ \t]+|,[ \t]*|\([ \t]*)?(?<![/\d])(?<m>1[0-2]|0?[1-9])/(?<d>3[01]|[12]\d|0?[1-9])(?![/\d])(?![ \t]*(?:mg|mcg|ml|mL|units?|pain|strength)\b)")]
    private static partial Regex MonthDayRightAfter();

    [GeneratedRegex(@"(?<![/\d.:-])\b(?<m>1[0-2]|0?[1-9])/(?<d>3[01]|[12]\d|0?[1-9])(?:[ \t]+[-–:]|:)?[ \t]+$")]
    private static partial Regex MonthDayRightBefore();
}

/// <summary>Canonical spelling of spinal levels.</summary>
public static partial class Normalizer
{
    /// <summary>"L4-L5", "L4/5", "l 4-5" -> "L4-5"; "S1" stays.</summary>
    public static string? Level(string? level)
    {
        if (string.IsNullOrWhiteSpace(level)) return null;
        var m = LevelPattern().Match(level.ToUpperInvariant().Replace(" ", ""));
        if (!m.Success) return level.Trim();
        var first = m.Groups["r1"].Value + m.Groups["n1"].Value;
        if (!m.Groups["n2"].Success) return first;
        var r2 = m.Groups["r2"].Success && m.Groups["r2"].Value.Length > 0 ? m.Groups["r2"].Value : m.Groups["r1"].Value;
        return r2 == m.Groups["r1"].Value ? $"{first}-{m.Groups["n2"].Value}" : $"{first}-{r2}{m.Groups["n2"].Value}";
    }

    [GeneratedRegex(@"(?<r1>[LST])(?<n1>\d{1,2})(?:[-/–](?<r2>[LST]?)(?<n2>\d{1,2}))?")]
    private static partial Regex LevelPattern();
}
