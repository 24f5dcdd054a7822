using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace NoteCheck.Criteria;

/// <summary>One bullet of the guideline text, under the section heading it sits in.</summary>
public sealed record GuidelineBullet(int Index, string Section, string Text, int Depth);

/// <summary>
/// Reads the guideline seed (a Markdown-ish tracked-changes copy) into sections and bullets with Markdig.
/// Struck text (~~...~~) is deleted first: it is not in force. Everything from "POLICY HISTORY" on
/// (history table, references) is not guideline content.
/// </summary>
public static partial class GuidelineParser
{
    public const string NoSection = "(before any section)";
    private static readonly string[] StopHeadings = ["POLICY HISTORY", "REFERENCES"];

    public static string DeleteStruck(string text) => StruckRegex().Replace(text, "");

    public static IReadOnlyList<GuidelineBullet> Parse(string seed, IEnumerable<string> sectionHeadings)
    {
        var headings = sectionHeadings.Select(Normalize).Where(h => h.Length > 0).ToList();
        var doc = Markdown.Parse(DeleteStruck(seed));
        var bullets = new List<GuidelineBullet>();
        var section = NoSection;
        foreach (var block in doc)
        {
            if (block is ParagraphBlock p)
            {
                var text = InlineText(p.Inline);
                if (StopHeadings.Any(s => text.Trim().StartsWith(s, StringComparison.Ordinal))) break;
                var norm = Normalize(text);
                var heading = headings.Where(h => norm.StartsWith(h, StringComparison.Ordinal)).OrderByDescending(h => h.Length).FirstOrDefault();
                if (heading is not null) section = Clean(text);
            }
            else if (block is ListBlock list)
            {
                Collect(list, 0);
            }
        }
        return bullets;

        void Collect(ListBlock list, int depth)
        {
            foreach (var item in list.OfType<ListItemBlock>())
            {
                var text = string.Join(" ", item.OfType<ParagraphBlock>().Select(pb => InlineText(pb.Inline)));
                if (!string.IsNullOrWhiteSpace(text)) bullets.Add(new GuidelineBullet(bullets.Count, section, Clean(text), depth));
                foreach (var sub in item.OfType<ListBlock>()) Collect(sub, depth + 1);
            }
        }
    }

    private static string InlineText(ContainerInline? inline)
    {
        var sb = new StringBuilder();
        Append(inline, sb);
        return sb.ToString();

        static void Append(Inline? node, StringBuilder sb)
        {
            switch (node)
            {
                case null: return;
                case LiteralInline l: sb.Append(l.Content.ToString()); break;
                case CodeInline c: sb.Append(c.Content); break;
                case LineBreakInline: sb.Append(' '); break;
                case AutolinkInline a: sb.Append(a.Url); break;
                case HtmlInline: break;
                case ContainerInline ci:
                    foreach (var child in ci) Append(child, sb);
                    break;
            }
        }
    }

    /// <summary>Bullet text for display: superscript references removed, spaces collapsed.</summary>
    public static string Clean(string text)
    {
        var s = SuperscriptBraces().Replace(text, "");
        s = new string(s.Where(c => !"¹²³⁴⁵⁶⁷⁸⁹⁰⁻⁺‡".Contains(c)).ToArray());
        return string.Join(' ', s.Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)).Trim();
    }

    /// <summary>For matching clause and bullet text: cleaned, no emphasis marks, plain quotes and dashes, lower case.</summary>
    public static string Normalize(string text)
    {
        var s = Clean(text.Replace("*", "").Replace("\\", ""))
            .Replace('“', '"').Replace('”', '"').Replace('‘', '\'').Replace('’', '\'').Replace('–', '-').Replace('—', '-')
            .Replace("`", "").ToLowerInvariant();
        return s.TrimEnd('.', ';', ':', ',', ' ');
    }

    [GeneratedRegex(@"~~[\s\S]*?~~")]
    private static partial Regex StruckRegex();

    [GeneratedRegex(@"\^\{[^}]*\}")]
    private static partial Regex SuperscriptBraces();
}

