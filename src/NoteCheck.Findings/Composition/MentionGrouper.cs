using NoteCheck.Core;
using NoteCheck.Findings.Rules;
using NoteCheck.Text;

namespace NoteCheck.Findings.Composition;

/// <summary>
/// One finding per mention group (contract §3): same type, assertion and note, further split by the
/// attributes detector.json lists for the type (one conservative_treatment per modality, one
/// pediatric_red_flag per flag).
/// </summary>
public sealed class MentionGrouper(DetectorRules rules)
{
    public List<Finding> Group(ClinicalText text, IEnumerable<Mention> mentions)
    {
        var groups = new List<(string Key, List<Mention> Members)>();
        foreach (var m in mentions.OrderBy(m => m.Start).ThenBy(m => m.Type, StringComparer.Ordinal))
        {
            var key = KeyOf(m);
            var g = groups.FindIndex(x => x.Key == key);
            if (g < 0) groups.Add((key, [m])); else groups[g].Members.Add(m);
        }
        return [.. groups.Select(g => AnyTrue(ToFinding(text, g.Members), g.Members))];
    }

    private string KeyOf(Mention m)
    {
        // A model's suggestion is never grouped with the rules' mentions: its span must not make a rule finding read twice.
        var key = $"{m.Type}|{m.Assertion}|{m.NoteIndex}|{m.Source}";
        if (rules.Settings.GroupBy.TryGetValue(m.Type, out var attrs))
            foreach (var a in attrs)
                key += "|" + (a switch { "laterality" => m.Laterality, "level" => m.Level, _ => m.Attributes.GetValueOrDefault(a)?.ToString() });
        return key;
    }

    /// <summary>The group's bool attributes of detector.json's groupAnyTrue are true when any member's is.</summary>
    private Finding AnyTrue(Finding finding, List<Mention> members)
    {
        if (!rules.Settings.GroupAnyTrue.TryGetValue(finding.Type, out var attrs)) return finding;
        var told = attrs.Where(a => members.Any(m => m.Attributes.GetValueOrDefault(a) is true) && finding.Attributes.GetValueOrDefault(a) is not true).ToList();
        if (told.Count == 0) return finding;
        var attributes = new SortedDictionary<string, object?>(finding.Attributes.ToDictionary(), StringComparer.Ordinal);
        foreach (var a in told) attributes[a] = true;
        return finding with { Attributes = attributes };
    }

    private static Finding ToFinding(ClinicalText text, List<Mention> members)
    {
        var first = members[0];
        var attributes = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var m in members)
            foreach (var (k, v) in m.Attributes)
                if (v is not null) attributes.TryAdd(k, v);
        // A normal strength exam names a muscle only when all of it is about that muscle: 'EHL 5/5' beside 'Strength is
        // full bilaterally' is a normal exam of every muscle, not of the EHL alone (a later normal exam clears by site).
        // Not reflexes: a reflex table's bare column value ('KJ 2+ 2+') carries no reflex of its own.
        if (first.Assertion == Assertion.Absent && members.Count > 1
            && attributes.TryGetValue("muscle", out var muscle) && members.Any(m => !Equals(m.Attributes.GetValueOrDefault("muscle"), muscle)))
            attributes.Remove("muscle");
        var sides = members.Select(m => m.Laterality).Where(s => s is not null).Distinct().ToList();
        var note = text.NoteByIndex(first.NoteIndex);
        return new Finding
        {
            Type = first.Type,
            Assertion = first.Assertion,
            Laterality = sides.Count switch { 0 => null, 1 => sides[0], _ => "bilateral" },
            Level = members.Select(m => m.Level).FirstOrDefault(l => l is not null),
            // A date written with one of the mentions ('TLIF 12/09/2025') beats the visit date another mention fell back to.
            Date = members.Where(m => m.DateFromText).Select(m => m.Date).FirstOrDefault(d => d is not null)
                ?? members.Select(m => m.Date).FirstOrDefault(d => d is not null),
            Source = first.Source,
            RuleId = first.RuleId,
            Confidence = members.Max(m => m.Confidence),
            Attributes = attributes,
            Evidence = [.. members.Select(m => (m.Start, m.End)).Distinct().OrderBy(s => s.Start).Select(s => text.Document.Evidence(s.Start, s.End))],
            DocumentFile = text.Document.FileName,
            NoteIndex = first.NoteIndex,
            NoteKind = note?.Kind,
            Section = first.Section,
            Sections = [.. members.Select(m => m.Section).OfType<string>().Distinct()],
        };
    }
}
