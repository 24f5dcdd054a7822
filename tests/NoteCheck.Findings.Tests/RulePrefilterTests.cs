using System.Text.RegularExpressions;
using NoteCheck.Core;
using NoteCheck.Findings.Rules;
using NoteCheck.Findings.Evaluation;
using NoteCheck.Text;

namespace NoteCheck.Findings.Tests;

/// <summary>
/// The literal pre-filter derived from each rule's regex: a rule whose keywords a sentence lacks is
/// skipped, a pattern without a safe literal never is, and on real corpus text the filter never
/// skips a sentence the regex matches.
/// </summary>
public sealed class RulePrefilterTests
{
    private const RegexOptions Insensitive = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase;

    private static FindingRule Rule(string id, string pattern, string? requires = null, string? unless = null, bool caseSensitive = false)
    {
        var options = caseSensitive ? RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture : Insensitive;
        return new FindingRule
        {
            Id = id, Type = "foot_drop", File = "test.json", Pattern = new Regex(pattern, options),
            Requires = requires is null ? null : new Regex(requires, options),
            Unless = unless is null ? null : new Regex(unless, options),
        };
    }

    private static bool MayMatch(FindingRule rule, string sentence)
    {
        var keywords = new RulePrefilter([rule]).Start();
        keywords.Load(sentence);
        return keywords.MayMatch(0);
    }

    [Fact]
    public void Alternation_of_words_gives_each_spelling()
    {
        Assert.Equal(["drop foot", "drop-foot", "dropfoot", "foot drop", "foot-drop", "footdrop"],
            RequiredLiterals.Of(@"(?:foot[- ]?drop|drop[- ]?foot)"));
        // Each branch brings its most selective literals: "weakness" for the first, the two spellings for the second.
        Assert.Equal(["generalised", "generalized", "weakness"], RequiredLiterals.Of(@"\bgenerali[sz]ed\s+weakness\b|\bgenerali[sz]ed\b"));
    }

    [Fact]
    public void Rule_whose_keyword_is_absent_is_skipped_and_runs_when_present()
    {
        var rule = Rule("x.drop", @"(?:(?:left|right)\s+)?foot[- ]?drop");
        Assert.False(MayMatch(rule, "Strength 5/5 in all groups; gait normal."));
        Assert.True(MayMatch(rule, "New left foot drop since March."));
        Assert.Matches(rule.Pattern, "New left foot drop since March.");
    }

    [Fact]
    public void Requires_and_unless_are_filtered_by_their_own_keywords()
    {
        var rule = Rule("x.weak", @"weakness", requires: @"\b(?:leg|foot)\b", unless: @"generali[sz]ed");
        Assert.False(MayMatch(rule, "Arm weakness after the fall."));   // requires has no keyword here
        Assert.True(MayMatch(rule, "Leg weakness after the fall."));
        var keywords = new RulePrefilter([rule]).Start();
        keywords.Load("Leg weakness after the fall.");
        Assert.False(keywords.UnlessMayMatch(0));
        keywords.Load("Leg weakness, generalized.");
        Assert.True(keywords.UnlessMayMatch(0));
    }

    [Theory]
    [InlineData(@"\d+\s*\w")]                       // no literal at all
    [InlineData(@"(?<a>\w+)\s+\k<a>")]               // backreference: not understood, no filter
    [InlineData(@"(?x) foot \s drop")]               // x-mode: spaces are not literals
    [InlineData(@"(?(a)|x)")]                       // conditional whose yes branch is empty
    [InlineData(@"(?:foot)?")]                       // optional: may match the empty string
    [InlineData(@"[^a]bc|x*")]                       // one branch needs nothing
    [InlineData(@"\u00e9{2}")]                       // non-ASCII literal
    public void Pattern_without_safe_literal_is_never_skipped(string pattern)
    {
        Assert.Null(RequiredLiterals.Of(pattern));
        Assert.True(MayMatch(Rule("x.none", pattern), "nothing to see here"));
    }

    [Fact]
    public void A_branch_that_could_be_anything_leaves_the_literal_after_it()
    {
        Assert.Equal(["5/5"], RequiredLiterals.Of(@"(?:strength|\w+)\s+5/5"));
        Assert.Equal(["/5"], RequiredLiterals.Of(@"\b\d[+-]?/5"));
    }

    [Fact]
    public void Conditional_reads_as_its_two_branches_and_whitespace_as_a_space()
    {
        Assert.Equal(["bar", "foo"], RequiredLiterals.Of(@"(?<a>x)?(?(a)foo|bar)"));
        Assert.Equal(["fusion"], RequiredLiterals.Of(@"(?<cue>prior\s+)?(?(cue)|(?!surgery\b))(?<proc>fusion)"));
        Assert.Equal(["l 1", "l 2", "l1", "l2", "s1"], RequiredLiterals.Of(@"\b(?:L\s?[12]|S1)\b"));
        var rule = Rule("x.level", @"\bL\s?[12]\b");
        Assert.True(MayMatch(rule, "Disc bulge at L\t1."));
        Assert.True(MayMatch(rule, "Disc bulge at L\u00a02."));
        Assert.False(MayMatch(rule, "Disc bulge at L4."));
    }