/// <summary>A bullet and what encodes and exercises it.</summary>
public sealed record BulletCoverage(GuidelineBullet Bullet, IReadOnlyList<string> Nodes, IReadOnlyList<string> Tests, string? NotEncodedReason);

/// <summary>
/// Which criteria node encodes each guideline bullet (a node's "bullets" are verbatim beginnings of the
/// bullets it encodes, matched within the sections of its indication; definitions match anywhere), and
/// which tests exercise each node (tests carry [Trait("criterion", "node id")]).
/// </summary>
public static class GuidelineCoverage
{
    public static IReadOnlyList<BulletCoverage> Map(CriteriaSet criteria, IReadOnlyList<GuidelineBullet> bullets,
        IReadOnlyDictionary<string, IReadOnlyList<string>> testsByNode)
    {
        var scoped = new List<(IReadOnlyList<string>? Sections, CriterionNode Node)>();
        foreach (var d in criteria.Definitions.Values) scoped.AddRange(d.Descendants().Select(n => ((IReadOnlyList<string>?)null, n)));
        foreach (var i in criteria.Indications)
            scoped.AddRange(i.Rule.Descendants().Select(n => ((IReadOnlyList<string>?)i.Sections.Select(GuidelineParser.Normalize).ToList(), n)));

        var result = new List<BulletCoverage>();
        foreach (var b in bullets)
        {
            var text = GuidelineParser.Normalize(b.Text);
            var section = GuidelineParser.Normalize(b.Section);
            var nodes = scoped
                .Where(x => x.Sections is null || x.Sections.Any(s => section.StartsWith(s, StringComparison.Ordinal)))
                .Where(x => x.Node.Bullets.Any(nb => text.StartsWith(GuidelineParser.Normalize(nb), StringComparison.Ordinal)))
                .Select(x => x.Node.Id).Distinct().ToList();
            var tests = nodes.SelectMany(n => testsByNode.TryGetValue(n, out var t) ? t : []).Distinct().OrderBy(t => t, StringComparer.Ordinal).ToList();
            var reason = nodes.Count > 0 ? null : criteria.NotEncoded
                .FirstOrDefault(ne => text.StartsWith(GuidelineParser.Normalize(ne.Bullet), StringComparison.Ordinal))?.Reason;
            result.Add(new BulletCoverage(b, nodes, tests, reason));
        }
        return result;
    }

    /// <summary>
    /// Tests that name the criteria they exercise: scans C# files under <paramref name="testsRoot"/> for
    /// [Trait("criterion", "id")] and the test method that follows (Class.Method).
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> ScanTests(string testsRoot)
    {
        var map = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        if (!Directory.Exists(testsRoot)) return new Dictionary<string, IReadOnlyList<string>>();
        foreach (var file in Directory.EnumerateFiles(testsRoot, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") || file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}")) continue;
            var pending = new List<string>();
            var cls = Path.GetFileNameWithoutExtension(file);
            foreach (var line in File.ReadLines(file))
            {
                if (ClassRegex.Match(line) is { Success: true } c) cls = c.Groups[1].Value;
                foreach (Match m in TraitRegex.Matches(line)) pending.Add(m.Groups[1].Value);
                if (pending.Count > 0 && MethodRegex.Match(line) is { Success: true } mm)
                {
                    foreach (var id in pending)
                    {
                        if (!map.TryGetValue(id, out var list)) map[id] = list = [];
                        list.Add($"{cls}.{mm.Groups[1].Value}");
                    }
                    pending.Clear();
                }
            }
        }
        return map.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value.Distinct().ToList(), StringComparer.Ordinal);
    }

    private static readonly Regex TraitRegex = new(@"Trait\(\s*""criterion""\s*,\s*""([^""]+)""\s*\)", RegexOptions.Compiled);
    private static readonly Regex MethodRegex = new(@"public\s+(?:async\s+)?(?:void|Task)\s+(\w+)\s*\(", RegexOptions.Compiled);
    private static readonly Regex ClassRegex = new(@"\bclass\s+(\w+)", RegexOptions.Compiled);
}
