using System.Globalization;
using NoteCheck.Core;

namespace NoteCheck.Findings.Composition;

/// <summary>
/// Cauda equina syndrome as the guideline defines it: severe back pain or sciatica plus one of saddle
/// anesthesia, recent bladder/bowel dysfunction, absent Achilles reflexes on both sides, sudden sexual
/// dysfunction, or absent anal/bulbocavernosus reflex, in one note. Adds a cauda_equina_syndrome
/// finding whose evidence is the components, unless the note already names the syndrome: a clinician
/// who writes "r/o cauda equina" or "no cauda equina syndrome" has judged the same parts, and that
/// judgment wins over composing. Every part must be present and current (not past history, not
/// chronic, not from an inherent bladder/bowel disease). The id it gives, the past-history sections and the
/// attribute values that make a mention no part are data (detector.json "caudaEquina").
/// </summary>
public sealed class CaudaEquinaComposer(CaudaEquinaSettings settings)
{
    // Assertions by which a note names the patient's own syndrome (family/hypothetical mentions do not judge the patient).
    private static readonly HashSet<Assertion> Judged = [Assertion.Present, Assertion.Possible, Assertion.Absent, Assertion.Historical];

    public void Compose(List<Mention> mentions)
    {
        foreach (var note in mentions.Select(m => m.NoteIndex).Distinct().ToList())
        {
            var inNote = mentions.Where(m => m.NoteIndex == note).ToList();
            if (inNote.Any(m => m.Type == "cauda_equina_syndrome" && Judged.Contains(m.Assertion))) continue;
            var present = inNote.Where(m => m.Assertion == Assertion.Present && !settings.PastSections.Contains(m.Section ?? "")).ToList();
            var pain = present.Where(m => (m.Type == "back_pain" && m.Attributes.GetValueOrDefault("severe") is true) || m.Type == "radicular_pain").ToList();
            if (pain.Count == 0) continue;
            // A bladder/bowel problem the note calls chronic or puts down to a bladder/bowel disease anywhere is no "recent" dysfunction.
            var chronicBladder = inNote.Any(m => m.Type == "bowel_bladder_dysfunction" && m.Assertion is Assertion.Present or Assertion.Historical
                && (m.Attributes.GetValueOrDefault("new") is false || m.Attributes.GetValueOrDefault("inherentCause") is true || settings.PastSections.Contains(m.Section ?? "")));
            var components = present.Where(m => IsComponent(m) && !NoPart(m) && !(chronicBladder && m.Type == "bowel_bladder_dysfunction")).ToList();
            if (components.Count == 0) continue;
            var basis = string.Join(",", components.Select(c => c.Type).Distinct().Order(StringComparer.Ordinal));
            foreach (var c in components.Concat(pain.Take(1)))
            {
                var m = new Mention
                {
                    Type = "cauda_equina_syndrome", Assertion = Assertion.Present, Start = c.Start, End = c.End,
                    RuleId = settings.RuleId, Confidence = settings.Confidence, NoteIndex = c.NoteIndex, SentenceIndex = c.SentenceIndex, Section = c.Section, Date = c.Date,
                };
                m.Attributes["basis"] = basis;
                mentions.Add(m);
            }
        }
    }

    private static bool IsComponent(Mention m) => m.Type switch
    {
        "saddle_anesthesia" or "absent_anal_reflex" or "bowel_bladder_dysfunction" => true,
        // "recent" bladder/bowel dysfunction and sexual dysfunction "that can come on suddenly": a chronic one is no part.
        "sexual_dysfunction" => m.Attributes.GetValueOrDefault("sudden") is not false,
        "abnormal_reflexes" => m.Attributes.GetValueOrDefault("reflex") is "achilles" && m.Attributes.GetValueOrDefault("pattern") is "absent" && m.Laterality == "bilateral",
        _ => false,
    };

    /// <summary>An attribute value the settings list for the type (urinary frequency is no retention or incontinence),
    /// or a rule whose words are too weak to be a part (constipation, a weak stream).</summary>
    private bool NoPart(Mention m) =>
        settings.NotPartRules.Contains(m.RuleId) ||
        settings.NotParts.TryGetValue(m.Type, out var attributes)
        && attributes.Any(a => m.Attributes.GetValueOrDefault(a.Key) is { } v && a.Value.Contains(Convert.ToString(v, CultureInfo.InvariantCulture)!));
}

/// <summary>
/// detector.json "caudaEquina": the rule id and confidence of the composed finding, the sections that hold the patient's past (their
/// mentions are no current part), per type the attribute values that make a mention no part, and the rules whose mentions are no part.
/// </summary>
public sealed record CaudaEquinaSettings(
    string RuleId,
    double Confidence,
    IReadOnlySet<string> PastSections,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlySet<string>>> NotParts)
{
    /// <summary>Rule ids whose mentions are no part (detector.json "notPartRules").</summary>
    public IReadOnlySet<string> NotPartRules { get; init; } = new HashSet<string>(StringComparer.Ordinal);
}