    [Fact]
    public void Case_is_folded_on_both_sides_including_dotnet_case_equivalents()
    {
        var rule = Rule("x.knee", @"Knee\s+jerk");
        Assert.Equal(["knee"], RequiredLiterals.Of(rule.Pattern));
        Assert.True(MayMatch(rule, "KNEE JERK absent on the left."));
        // The regex matches the Kelvin sign for 'k' when ignoring case: the filter must let it through.
        var kelvin = "\u212Anee jerk absent";
        Assert.Matches(rule.Pattern, kelvin);
        Assert.True(MayMatch(rule, kelvin));
        // A case-sensitive rule is filtered case-insensitively (never stricter than the regex).
        Assert.True(MayMatch(Rule("x.cs", "MRI", caseSensitive: true), "an mri of the spine"));
    }

    [Fact]
    public void Fold_agrees_with_every_character_the_regex_engine_equates_with_an_ascii_character()
    {
        var all = new string(Enumerable.Range(0, 0x10000).Select(i => (char)i).ToArray());
        foreach (Match m in new Regex(@"\s").Matches(all))
            Assert.True(RequiredLiterals.Fold(m.Value[0]) == ' ', $"U+{(int)m.Value[0]:X4} is whitespace to the regex but does not fold to a space");
        for (var x = (char)0; x < 128; x++)
            foreach (var form in new[] { Regex.Escape(x.ToString()), "[" + Regex.Escape(x.ToString()) + "]" })
                foreach (Match m in new Regex(form, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant).Matches(all))
                    Assert.True(RequiredLiterals.Fold(m.Value[0]) == RequiredLiterals.Fold(x), $"U+{(int)m.Value[0]:X4} matches '{x}' but folds differently");
    }

    [Fact]
    public void Lexicon_macros_expand_to_alternations_of_their_phrases()
    {
        var lexicons = DetectorRules.Default.Lexicons;
        var pattern = lexicons.Expand(@"{@muscle}\s+(?:weakness|paresis)", name => new InvalidOperationException(name));
        var literals = RequiredLiterals.Of(pattern)!;
        Assert.Equal(["paresis", "weakness"], literals); // the longer words win over short muscle abbreviations ("TA")
        var alone = RequiredLiterals.Of(lexicons.Expand(@"\b{@muscle}\b", name => new InvalidOperationException(name)))!;
        Assert.Contains("quad", alone);
        Assert.Contains("ta", alone);
        Assert.DoesNotContain("quadriceps", alone); // "quad" already covers it
    }

    [Fact]
    public void On_corpus_text_no_shipped_rule_is_skipped_where_its_regex_matches()
    {
        var rules = DetectorRules.Default.Rules;
        var prefilter = new RulePrefilter(rules);
        Assert.True(prefilter.FilteredPatterns > rules.Count * 3 / 4, $"only {prefilter.FilteredPatterns} of {rules.Count} patterns have a filter");
        var root = Directory.GetParent(RulesLocator.RulesRoot)!.FullName;
        // Every rule runs on every line: a fixed third of the corpus files (every third by name) keeps the check real and
        // the test under a few minutes as the corpus grows.
        var lines = new[] { "packets", "criteria-packets" }
            .SelectMany(c => Directory.GetFiles(Path.Combine(root, "corpora", c), "*.txt", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal)
            .Where((_, i) => i % 3 == 0)
            .SelectMany(File.ReadAllLines).Where(l => l.Trim().Length > 0).Distinct().ToList();
        Assert.True(lines.Count > 1000);
        var keywords = prefilter.Start();
        var (skipped, matched) = (0, 0);
        foreach (var line in lines)
        {
            keywords.Load(line);
            for (var i = 0; i < rules.Count; i++)
            {
                var patternMatches = rules[i].Pattern.IsMatch(line) && (rules[i].Requires?.IsMatch(line) ?? true);
                if (patternMatches) matched++;
                if (!keywords.MayMatch(i)) { skipped++; Assert.False(patternMatches, $"rule {rules[i].Id} skipped on a line it matches"); }
                if (!keywords.UnlessMayMatch(i)) Assert.False(rules[i].Unless!.IsMatch(line), $"unless of {rules[i].Id} skipped on a line it matches");
            }
        }
        Assert.True(matched > 500);
        Assert.True(skipped > lines.Count * rules.Count / 2, $"the filter skipped only {skipped} of {lines.Count * rules.Count} rule runs");
    }

    [Fact]
    public void Matcher_finds_the_same_mentions_with_and_without_the_filter_on_corpus_notes()
    {
        var root = Directory.GetParent(RulesLocator.RulesRoot)!.FullName;
        var files = Directory.GetFiles(Path.Combine(root, "corpora", "criteria-packets"), "*.txt", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal).ToList();
        Assert.True(files.Count > 20);
        var filtered = new RuleMatcher(DetectorRules.Default, ContextAnalyzer.Default);
        var unfiltered = new RuleMatcher(DetectorRules.Default, ContextAnalyzer.Default, prefilter: false);
        static string Show(Mention m) => $"{m.RuleId} {m.Start}-{m.End} {m.Assertion} {m.Laterality} {m.Level} {m.Date} " +
            string.Join(",", m.Attributes.Select(a => $"{a.Key}={a.Value}"));
        var total = 0;
        foreach (var file in files)
        {
            var text = TextPipeline.Default.Analyze(TextDocuments.FromText(Path.GetFileName(file), File.ReadAllText(file)));
            foreach (var age in new int?[] { null, 8 })
            {
                var expected = unfiltered.Match(text, age).Select(Show).ToList();
                Assert.Equal(expected, filtered.Match(text, age).Select(Show).ToList());
                total += expected.Count;
            }
        }
        Assert.True(total > 500, $"only {total} mentions");
    }
}
