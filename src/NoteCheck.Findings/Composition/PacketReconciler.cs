using System.Text.Json;
using NoteCheck.Core;
using NoteCheck.Findings.Rules;

namespace NoteCheck.Findings.Composition;

/// <summary>
/// One packet-level overrule (rules/findings/packet.json): a finding of <see cref="Type"/> asserted
/// <see cref="ByAssertion"/> by one of <see cref="ByRules"/> (e.g. cardiology clearing an MR-conditional
/// pacemaker) turns the present findings of the type read by one of the bare rules (an unexplained
/// "MRI not possible d/t pacemaker") into <see cref="As"/>, unless the packet also has a present finding
/// of the type read by a rule outside the bare ones (a specific reason: "NOT MR Conditional", orbital metal).
/// A clearance older than <see cref="WithinMonths"/> before the claim does not overrule it. With an
/// <see cref="Attribute"/>, a clearance whose value of it is in one of <see cref="Kinds"/> speaks of that kind only:
/// it answers a claim whose value is of the same kind or unstated (a cleared stimulator does not answer 'MRI cannot be
/// obtained: severe claustrophobia'); a clearance of no kind, or with no value, answers any claim.
/// </summary>
public sealed record Overrule(string Id, string Type, Assertion ByAssertion, IReadOnlySet<string> ByRules,
    IReadOnlySet<string> BareRules, Assertion As, int WithinMonths, string? Attribute = null, IReadOnlyList<IReadOnlySet<string>>? Kinds = null)
{
    /// <summary>Whether the clearance speaks of what the claim gives as its reason.</summary>
    public bool Answers(Finding clearance, Finding claim)
    {
        if (Attribute is null) return true;
        var (a, b) = (clearance.Attributes.GetValueOrDefault(Attribute)?.ToString(), claim.Attributes.GetValueOrDefault(Attribute)?.ToString());
        if (a is null || b is null || a == b) return true;
        var kind = Kinds?.FirstOrDefault(k => k.Contains(a));
        return kind is null || kind.Contains(b);
    }
}

/// <summary>
/// Reconciles findings across the documents of one packet: detectors read one document at a time, but a
/// reviewer reads a bare claim against what another document settled (the device clinic's clearance
/// outweighs a referring note's "MRI not possible"). Only ever weakens a present finding.
/// </summary>
public sealed class PacketReconciler(IReadOnlyList<Overrule> overrules)
{
    private static readonly Lazy<PacketReconciler> DefaultReconciler = new(() => Load(RulesLocator.PathOf("findings", "packet.json")));
    public static PacketReconciler Default => DefaultReconciler.Value;

    public IReadOnlyList<Overrule> Overrules => overrules;

    public IReadOnlyList<Finding> Reconcile(IReadOnlyList<Finding> findings)
    {
        var result = findings.ToList();
        foreach (var o in overrules)
        {
            // Overrules weigh the rules' readings; a model's suggestion neither clears nor is cleared.
            var ofType = result.Where(f => f.Type == o.Type && f.Source == FindingSource.Rule).ToList();
            // A specific reason anywhere in the packet stands: the bare claims may be restating it.
            if (ofType.Any(f => f.Assertion == Assertion.Present && !o.BareRules.Contains(f.RuleId))) continue;
            var clearances = ofType.Where(f => f.Assertion == o.ByAssertion && o.ByRules.Contains(f.RuleId)).ToList();
            if (clearances.Count == 0) continue;
            for (var i = 0; i < result.Count; i++)
            {
                var f = result[i];
                if (f.Type != o.Type || f.Source != FindingSource.Rule || f.Assertion != Assertion.Present || !o.BareRules.Contains(f.RuleId)) continue;
                if (!clearances.Any(c => Recent(c.Date, f.Date, o.WithinMonths) && o.Answers(c, f))) continue;
                result[i] = f with { Assertion = o.As, RuleId = o.Id };
            }
        }
        return result;
    }

