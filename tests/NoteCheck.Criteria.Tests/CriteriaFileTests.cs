using System.Text.RegularExpressions;
using NoteCheck.Core;

namespace NoteCheck.Criteria.Tests;

/// <summary>The criteria file: validation at load, and that it encodes the guideline (clauses verbatim, every bullet accounted for).</summary>
public sealed class CriteriaFileTests
{
    private static readonly string[] IndicationIds =
    [
        "neuro_deficit", "back_pain", "pediatric_back_pain", "surgical", "trauma", "fracture", "ct_myelogram", "spondylolysis",
        "tumor", "indeterminate_finding", "infection_inflammatory", "immune_suppression", "other_mri_contraindicated", "combination",
    ];

    private static string Write(string json)
    {
        var path = Path.Combine(Path.GetTempPath(), $"criteria-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        return path;
    }

    /// <summary>A minimal valid file with one indication whose rule is <paramref name="rule"/>.</summary>
    private static string Minimal(string rule, string definitions = "") => $$"""
        {
          "guideline": "X", "revision": "1", "coveredCpt": ["72131"],
          "specialties": { "surgeon": ["neurosurgery"] },
          "overlap": { "clause": "c", "regions": { "lumbar": ["72131"] }, "overlappingRegions": ["lumbar"], "priorWithin": { "months": 3 }, "priorModalities": ["mri"] },
          "definitions": [
            { "id": "gate.overlap.prior_inconclusive", "clause": "c", "fact": { "type": "prior_imaging" } },
            { "id": "gate.overlap.justified", "clause": "c", "fact": { "type": "overlap_justified" } } {{definitions}}
          ],
          "indications": [ { "id": "one", "clause": "c", "rule": {{rule}} } ]
        }
        """;

    private static string LoadError(string json)
    {
        var path = Write(json);
        var e = Assert.Throws<CriteriaFileException>(() => CriteriaLoader.Load(path));
        Assert.Contains(Path.GetFileName(path), e.Message);
        return e.Message;
    }

    [Fact]
    public void MinimalFile_Loads()
    {
        var set = CriteriaLoader.Load(Write(Minimal("""{ "id": "one.r", "clause": "c", "fact": { "type": "back_pain", "within": { "weeks": 6 } } }""")));
        Assert.Equal("one", set.Indications.Single().Id);
        Assert.Equal(new Period(6, "weeks"), set.Indications[0].Rule.Fact!.Within);
    }

    [Fact]
    public void DisagreementBlock_LoadsAndRejectsUnknownTypesAndAttributes()
    {
        const string rule = """{ "id": "one.r", "clause": "c", "fact": { "type": "back_pain" } }""";
        string With(string block) => Minimal(rule).Replace("\"definitions\":", "\"disagreement\": " + block + ", \"definitions\":");
        var set = CriteriaLoader.Load(Write(With("""{ "clause": "c", "identity": { "conservative_treatment": ["modality"] }, "sites": ["reflex"], "notWithinNote": ["trauma"] }""")));
        Assert.Equal(["modality"], set.Disagreement!.Identity["conservative_treatment"]);
        Assert.Null(CriteriaLoader.Load(Write(Minimal(rule))).Disagreement);
        Assert.Contains("back_ache", LoadError(With("""{ "clause": "c", "identity": { "back_ache": ["x"] }, "sites": [], "notWithinNote": [] }""")));
        Assert.Contains("colour", LoadError(With("""{ "clause": "c", "identity": { "trauma": ["colour"] }, "sites": [], "notWithinNote": [] }""")));
        Assert.Contains("extra", LoadError(With("""{ "clause": "c", "identity": {}, "sites": [], "notWithinNote": [], "extra": 1 }""")));
        Assert.Contains("elbow", LoadError(With("""{ "clause": "c", "identity": {}, "sites": ["elbow"], "notWithinNote": [] }""")));
    }

    [Fact]
    public void UnknownFactType_IsALoadErrorNamingTheNode()
    {
        var msg = LoadError(Minimal("""{ "id": "one.bad_type", "clause": "c", "fact": { "type": "back_ache" } }"""));
        Assert.Contains("one.bad_type", msg);
        Assert.Contains("back_ache", msg);
    }

    [Fact]
    public void UnknownAttribute_AndValueOutsideTheCatalog_AreLoadErrors()
    {
        Assert.Contains("'colour'", LoadError(Minimal("""{ "id": "one.attr", "clause": "c", "fact": { "type": "back_pain", "where": [ { "attr": "colour", "equals": "red" } ] } }""")));
        Assert.Contains("'massage'", LoadError(Minimal("""{ "id": "one.val", "clause": "c", "fact": { "type": "conservative_treatment", "where": [ { "attr": "modality", "in": ["massage"] } ] } }""")));
        Assert.Contains("needs a bool attribute", LoadError(Minimal("""{ "id": "one.kind", "clause": "c", "fact": { "type": "conservative_treatment", "where": [ { "attr": "modality", "is": true } ] } }""")));
    }

    [Fact]
    public void AbsentCovers_NeedsUnlessLaterAbsent_AndValuesOfTheCatalog()
    {
        Assert.Contains("'robot'", LoadError(Minimal("""{ "id": "one.c", "clause": "c", "fact": { "type": "mri_contraindication", "unlessLaterAbsent": "reason", "absentCovers": { "device_other": ["robot"] } } }""")));
        Assert.Contains("needs unlessLaterAbsent", LoadError(Minimal("""{ "id": "one.c2", "clause": "c", "fact": { "type": "mri_contraindication", "absentCovers": { "device_other": ["pacemaker_icd"] } } }""")));
    }

    [Fact]
    public void BadWindow_IsALoadError()
    {
        Assert.Contains("bad window", LoadError(Minimal("""{ "id": "one.w", "clause": "c", "fact": { "type": "back_pain", "within": { "fortnights": 3 } } }""")));
        Assert.Contains("bad window", LoadError(Minimal("""{ "id": "one.w2", "clause": "c", "fact": { "type": "back_pain", "within": { "months": -6 } } }""")));
    }

    [Fact]
    public void DuplicateId_UnknownKey_MissingClause_DanglingRef_AreLoadErrors()
    {
        Assert.Contains("duplicate id", LoadError(Minimal("""{ "id": "one.d", "clause": "c", "all": [ { "id": "one.x", "clause": "c", "fact": { "type": "back_pain" } }, { "id": "one.x", "clause": "c", "fact": { "type": "back_pain" } } ] }""")));
        Assert.Contains("unknown key 'within'", LoadError(Minimal("""{ "id": "one.k", "clause": "c", "within": { "days": 3 }, "fact": { "type": "back_pain" } }""")));
        Assert.Contains("'clause'", LoadError(Minimal("""{ "id": "one.c", "fact": { "type": "back_pain" } }""")));
        Assert.Contains("names no definition", LoadError(Minimal("""{ "id": "one.ref", "clause": "c", "ref": "nowhere" }""")));
        Assert.Contains("unknown specialty", LoadError(Minimal("""{ "id": "one.s", "clause": "c", "specialty": ["dentist"] }""")));
    }

    [Fact]
    public void GuidelineFile_HasAllFourteenIndications()
    {
        var set = CriteriaLoader.Load();
        Assert.Equal(IndicationIds, set.Indications.Select(i => i.Id));
        Assert.Equal(["72131", "72132", "72133"], set.CoveredCpt);
    }

    [Fact]
    public void EveryClause_IsVerbatimGuidelineText_AfterStruckTextIsDeleted()
    {
        var set = CriteriaLoader.Load();
        var guideline = Plain(GuidelineParser.DeleteStruck(File.ReadAllText(RulesLocator.PathOf("criteria", "NIA_CG_045-lumbar-spine-ct.txt"))));
        var notVerbatim = set.AllNodes().Select(n => (n.Id, n.Clause))
            .Concat(set.Indications.Select(i => (i.Id, i.Clause)))
            .Where(x => !guideline.Contains(Plain(x.Clause), StringComparison.Ordinal))
            .Select(x => $"{x.Id}: {x.Clause}").ToList();
        Assert.True(notVerbatim.Count == 0, "clauses not found verbatim in the guideline:\n" + string.Join("\n", notVerbatim));
    }

    [Fact]
    public void StruckText_IsNotInForce()
    {
        var seed = File.ReadAllText(RulesLocator.PathOf("criteria", "NIA_CG_045-lumbar-spine-ct.txt"));
        Assert.Contains("Osteopathic Manipulative", seed);
        Assert.DoesNotContain("Osteopathic Manipulative", GuidelineParser.DeleteStruck(seed));
        var set = CriteriaLoader.Load();
        Assert.DoesNotContain(set.AllNodes(), n => n.Clause.Contains("Osteopathic", StringComparison.OrdinalIgnoreCase) || n.Clause.Contains("acupuncture", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void EveryGuidelineBullet_IsEncodedOrListedWithAReason()
    {
        var set = CriteriaLoader.Load();
        var bullets = GuidelineParser.Parse(File.ReadAllText(RulesLocator.PathOf("criteria", "NIA_CG_045-lumbar-spine-ct.txt")),
            set.Indications.SelectMany(i => i.Sections).Concat(set.OverviewSections));
        var coverage = GuidelineCoverage.Map(set, bullets, new Dictionary<string, IReadOnlyList<string>>());
        Assert.True(bullets.Count > 100, $"only {bullets.Count} bullets parsed");
        Assert.Empty(coverage.Where(c => c.Nodes.Count == 0 && c.NotEncodedReason is null).Select(c => c.Bullet.Text));
        // the pediatric red flags are each their own node, under the back-pain section
        var limp = coverage.Single(c => c.Bullet.Text.StartsWith("Limp", StringComparison.Ordinal));
        Assert.Equal(["pediatric_back_pain.flag.limp"], limp.Nodes);
        Assert.StartsWith("For evaluation of back pain", limp.Bullet.Section);
    }

    [Fact]
    public void EveryIndication_IsExercisedByTests_FoundByTheirTraits()
    {
        var testsRoot = Path.Combine(Path.GetDirectoryName(RulesLocator.RulesRoot.TrimEnd(Path.DirectorySeparatorChar))!, "tests");
        var tests = GuidelineCoverage.ScanTests(testsRoot);
        foreach (var id in IndicationIds) Assert.True(tests.ContainsKey(id), $"no test tagged [Trait(\"criterion\", \"{id}\")]");
        Assert.Contains("IndicationTests.Contradiction_PtForFourWeeks_NotEnough", tests["conservative.active_6_weeks"]);
        var known = CriteriaLoader.Load().AllNodes().Select(n => n.Id).ToHashSet();
        var gates = new[] { "gate.cpt", "gate.patient_mismatch", "gate.unreadable_pages", "gate.bad_request", "gate.disagreement", "gate.read_twice" };
        Assert.Empty(tests.Keys.Where(k => !known.Contains(k) && !gates.Contains(k)));
    }

    /// <summary>Text for verbatim comparison: markdown links and emphasis dropped, superscripts gone, spaces collapsed.</summary>
    private static string Plain(string text) =>
        GuidelineParser.Normalize(Regex.Replace(text, @"\[([^\]]*)\]\([^)]*\)", "$1"));
}
