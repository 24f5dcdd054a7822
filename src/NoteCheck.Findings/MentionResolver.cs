namespace NoteCheck.Findings;

/// <summary>
/// Keeps one reading per span: of overlapping mentions of one type the earlier rule (file order) wins,
/// and a mention hides overlapping mentions of the types its rule suppresses.
/// </summary>
public static class MentionResolver
{
    public static List<Mention> Resolve(List<Mention> mentions, IReadOnlyDictionary<string, int> ruleOrder)
    {
        var ordered = mentions
            .OrderBy(m => ruleOrder.GetValueOrDefault(m.RuleId, int.MaxValue))
            .ThenBy(m => m.Start).ThenByDescending(m => m.End - m.Start).ToList();
        var kept = new List<Mention>();
        foreach (var m in ordered)
        {
            if (kept.Any(k => k.Type == m.Type && k.Overlaps(m))) continue;
            kept.Add(m);
        }
        kept.RemoveAll(m => kept.Any(k => !ReferenceEquals(k, m) && k.Suppresses.Contains(m.Type) && k.Overlaps(m)));
        return [.. kept.OrderBy(m => m.Start).ThenBy(m => m.Type, StringComparer.Ordinal)];
    }
}
