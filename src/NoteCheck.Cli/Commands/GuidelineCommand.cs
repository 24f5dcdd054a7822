using NoteCheck.Core;
using NoteCheck.Criteria;

namespace NoteCheck.Cli.Commands;

/// <summary>
/// `notecheck guideline [--criteria FILE] [--guideline FILE] [--tests DIR]`: every bullet of the guideline
/// (struck text deleted), the criteria node(s) encoding it and the tests exercising those nodes; bullets
/// not encoded are listed with the reason the criteria file gives. Tests are found by scanning the C#
/// files under tests/ (default: next to rules/) for [Trait("criterion", "node id")].
/// </summary>
internal static class GuidelineCommand
{
    public static int Run(string[] args)
    {
        string? criteriaPath = null, guidelinePath = null, testsDir = null;
        for (var i = 0; i < args.Length; i++)
        {
            string? Next() => i + 1 < args.Length ? args[++i] : null;
            switch (args[i])
            {
                case "--criteria": criteriaPath = Next(); break;
                case "--guideline": guidelinePath = Next(); break;
                case "--tests": testsDir = Next(); break;
                default:
                    Console.Error.WriteLine("usage: notecheck guideline [--criteria FILE] [--guideline FILE] [--tests DIR]");
                    return 1;
            }
        }
        CriteriaSet criteria;
        try { criteria = CriteriaLoader.Load(criteriaPath); }
        catch (Exception e) when (e is CriteriaFileException or IOException or DirectoryNotFoundException)
        {
            Console.Error.WriteLine($"notecheck guideline: {e.Message}");
            return 1;
        }
        guidelinePath ??= RulesLocator.PathOf("criteria", "NIA_CG_045-lumbar-spine-ct.txt");
        testsDir ??= Path.Combine(Path.GetDirectoryName(RulesLocator.RulesRoot.TrimEnd(Path.DirectorySeparatorChar))!, "tests");
        if (!File.Exists(guidelinePath))
        {
            Console.Error.WriteLine($"notecheck guideline: guideline text not found: {guidelinePath}");
            return 1;
        }

        var headings = criteria.Indications.SelectMany(x => x.Sections).Concat(criteria.OverviewSections);
        var bullets = GuidelineParser.Parse(File.ReadAllText(guidelinePath), headings);
        var coverage = GuidelineCoverage.Map(criteria, bullets, GuidelineCoverage.ScanTests(testsDir));

        var w = Console.Out;
        w.WriteLine($"{criteria.Guideline} rev. {criteria.Revision}: coverage by {criteria.File}");
        string? section = null;
        foreach (var c in coverage)
        {
            if (c.Bullet.Section != section)
            {
                section = c.Bullet.Section;
                w.WriteLine();
                w.WriteLine($"## {section}");
            }
            var indent = new string(' ', 2 * c.Bullet.Depth);
            w.WriteLine($"{indent}- {c.Bullet.Text}");
            if (c.Nodes.Count > 0)
            {
                w.WriteLine($"{indent}    nodes: {string.Join(", ", c.Nodes)}");
                w.WriteLine($"{indent}    tests: {(c.Tests.Count == 0 ? "(none)" : string.Join(", ", c.Tests))}");
            }
            else
            {
                w.WriteLine($"{indent}    NOT ENCODED: {c.NotEncodedReason ?? "(no reason recorded in the criteria file)"}");
            }
        }
        var encoded = coverage.Count(c => c.Nodes.Count > 0);
        var explained = coverage.Count(c => c.Nodes.Count == 0 && c.NotEncodedReason is not null);
        var untested = coverage.Count(c => c.Nodes.Count > 0 && c.Tests.Count == 0);
        w.WriteLine();
        w.WriteLine($"{coverage.Count} bullets: {encoded} encoded ({untested} without a test), {explained} not encoded with a reason, {coverage.Count - encoded - explained} not accounted for.");
        return 0;
    }
}
