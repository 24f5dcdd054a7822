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
    private readonly HashSet<string> _wrapLeads;

    private static readonly Lazy<SentenceSplitter> LazyDefault = new(() => Load(RulesLocator.PathOf("text", "abbreviations.json")));
    public static SentenceSplitter Default => LazyDefault.Value;

    /// <summary>Lines shorter than this without end punctuation are taken as headings or labels, not wrapped prose.</summary>
    public int WrapWidth { get; init; } = 45;

    private readonly HashSet<string> _danglingEnds;

    private SentenceSplitter(HashSet<string> abbreviations, HashSet<string> wrapLeads, HashSet<string> danglingEnds) =>
        (_abbreviations, _wrapLeads, _danglingEnds) = (abbreviations, wrapLeads, danglingEnds);

    public static SentenceSplitter Load(string file)
    {
        var r = JsonRules.Load(file);
        r.CheckKeys(r.Root, "root", ["_comment", "abbreviations", "wrapLeads", "danglingEnds"], ["abbreviations"]);
        HashSet<string> Set(string key, bool required) => new(r.Strings(r.Root, key, "root", required).Select(a => a.ToLowerInvariant()), StringComparer.Ordinal);
        return new SentenceSplitter(Set("abbreviations", true), Set("wrapLeads", false), Set("danglingEnds", false));
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
        var prevDangling = false;   // the previous line ends on a word a sentence cannot end on ("not", "the", "with")
        var prevParen = false;      // the sentence so far leaves a parenthesis open ("(no contract\n   PT since 03/2026)")

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
            // A line after an open line that reads like "Label: value" is that sentence wrapped when it opens with a lower-case
            // conjunction (wrapLeads: "If any leg weakness, numbness\n  or bladder trouble: go to the ED."), or with any
            // lower-case word after a full-width prose line ("s/p TLIF for spondylolisthesis with L L5\nradiculopathy: excellent result")
            var isLabel = IsLabelLine(text, ls, le) && !(curStart >= 0 && prevOpen && (_wrapLeads.Contains(FirstWord(text, ls, le)) || char.IsLower(text[ls]) && !prevShort && !prevUnit));
            var startsLower = char.IsLower(text[ls]);
            var join = curStart >= 0 && prevOpen && !prevUnit && !isTable && !isItem && !isLabel
                && (startsLower || !prevShort || prevDangling || prevParen);
            // a list item wraps onto an indented or lower-case continuation line, or after a word no sentence ends on
            if (curStart >= 0 && prevOpen && prevUnit && !isTable && !isItem && !isLabel && (startsLower || prevDangling || prevParen)) join = true;
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
            prevOpen = !(last is '.' or '?' or '!' or ':'); // a line ending in ';' wraps a sentence when the next one starts lower-case
            prevUnit = isTable || isItem || isLabel;
            prevShort = le - ls < WrapWidth;
            // "the system is not\nMR-conditional": a line ending on a word no sentence ends on (danglingEnds) goes on
            prevDangling = _danglingEnds.Contains(LastWord(text, ls, le));
            prevParen = curStart >= 0 && OpensParenthesis(text, curStart, curEnd);
            if (isTable) { Flush(); }
        }
        Flush();
        return result;
    }

    /// <summary>More '(' than ')' in the span: a parenthesis left open goes on to the next line.</summary>
    private static bool OpensParenthesis(string text, int start, int end)
    {
        var depth = 0;
        for (var i = start; i < end; i++)
            depth += text[i] switch { '(' => 1, ')' when depth > 0 => -1, _ => 0 };
        return depth > 0;
    }

    private bool IsBoundary(string text, int lineStart, int i, int le)
    {
        // a dot leader ("WBC ........ 14.2", "CRP . . . . 3.1") joins a label to its value
        if (text[i] == '.' && InDotLeader(text, lineStart, i, le)) return false;
        // a query mark set before its object after a label or dash ("R foot drop - ? L5 root", "Reason: ? CES") opens a
        // question about what follows; it ends no sentence, else its clause would read as a verdict on what precedes
        if (text[i] == '?' && IsQueryPrefix(text, lineStart, i, le)) return false;
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
        // "1. Lumbar radiculopathy", and an item number run into the line after a sentence end ("PVR nl. 2. Retention ruled out")
        if (word.All(char.IsDigit) && word.Length <= 2 && (OnlyBulletBefore(text, lineStart, k) || AfterSentenceEnd(text, lineStart, k))) return false;
        // an abbreviation's period still ends its sentence when a numbered item follows ("... 600 mg b.i.d. 2. Left foot drop")
        if (ItemNumberAt(text, j, le)) return true;
        if (_abbreviations.Contains(word) || _abbreviations.Contains(word.TrimEnd('.'))) return false;
        if (word.Length == 1 && char.IsUpper(text[k]) && char.IsUpper(next)) return false;           // initials: "J. Smith"
        if (char.IsDigit(next) && IsDotted(word)) return false;                                        // "1 tab p.o. 2 times daily"
        return true;
    }

    /// <summary>"- ? L5", ": ? CES", "( ? neuropathy": a spaced '?' after a dash, colon, comma or '(' with a word right after it.</summary>
    private static bool IsQueryPrefix(string text, int lineStart, int i, int le)
    {
        if (i == lineStart || !char.IsWhiteSpace(text[i - 1]) || i + 2 >= le || text[i + 1] != ' ' || !char.IsLetterOrDigit(text[i + 2])) return false;
        var p = i - 1;
        while (p >= lineStart && char.IsWhiteSpace(text[p])) p--;
        return p >= lineStart && text[p] is '-' or '\u2013' or '\u2014' or ':' or ',' or '(';
    }

    /// <summary>"p.o", "b.i.d", "q.h.s": letters in groups of one or two between dots.</summary>
    private static bool IsDotted(string word)
    {
        var parts = word.Split('.');
        return parts.Length >= 2 && parts.All(p => p.Length is 1 or 2 && p.All(char.IsLetter));
    }

    /// <summary>"2. " or "2) " then a word at <paramref name="j"/>: a numbered list item.</summary>
    private static bool ItemNumberAt(string text, int j, int le)
    {
        var d = j;
        while (d < le && char.IsDigit(text[d])) d++;
        if (d == j || d - j > 2 || d + 2 >= le || text[d] is not ('.' or ')') || text[d + 1] != ' ') return false;
        var w = d + 1;
        while (w < le && text[w] == ' ') w++;
        return w < le && char.IsLetter(text[w]);
    }

    /// <summary>Only a sentence end ('.', '?', '!', ':', ';', ')') and spaces between the line start and the number at <paramref name="k"/>.</summary>
    private static bool AfterSentenceEnd(string text, int lineStart, int k)
    {
        var p = k - 1;
        while (p >= lineStart && text[p] == ' ') p--;
        return p >= lineStart && p < k - 1 && text[p] is '.' or '?' or '!' or ':' or ';';
    }

    /// <summary>Three or more periods (spaced or not) with a value after them on the line, or four and more anywhere: a dot leader, not an ellipsis.</summary>
    private static bool InDotLeader(string text, int lineStart, int i, int le)
    {
        int s = i, e = i + 1, dots = 1;
        while (s > lineStart && (text[s - 1] == '.' || text[s - 1] == ' ' && s - 2 >= lineStart && text[s - 2] == '.')) { s--; if (text[s] == '.') dots++; }
        while (e < le && (text[e] == '.' || text[e] == ' ' && e + 1 < le && text[e + 1] == '.')) { if (text[e] == '.') dots++; e++; }
        if (dots < 3) return false;
        if (dots >= 4) return true;
        while (e < le && text[e] == ' ') e++;
        return e < le && (char.IsDigit(text[e]) || text[e] is '<' or '>' or '+' or '-');
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

    /// <summary>Columns: a run of 3+ spaces, a tab, or a dot leader of 4+ periods between visible text.</summary>
    private static bool IsTableRow(string text, int s, int e)
    {
        var run = 0;
        var dots = 0;
        for (var i = s; i < e; i++)
        {
            if (text[i] == '\t') return true;
            run = text[i] == ' ' ? run + 1 : 0;
            if (run >= 3) return true;
            dots = text[i] == '.' ? dots + 1 : text[i] == ' ' && dots > 0 ? dots : 0;
            if (dots >= 4 && i + 1 < e && i > s) return true;
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

    /// <summary>The line's last word in lower case when it is all letters ("not", "with"), else "".</summary>
    private static string LastWord(string text, int s, int e)
    {
        var i = e;
        while (i > s && char.IsLetter(text[i - 1])) i--;
        return i == e || i > s && !char.IsWhiteSpace(text[i - 1]) ? "" : text[i..e].ToLowerInvariant();
    }

    /// <summary>The line's opening word when it is all lower-case letters ("or", "and"), else "".</summary>
    private static string FirstWord(string text, int s, int e)
    {
        var i = s;
        while (i < e && char.IsLower(text[i])) i++;
        return i < e && char.IsLetterOrDigit(text[i]) ? "" : text[s..i];
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
