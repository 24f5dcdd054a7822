using NoteCheck.Core;
using NoteCheck.Text.Rules;

namespace NoteCheck.Text;

/// <summary>
/// Splits text into sentences with offsets, line-aware: a PDF line break inside a sentence is
/// joined; list, checkbox, "Label: value" and table lines are units of their own; a short line
/// without end punctuation (a heading) ends its sentence; furniture lines are left out.
/// Periods after abbreviations (rules/text/abbreviations.json), initials and list numbers do not split.
/// </summary>
public sealed class SentenceSplitter
{
    private readonly HashSet<string> _abbreviations;

    private static readonly Lazy<SentenceSplitter> LazyDefault = new(() => Load(RulesLocator.PathOf("text", "abbreviations.json")));
    public static SentenceSplitter Default => LazyDefault.Value;

    /// <summary>Lines shorter than this without end punctuation are taken as headings or labels, not wrapped prose.</summary>
    public int WrapWidth { get; init; } = 45;

    private SentenceSplitter(HashSet<string> abbreviations) => _abbreviations = abbreviations;

    public static SentenceSplitter Load(string file)
    {
        var r = JsonRules.Load(file);
        r.CheckKeys(r.Root, "root", ["_comment", "abbreviations"], ["abbreviations"]);
        return new SentenceSplitter(new HashSet<string>(r.Strings(r.Root, "abbreviations", "root").Select(a => a.ToLowerInvariant()), StringComparer.Ordinal));
    }

    /// <summary>Sentence spans [start, end) in [start, end) of <paramref name="text"/>.</summary>
    public List<(int Start, int End)> Split(string text, int start, int end, IReadOnlyList<TextRange>? furniture = null)
    {
        furniture ??= [];
        var result = new List<(int, int)>();
        var lines = Line.Of(text, start, end, furniture);
        var curStart = -1;
        var curEnd = -1;
        var prevUnit = false;       // the previous line is a unit of its own (table, list, label line)
        var prevOpen = false;       // the previous line ended without end punctuation
        var prevShort = false;

        void Flush()
        {
            if (curStart >= 0) AddTrimmed(text, curStart, curEnd, result);
            curStart = -1;
        }

        foreach (var line in lines)
        {
            var (ls, le) = Trim(text, line.Start, line.End);
            if (line.Furniture || ls >= le) { Flush(); prevUnit = false; continue; }
            var isTable = IsTableRow(text, ls, le);
            var isItem = IsListItem(text, ls, le);
            var isLabel = IsLabelLine(text, ls, le);
            var startsLower = char.IsLower(text[ls]);
            var join = curStart >= 0 && prevOpen && !prevUnit && !isTable && !isItem && !isLabel
                && (startsLower || !prevShort);
            // a list item wraps onto an indented or lower-case continuation line
            if (curStart >= 0 && prevOpen && prevUnit && !isTable && !isItem && !isLabel && startsLower) join = true;
            if (!join) Flush();
            // split inside the line at sentence ends
            var segStart = ls;
            var i = ls;
            while (i < le)
            {
                var c = text[i];
                if ((c is '.' or '?' or '!') && IsBoundary(text, ls, i, le))
                {
                    var segEnd = i + 1;
                    while (segEnd < le && text[segEnd] is '.' or '?' or '!' or ')' or '"' or '\u201D') segEnd++;
                    if (curStart < 0) curStart = segStart;
                    curEnd = segEnd;
                    Flush();
                    i = segEnd;
                    segStart = i;
                    continue;
                }
                i++;
            }
            if (segStart < le && HasContent(text, segStart, le))
            {
                if (curStart < 0) curStart = segStart;
                curEnd = le;
            }
            var last = text[le - 1];
            prevOpen = !(last is '.' or '?' or '!' or ':' or ';');
            prevUnit = isTable || isItem || isLabel;
            prevShort = le - ls < WrapWidth;
            if (isTable) { Flush(); }
        }
        Flush();
        return result;
    }

