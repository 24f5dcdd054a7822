using NoteCheck.Core;
using NoteCheck.Findings.Rules;

namespace NoteCheck.Findings.Composition;

/// <summary>
/// Cauda equina syndrome as the guideline defines it: severe back pain or sciatica plus one of saddle
/// anesthesia, recent bladder/bowel dysfunction, absent Achilles reflexes on both sides, sudden sexual
/// dysfunction, or absent anal/bulbocavernosus reflex, in one note. Adds a cauda_equina_syndrome
/// finding whose evidence is the components, unless the note already states the syndrome present.
/// </summary>
public sealed class CaudaEquinaComposer
{
    public const string RuleId = "cauda_equina_syndrome.composite";

    public void Compose(List<Mention> mentions)
    {
        foreach (var note in mentions.Select(m => m.NoteIndex).Distinct().ToList())
        {
            var present = mentions.Where(m => m.NoteIndex == note && m.Assertion == Assertion.Present).ToList();
            if (present.Any(m => m.Type == "cauda_equina_syndrome")) continue;
            var pain = present.Where(m => (m.Type == "back_pain" && m.Attributes.GetValueOrDefault("severe") is true) || m.Type == "radicular_pain").ToList();
            if (pain.Count == 0) continue;
            var components = present.Where(IsComponent).ToList();
            if (components.Count == 0) continue;
            var basis = string.Join(",", components.Select(c => c.Type).Distinct().Order(StringComparer.Ordinal));
            foreach (var c in components.Concat(pain.Take(1)))
            {
                var m = new Mention
                {
                    Type = "cauda_equina_syndrome", Assertion = Assertion.Present, Start = c.Start, End = c.End,
                    RuleId = RuleId, Confidence = 0.8, NoteIndex = c.NoteIndex, SentenceIndex = c.SentenceIndex, Section = c.Section, Date = c.Date,
                };
                m.Attributes["basis"] = basis;
                mentions.Add(m);
            }
        }
    }

    private static bool IsComponent(Mention m) => m.Type switch
    {
        "saddle_anesthesia" or "absent_anal_reflex" or "sexual_dysfunction" => true,
        "bowel_bladder_dysfunction" => m.Attributes.GetValueOrDefault("inherentCause") is not true,
        "abnormal_reflexes" => m.Attributes.GetValueOrDefault("reflex") is "achilles" && m.Attributes.GetValueOrDefault("pattern") is "absent" && m.Laterality == "bilateral",
        _ => false,
    };
}
