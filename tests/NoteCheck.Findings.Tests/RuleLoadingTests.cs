using NoteCheck.Core;
using NoteCheck.Findings.Rules;

namespace NoteCheck.Findings.Tests;

/// <summary>The rule files load, and a bad file fails naming the file, the rule id and the key.</summary>
public sealed class RuleLoadingTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "nc-findings-rules-" + Guid.NewGuid().ToString("N"));

    public RuleLoadingTests()
    {
        var source = RulesLocator.PathOf("findings");
        Directory.CreateDirectory(Path.Combine(_dir, "detectors"));
        foreach (var f in new[] { "types.json", "lexicons.json", "detector.json" }) File.Copy(Path.Combine(source, f), Path.Combine(_dir, f));
        // detector.json's assertion policy names conservative-care rules by id: they must exist.
        File.Copy(Path.Combine(source, "detectors", "30-conservative.json"), Path.Combine(_dir, "detectors", "30-conservative.json"));
        // ... and its report-verdict extractors name the imaging report's exam rules.
        File.Copy(Path.Combine(source, "detectors", "80-identity-imaging.json"), Path.Combine(_dir, "detectors", "80-identity-imaging.json"));
        // ... and its MR Conditional reason extractors name the MRI clearance rule.
        File.Copy(Path.Combine(source, "detectors", "40-mri.json"), Path.Combine(_dir, "detectors", "40-mri.json"));
    }

    public void Dispose() => Directory.Delete(_dir, true);

    private RuleFileException LoadWith(string rule)
    {
        File.WriteAllText(Path.Combine(_dir, "detectors", "bad.json"), "{ \"rules\": [ " + rule + " ] }");
        return Assert.Throws<RuleFileException>(() => DetectorRules.Load(_dir));
    }

    [Fact]
    public void Shipped_rules_load_and_every_type_in_them_is_in_the_catalog()
    {
        var rules = DetectorRules.Default;
        Assert.True(rules.Rules.Count > 150);
        Assert.All(rules.Rules, r => Assert.True(rules.Catalog.Has(r.Type)));
        Assert.Equal(rules.Rules.Count, rules.Rules.Select(r => r.Id).Distinct().Count());
    }

    [Fact]
    public void Unknown_key_names_file_rule_and_key()
    {
        var e = LoadWith("{ \"id\": \"x.one\", \"type\": \"foot_drop\", \"pattern\": \"foot drop\", \"patern\": \"typo\" }");
        Assert.Contains("bad.json", e.Message);
        Assert.Contains("x.one", e.Message);
        Assert.Contains("patern", e.Message);
    }

    [Fact]
    public void Unknown_type_attribute_value_and_lexicon_are_rejected()
    {
        Assert.Contains("not in types.json", LoadWith("{ \"id\": \"x.t\", \"type\": \"foot_fall\", \"pattern\": \"x\" }").Message);
        Assert.Contains("not an attribute", LoadWith("{ \"id\": \"x.a\", \"type\": \"foot_drop\", \"pattern\": \"x\", \"attributes\": { \"colour\": \"red\" } }").Message);
        Assert.Contains("not one of", LoadWith("{ \"id\": \"x.v\", \"type\": \"conservative_treatment\", \"pattern\": \"x\", \"attributes\": { \"modality\": \"yoga\" } }").Message);
        Assert.Contains("unknown macro or lexicon", LoadWith("{ \"id\": \"x.l\", \"type\": \"foot_drop\", \"pattern\": \"{@nowhere}\" }").Message);
        Assert.Contains("not a valid regular expression", LoadWith("{ \"id\": \"x.r\", \"type\": \"foot_drop\", \"pattern\": \"(unclosed\" }").Message);
        Assert.Contains("names no group", LoadWith("{ \"id\": \"x.g\", \"type\": \"foot_drop\", \"pattern\": \"x\", \"laterality\": \"$side\" }").Message);
    }

    [Fact]
    public void A_given_rule_id_that_no_rule_has_is_rejected_naming_detector_json()
    {
        foreach (var f in Directory.GetFiles(RulesLocator.PathOf("findings", "detectors"), "*.json"))
            File.Copy(f, Path.Combine(_dir, "detectors", Path.GetFileName(f)), overwrite: true);
        DetectorRules.Load(_dir); // the shipped ids all exist
        var settings = Path.Combine(_dir, "detector.json");
        File.WriteAllText(settings, File.ReadAllText(settings).Replace("\"conservative_treatment.device\"", "\"conservative_treatment.devise\""));
        var e = Assert.Throws<RuleFileException>(() => DetectorRules.Load(_dir));
        Assert.Contains("detector.json", e.Message);
        Assert.Contains("conservative_treatment.devise", e.Message);
    }

    [Fact]
    public void Duplicate_ids_are_rejected()
    {
        var e = LoadWith("{ \"id\": \"x.d\", \"type\": \"foot_drop\", \"pattern\": \"a\" }, { \"id\": \"x.d\", \"type\": \"foot_drop\", \"pattern\": \"b\" }");
        Assert.Contains("duplicate", e.Message);
    }

    [Fact]
    public void A_rule_file_changes_behaviour_without_rebuilding()
    {
        File.WriteAllText(Path.Combine(_dir, "detectors", "one.json"),
            "{ \"rules\": [ { \"id\": \"foot_drop.test\", \"type\": \"foot_drop\", \"pattern\": \"\\\\bdropped the foot\\\\b\", \"confidence\": 0.5 } ] }");
        var detector = new FindingDetector(DetectorRules.Load(_dir), NoteCheck.Text.ContextAnalyzer.Default);
        var doc = NoteCheck.Findings.Evaluation.TextDocuments.FromText("n.txt", "He dropped the foot on the stairs.");
        var findings = detector.Detect(NoteCheck.Text.TextPipeline.Default.Analyze(doc), FindingContext.Empty);
        var f = Assert.Single(findings);
        Assert.Equal("foot_drop.test", f.RuleId);
        Assert.Equal(0.5, f.Confidence);
    }

    private string DetectorJson
    {
        get => File.ReadAllText(Path.Combine(_dir, "detector.json"));
        set => File.WriteAllText(Path.Combine(_dir, "detector.json"), value);
    }

    [Fact]
    public void An_extractor_naming_a_rule_that_does_not_exist_is_rejected()
    {
        const string from = "\"rules\": [\"prior_imaging.report_exam\", ";
        Assert.Contains(from, DetectorJson);
        DetectorJson = DetectorJson.Replace(from, "\"rules\": [\"prior_imaging.report_exma\", ");
        var e = Assert.Throws<RuleFileException>(() => DetectorRules.Load(_dir));
        Assert.Contains("detector.json", e.Message);
        Assert.Contains("no rule has the id 'prior_imaging.report_exma'", e.Message);
    }

    [Theory]
    [InlineData("\"pmh\", \"psh\"", "\"pmh\", \"past_history\"", "'past_history' is not a section")]
    [InlineData("\"kind\": [\"frequency\"]", "\"kind\": [\"often\"]", "'often' is not one of the values")]
    [InlineData("\"kind\": [\"frequency\"]", "\"sort\": [\"frequency\"]", "'sort' is not an attribute")]
    [InlineData("\"ruleId\":", "\"ruleid\":", "unknown key 'ruleid'")]
    [InlineData("\"bowel_bladder_dysfunction.constipation\"", "\"bowel_trouble.constipation\"", "'bowel_trouble.constipation' is not a rule id")]
    public void A_bad_cauda_equina_block_names_the_file_the_block_and_the_key(string from, string to, string message) =>
        A_bad_block_is_named(from, to, "caudaEquina", message);

    [Theory]
    [InlineData("\"ruleId\": \"mri_contraindication.weight_vs_limit\"", "\"ruleId\": \"weight_vs_limit\"", "must be an mri_contraindication rule id")]
    [InlineData("(?<unit>kg|kgs|lbs?|pounds)\\\\b\",\n  \"unless\"", "(?<units>kg|kgs|lbs?|pounds)\\\\b\",\n  \"unless\"", "'weight' must capture the groups 'value' and 'unit'")]
    [InlineData("\"weight\": \"", "\"weigth\": \"", "unknown key 'weigth'")]
    public void A_bad_scanner_limit_block_names_the_file_the_block_and_the_key(string from, string to, string message) =>
        A_bad_block_is_named(from, to, "scannerLimit", message);

    // A detector.json settings block broken at 'from': the load fails naming the file, the block and what is wrong.
    private void A_bad_block_is_named(string from, string to, string block, string message)
    {
        Assert.Contains(from, DetectorJson);
        DetectorJson = DetectorJson.Replace(from, to);
        var e = Assert.Throws<RuleFileException>(() => DetectorRules.Load(_dir));
        Assert.Contains("detector.json", e.Message);
        Assert.Contains(block, e.Message);
        Assert.Contains(message, e.Message);
    }

    [Fact]
    public void Which_mentions_are_no_cauda_equina_part_is_read_from_detector_json()
    {
        const string note = "ED note\nHPI: Severe low back pain 9/10 with new bilateral sciatica. New urinary frequency since last night.";
        var composed = CaudaEquinaComposition(note);
        Assert.False(composed());
        DetectorJson = DetectorJson.Replace("\"kind\": [\"frequency\"]", "\"kind\": []");
        Assert.True(composed());
    }

    [Fact]
    public void Rules_whose_mentions_are_no_cauda_equina_part_are_read_from_detector_json()
    {
        const string note = "ED note\nHPI: Severe low back pain 9/10 with new bilateral sciatica. New constipation since last night.";
        var composed = CaudaEquinaComposition(note);
        Assert.False(composed());
        DetectorJson = DetectorJson.Replace("\"bowel_bladder_dysfunction.constipation\", ", "");
        Assert.True(composed());
    }

    /// <summary>Copies the deficit and pain detectors beside the test's detector.json; the returned check loads the
    /// rules afresh (after the test edits detector.json) and says whether the note composes a cauda equina.</summary>
    private Func<bool> CaudaEquinaComposition(string note)
    {
        foreach (var file in new[] { "10-deficits.json", "20-pain.json" })
            File.Copy(Path.Combine(RulesLocator.PathOf("findings"), "detectors", file), Path.Combine(_dir, "detectors", file));
        return () => new FindingDetector(DetectorRules.Load(_dir), NoteCheck.Text.ContextAnalyzer.Default)
            .Detect(NoteCheck.Text.TextPipeline.Default.Analyze(NoteCheck.Findings.Evaluation.TextDocuments.FromText("n.txt", note)), FindingContext.Empty)
            .Any(f => f.Type == "cauda_equina_syndrome" && f.RuleId == "cauda_equina_syndrome.composite");
    }
}