    private bool IsBoundary(string text, int lineStart, int i, int le)
    {
        // next visible character (skipping spaces and the commas of lost line breaks)
        var j = i + 1;
        if (j < le && !char.IsWhiteSpace(text[j]) && text[j] != ',' && text[j] is not ('.' or '?' or '!' or ')' or '"' or '\u201D')) return false; // "4.5", "p.o.x"
        while (j < le && (char.IsWhiteSpace(text[j]) || text[j] is '.' or '?' or '!' or ')' or '"' or '\u201D' or ',')) j++;
        if (j >= le) return true;
        var next = text[j];
        if (!(char.IsUpper(next) || char.IsDigit(next) || next is '-' or '*' or '\u2022' or '[' or '(' or '#')) return false;
        if (text[i] != '.') return true;
        // the word before the period
        var k = i;
        while (k > lineStart && (char.IsLetterOrDigit(text[k - 1]) || text[k - 1] == '.')) k--;
        var word = text[k..i].ToLowerInvariant();
        if (word.Length == 0) return true;
        if (_abbreviations.Contains(word) || _abbreviations.Contains(word.TrimEnd('.'))) return false;
        if (word.Length == 1 && char.IsUpper(text[k]) && char.IsUpper(next)) return false;           // initials: "J. Smith"
        if (word.All(char.IsDigit) && word.Length <= 2 && OnlyBulletBefore(text, lineStart, k)) return false; // "1. Lumbar radiculopathy"
        return true;
    }

    private static bool OnlyBulletBefore(string text, int lineStart, int k)
    {
        for (var x = lineStart; x < k; x++) if (!char.IsWhiteSpace(text[x]) && text[x] != ',') return false;
        return true;
    }

    private static bool HasContent(string text, int s, int e)
    {
        for (var i = s; i < e; i++) if (char.IsLetterOrDigit(text[i])) return true;
        return false;
    }

    /// <summary>Columns: a run of 3+ spaces or a tab between visible text.</summary>
    private static bool IsTableRow(string text, int s, int e)
    {
        var run = 0;
        for (var i = s; i < e; i++)
        {
            if (text[i] == '\t') return true;
            run = text[i] == ' ' ? run + 1 : 0;
            if (run >= 3) return true;
        }
        return false;
    }

    /// <summary>Bullets, checkboxes and numbered items: "- ", "* ", "[x] ", "1. ", "a) ", "☐".</summary>
    private static bool IsListItem(string text, int s, int e)
    {
        var c = text[s];
        if (c is '-' or '*' or '\u2022' or '\u25AA' or '\u25CF' or '\u2610' or '\u2611' or '\u2612' or '\u25A1' or '\u25A0' or '>') return e - s > 1;
        if (c == '[' && s + 2 < e && text[s + 2] == ']') return true;
        var i = s;
        while (i < e && char.IsDigit(text[i])) i++;
        if (i > s && i - s <= 2 && i + 1 < e && text[i] is '.' or ')' && text[i + 1] == ' ') return true;
        return char.IsLetter(c) && s + 2 < e && text[s + 1] == ')' && text[s + 2] == ' ';
    }

    /// <summary>"Bowel/bladder: denies", "Gait: antalgic": a short label then ':'.</summary>
    private static bool IsLabelLine(string text, int s, int e)
    {
        var limit = Math.Min(e, s + 40);
        for (var i = s; i < limit; i++)
        {
            var c = text[i];
            if (c == ':') return i > s && (i + 1 >= e || text[i + 1] == ' ');
            if (!(char.IsLetterOrDigit(c) || c is ' ' or '/' or '-' or '&' or '(' or ')' or '\'' or ',')) return false;
        }
        return false;
    }

    private static (int, int) Trim(string text, int s, int e)
    {
        while (s < e && char.IsWhiteSpace(text[s])) s++;
        while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
        return (s, e);
    }

    private static void AddTrimmed(string text, int s, int e, List<(int, int)> into)
    {
        while (s < e && (char.IsWhiteSpace(text[s]) || text[s] == ',')) s++;
        while (e > s && (char.IsWhiteSpace(text[e - 1]) || text[e - 1] == ',')) e--;
        if (HasContent(text, s, e)) into.Add((s, e));
    }
}