    // Undated findings are taken as current; a clearance after the claim always counts.
    private static bool Recent(DateOnly? clearance, DateOnly? claim, int months) =>
        clearance is null || claim is null || clearance.Value >= claim.Value.AddMonths(-months);

    private static readonly HashSet<string> FileKeys = ["_comment", "overrules"];
    private static readonly HashSet<string> OverruleKeys = ["id", "type", "byAssertion", "byRules", "bareRules", "as", "withinMonths", "attribute", "kinds", "comment"];

    /// <summary>Reads packet.json; closed key sets, every rule id of the named type. Errors name the file and overrule id.</summary>
    public static PacketReconciler Load(string file)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(file));
        var root = doc.RootElement;
        foreach (var p in root.EnumerateObject())
            if (!FileKeys.Contains(p.Name)) throw new RuleFileException(file, null, $"unknown key '{p.Name}'");
        var list = new List<Overrule>();
        if (!root.TryGetProperty("overrules", out var arr) || arr.ValueKind != JsonValueKind.Array)
            throw new RuleFileException(file, null, "missing 'overrules' (an array)");
        foreach (var o in arr.EnumerateArray())
        {
            var id = o.TryGetProperty("id", out var idp) && idp.ValueKind == JsonValueKind.String ? idp.GetString()! : throw new RuleFileException(file, null, "an overrule without 'id'");
            RuleFileException Bad(string m) => new(file, id, m);
            foreach (var p in o.EnumerateObject())
                if (!OverruleKeys.Contains(p.Name)) throw Bad($"unknown key '{p.Name}'");
            string Str(string key) => o.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : throw Bad($"missing '{key}'");
            IReadOnlySet<string> Ids(string key, string type)
            {
                if (!o.TryGetProperty(key, out var v) || v.ValueKind != JsonValueKind.Array || v.GetArrayLength() == 0) throw Bad($"missing '{key}' (a non-empty array)");
                var ids = v.EnumerateArray().Select(x => x.GetString() ?? "").ToHashSet(StringComparer.Ordinal);
                foreach (var r in ids)
                    if (!r.StartsWith(type + ".", StringComparison.Ordinal)) throw Bad($"{key}: '{r}' is not a rule id of type {type}");
                return ids;
            }
            Assertion AssertionOf(string key) => Enum.TryParse<Assertion>(Str(key), ignoreCase: true, out var a) ? a : throw Bad($"{key}: not an assertion");
            var type = Str("type");
            var months = o.TryGetProperty("withinMonths", out var w) && w.ValueKind == JsonValueKind.Number ? w.GetInt32() : throw Bad("missing 'withinMonths' (a number)");
            var @as = AssertionOf("as");
            if (@as == Assertion.Present) throw Bad("'as' must weaken the finding (not present)");
            string? attribute = null;
            if (o.TryGetProperty("attribute", out var at))
                attribute = at.ValueKind == JsonValueKind.String && at.GetString() is { Length: > 0 } name ? name : throw Bad("attribute: not a string");
            List<IReadOnlySet<string>>? kinds = null;
            if (o.TryGetProperty("kinds", out var ks))
            {
                if (attribute is null) throw Bad("kinds without attribute");
                if (ks.ValueKind != JsonValueKind.Array) throw Bad("kinds: not an array of arrays");
                kinds = [];
                foreach (var k in ks.EnumerateArray())
                {
                    if (k.ValueKind != JsonValueKind.Array || k.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String)) throw Bad("kinds: not an array of arrays of strings");
                    kinds.Add(k.EnumerateArray().Select(v => v.GetString()!).ToHashSet(StringComparer.Ordinal));
                }
            }
            list.Add(new Overrule(id, type, AssertionOf("byAssertion"), Ids("byRules", type), Ids("bareRules", type), @as, months, attribute, kinds));
        }
        return new PacketReconciler(list);
    }
}
