using System.Globalization;
using System.Text.RegularExpressions;
using NoteCheck.Core;
using NoteCheck.Text;

namespace NoteCheck.Findings.Composition;

/// <summary>
/// Body habitus as arithmetic: a sentence that states the scanner's weight limit and the patient's weight ('table limit
/// 227 kg, bore 70 cm; pt at 138 kg', 'Wt 212 lb, their table takes 350 lb') says whether the weight rules MRI out,
/// whatever words sit between. Adds an mri_contraindication mention (reason body_habitus) absent when the weight is
/// within the limit and present when it is over, unless a rule already read a habitus verdict in that sentence or the
/// sentence puts the problem elsewhere (width, girth, a CT table). Patterns and ids are data (detector.json "scannerLimit").
/// </summary>
public sealed class ScannerLimitReader(ScannerLimitSettings settings)
{
    private const double PoundsPerKilogram = 2.20462;

    public void Read(ClinicalText text, List<Mention> mentions)
    {
        var doc = text.Document.Text;
        foreach (var sentence in text.Sentences)
        {
            var words = doc[sentence.Start..sentence.End];
            var limits = settings.Limit.Matches(words).Select(l => (Match: l, Kg: Kilograms(l))).Where(l => l.Kg is not null).ToList();
            if (limits.Count == 0 || settings.Unless?.IsMatch(words) == true) continue;
            if (mentions.Any(m => m.Type == "mri_contraindication" && m.Start < sentence.End && sentence.Start < m.End
                    && (m.Attributes.GetValueOrDefault("reason") is null or "body_habitus")))
                continue;
            var weight = settings.Weight.Matches(words).FirstOrDefault(w => limits.All(l => w.Index + w.Length <= l.Match.Index || w.Index >= l.Match.Index + l.Match.Length));
            if (weight is null || Kilograms(weight) is not { } kg) continue;
            // Several scanners named ('our table limit is 200 kg - will send to the open MRI (limit 250 kg)'): the largest decides.
            var max = limits.Max(l => l.Kg!.Value);
            var start = sentence.Start + Math.Min(limits.Min(l => l.Match.Index), weight.Index);
            // The evidence runs to the sentence's end: the verdict written after the numbers ('"should be no problem"').
            var end = sentence.End;
            while (end > start && (char.IsWhiteSpace(doc[end - 1]) || ".;,\"'”)".Contains(doc[end - 1]))) end--;
            var note = text.NoteByIndex(sentence.NoteIndex);
            var m = new Mention
            {
                Type = "mri_contraindication", Assertion = kg <= max ? Assertion.Absent : Assertion.Present, Start = start, End = end,
                RuleId = settings.RuleId, Confidence = settings.Confidence, NoteIndex = sentence.NoteIndex, SentenceIndex = sentence.Index,
                Section = text.SectionAt(start)?.Name, Date = note?.Date,
            };
            m.Attributes["reason"] = "body_habitus";
            mentions.Add(m);
        }
    }

    /// <summary>The match's value in kilograms (groups 'value' and 'unit': kg, or lb/lbs/pounds).</summary>
    private static double? Kilograms(Match m)
    {
        if (!double.TryParse(m.Groups["value"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v)) return null;
        return m.Groups["unit"].Value.StartsWith("k", StringComparison.OrdinalIgnoreCase) ? v : v / PoundsPerKilogram;
    }
}

/// <summary>
/// detector.json "scannerLimit": the rule id and confidence of the mention it adds, the scanner-limit and patient-weight
/// patterns (each with named groups 'value' and 'unit'), and the sentences it leaves alone (unless).
/// </summary>
public sealed record ScannerLimitSettings(string RuleId, double Confidence, Regex Limit, Regex Weight, Regex? Unless);
