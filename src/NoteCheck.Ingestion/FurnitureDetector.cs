using System.Text;
using NoteCheck.Core;

namespace NoteCheck.Ingestion;

/// <summary>
/// Marks page furniture: lines matching the furniture patterns, and running headers/footers
/// (the same line, digits aside, at the top or bottom of at least half the pages).
/// </summary>
public sealed class FurnitureDetector(FurnitureRules rules)
{
    public static FurnitureDetector Default => new(FurnitureRules.Default);

    private sealed record Line(int Start, int End, int Page, bool AtEdge, string[]? EdgeIndex);

    public IReadOnlyList<TextRange> Detect(string text, IReadOnlyList<PageInfo> pages)
    {
        var lines = Lines(text, pages);
        var marked = new SortedSet<(int, int)>();
        foreach (var line in lines)
        {
            var value = text[line.Start..line.End];
            if (string.IsNullOrWhiteSpace(value)) continue;
            foreach (var p in rules.Patterns)
            {
                if (p.EdgeOnly && !line.AtEdge) continue;
                if (p.Regex.IsMatch(value)) { marked.Add((line.Start, line.End)); break; }
            }
        }
        if (pages.Count >= rules.MinPages)
        {
            // Same text at the same place (k-th line from the top or bottom) on many pages; the
            // page's own number (and the page count) may differ: "Page 2 of 5", "2/5".
            var byKey = new Dictionary<string, List<Line>>(StringComparer.Ordinal);
            foreach (var line in lines.Where(l => l.EdgeIndex is not null))
            {
                // Two keys: the line as is, and with its page number blanked ("2:06 PM" on page 2
                // must still match the same time stamp on the other pages).
                var value = text.AsSpan(line.Start, line.End - line.Start);
                var keys = new[] { Key(value, -1, -1), Key(value, line.Page, pages.Count) }.Distinct();
                foreach (var key in keys)
                {
                    if (key.Count(char.IsLetterOrDigit) < rules.MinLength) continue;
                    foreach (var at in line.EdgeIndex!)
                    {
                        var k = at + "|" + key;
                        if (!byKey.TryGetValue(k, out var list)) byKey[k] = list = [];
                        list.Add(line);
                    }
                }
            }
            var needed = Math.Max(rules.MinPages, (int)Math.Ceiling(pages.Count * rules.MinShareOfPages));
            foreach (var group in byKey.Values)
                if (group.Select(l => l.Page).Distinct().Count() >= needed)
                    foreach (var l in group) marked.Add((l.Start, l.End));
        }
        return marked.Select(m => new TextRange(m.Item1, m.Item2)).ToList();
    }

    // Space-collapsed, lower case, with digit runs equal to the page number or count as '#'.
    private static string Key(ReadOnlySpan<char> line, int page, int pageCount)
    {
        var sb = new StringBuilder(line.Length);
        var trimmed = line.Trim();
        var space = false;
        for (var i = 0; i < trimmed.Length; i++)
        {
            var c = trimmed[i];
            if (char.IsWhiteSpace(c)) { space = true; continue; }
            if (space && sb.Length > 0) sb.Append(' ');
            space = false;
            if (char.IsDigit(c) && (i == 0 || !char.IsDigit(trimmed[i - 1])))
            {
                var j = i;
                while (j < trimmed.Length && char.IsDigit(trimmed[j])) j++;
                var run = trimmed[i..j];
                if (int.TryParse(run, out var n) && (n == page || n == pageCount)) sb.Append('#'); else sb.Append(run);
                i = j - 1;
                continue;
            }
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    private static void Add(Dictionary<int, List<string>> edge, int start, string at)
    {
        if (!edge.TryGetValue(start, out var list)) edge[start] = list = [];
        list.Add(at);
    }

    private List<Line> Lines(string text, IReadOnlyList<PageInfo> pages)
    {
        var result = new List<Line>();
        foreach (var page in pages)
        {
            var pageLines = new List<(int Start, int End)>();
            var s = page.Start;
            for (var i = page.Start; i <= page.End; i++)
            {
                if (i < page.End && text[i] != '\n') continue;
                pageLines.Add((s, i));
                s = i + 1;
            }
            // "Edge" counts non-blank lines from the top (T0, T1, ...) and from the bottom (B0, ...).
            var nonBlank = pageLines.Where(l => !string.IsNullOrWhiteSpace(text[l.Start..l.End])).ToList();
            var edge = new Dictionary<int, List<string>>();
            for (var k = 0; k < nonBlank.Count && k < rules.EdgeLines; k++)
            {
                Add(edge, nonBlank[k].Start, "T" + k);
                Add(edge, nonBlank[^(k + 1)].Start, "B" + k);
            }
            foreach (var l in pageLines)
                result.Add(new Line(l.Start, l.End, page.Number, edge.ContainsKey(l.Start), edge.TryGetValue(l.Start, out var at) ? [.. at] : null));
        }
        return result;
    }
}
