namespace NoteCheck.Findings;

/// <summary>
/// Keeps one reading per span: of overlapping mentions of one type the earlier rule (file order) wins,
/// and a mention hides overlapping mentions of the types its rule suppresses. A later mention that starts before
/// the kept one and only runs into it with its trailing words keeps its own head ("discharged for plateau" before
/// a kept "pain unchanged at 7/10"): rules end in a clause tail, and a tail must not cost the phrase before it.
/// </summary>
public static class MentionResolver
{
    private const int MinHead = 8;

    public static List<Mention> Resolve(List<Mention> mentions, IReadOnlyDictionary<string, int> ruleOrder, string? documentText = null)
    {
        var ordered = mentions
            .OrderBy(m => ruleOrder.GetValueOrDefault(m.RuleId, int.MaxValue))
            .ThenBy(m => m.Start).ThenByDescending(m => m.End - m.Start).ToList();
        var kept = new List<Mention>();
        foreach (var m in ordered)
        {
            var clash = kept.Where(k => k.Type == m.Type && k.Overlaps(m)).ToList();
            if (clash.Count == 0) { kept.Add(m); continue; }
            if (clash.Any(k => k.Start <= m.Start)) continue;
            var head = m.WithEnd(clash.Min(k => k.Start), documentText);
            if (head is not null && head.End - head.Start >= MinHead) kept.Add(head);
        }
        kept.RemoveAll(m => kept.Any(k => !ReferenceEquals(k, m) && k.Suppresses.Contains(m.Type) && k.Overlaps(m)));
        return [.. kept.OrderBy(m => m.Start).ThenBy(m => m.Type, StringComparer.Ordinal)];
    }
}
