using System.Reflection;
using NoteCheck.Core;
using NoteCheck.Findings.Rules;

namespace NoteCheck.Findings.Tests;

/// <summary>
/// Issue #4 asks that every finding type be covered by a positive, a negated and a distractor case. This reads the
/// case tables of every <see cref="DetectorCaseTable"/> in this assembly (the rows they run, not a copy) and holds
/// each type of rules/findings/types.json to that, so a new type cannot land without its cases.
/// </summary>
public class CaseCoverageTests
{
    /// <summary>
    /// Types where a kind of case does not exist in clinical writing, with the reason. Kept short: an entry here is a
    /// claim a reviewer can check.
    /// </summary>
    private static readonly Dictionary<(string Type, Kind Kind), string> NotApplicable = new()
    {
        [("patient_identity", Kind.Negated)] = "a name or date of birth is stated or not; notes never negate one",
        // Outcome and reason types: their negation is another type or silence (corpora/packets/README.md labels none absent).
        [("conservative_treatment_improved", Kind.Negated)] = "'no improvement' is written as a failure: conservative_treatment_failed present",
        [("indeterminate_imaging_finding", Kind.Negated)] = "a definite finding is labelled as what it is, not as an absent indeterminate one",
        [("new_signs_symptoms", Kind.Negated)] = "'no new symptoms' is the absence of the symptoms themselves, labelled by their own types",
    };

    public enum Kind { Positive, Negated, Distractor }

    [Fact]
    public void Every_finding_type_has_a_positive_a_negated_and_a_distractor_case()
    {
        var catalog = Catalog();
        var covered = Covered();

        var gaps = catalog.Types.Order(StringComparer.Ordinal)
            .SelectMany(t => Enum.GetValues<Kind>().Select(k => (Type: t, Kind: k)))
            .Where(g => !covered.Contains(g) && !NotApplicable.ContainsKey(g))
            .Select(g => $"{g.Type}: no {g.Kind.ToString().ToLowerInvariant()} case")
            .ToList();

        Assert.True(gaps.Count == 0, "case tables miss:\n" + string.Join("\n", gaps));
    }

    [Fact]
    public void The_exemptions_name_real_types_that_really_lack_the_case()
    {
        // An exemption that is no longer needed (a case now exists) or names a removed type is stale: drop it.
        var catalog = Catalog();
        var covered = Covered();
        foreach (var (type, kind) in NotApplicable.Keys)
        {
            Assert.True(catalog.Has(type), $"exemption for unknown type {type}");
            Assert.False(covered.Contains((type, kind)), $"{type} has a {kind} case now: drop its exemption");
        }
    }

    [Theory]
    [InlineData("present", new[] { Kind.Positive })]
    [InlineData("absent", new[] { Kind.Negated })]
    [InlineData("absent, not present", new[] { Kind.Negated, Kind.Distractor })]
    [InlineData("family", new[] { Kind.Distractor })]
    [InlineData("none", new[] { Kind.Distractor })]
    [InlineData("not absent", new Kind[0])]
    public void A_case_counts_for_what_its_expectation_proves(string expect, Kind[] kinds) =>
        Assert.Equal(kinds, KindsOf(expect));

    /// <summary>
    /// Positive: read present. Negated: read absent. Distractor: text a careless reader would take for the finding
    /// that must not be read present (never present, not read at all, or read as family/hypothetical/historical/possible).
    /// </summary>
    private static Kind[] KindsOf(string expect)
    {
        var clauses = expect.Split(',', StringSplitOptions.TrimEntries);
        var kinds = new List<Kind>();
        if (clauses.Contains("present")) kinds.Add(Kind.Positive);
        if (clauses.Contains("absent")) kinds.Add(Kind.Negated);
        if (clauses.Any(c => c is "not present" or "none" or "family" or "hypothetical" or "historical" or "possible"))
            kinds.Add(Kind.Distractor);
        return [.. kinds];
    }

    private static string TypeOf(string finding) => finding.Split('(')[0];

    private static FindingTypeCatalog Catalog() => FindingTypeCatalog.Load(RulesLocator.PathOf("findings", "types.json"));

    /// <summary>Each (type, kind of case) some row of the case tables proves.</summary>
    private static HashSet<(string Type, Kind Kind)> Covered() =>
        CaseRows().SelectMany(r => KindsOf(r.Expect).Select(k => (TypeOf(r.Finding), k))).ToHashSet();

    private static IEnumerable<(string Text, string Finding, string Expect)> CaseRows() =>
        typeof(DetectorCaseTable).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(DetectorCaseTable)) && !t.IsAbstract)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .SelectMany(t => (IEnumerable<object[]>)t.GetProperty("Cases", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!)
            .Select(row => ((string)row[0], (string)row[1], (string)row[2]));
}
