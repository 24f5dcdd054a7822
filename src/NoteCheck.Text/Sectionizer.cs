using NoteCheck.Core;
using NoteCheck.Text.Rules;

namespace NoteCheck.Text;

/// <summary>
/// Finds section headers from the lexicon in rules/text/sections.json: a known header at a line
/// start (or inline after a sentence end, as in text whose line breaks were lost) followed by ':'
/// or by the end of its line. A section runs to the next header or the end of its note.
/// </summary>
public sealed class Sectionizer
{
    private readonly PhraseMatcher<string> _headers = new();
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);

    private static readonly Lazy<Sectionizer> LazyDefault = new(() => Load(RulesLocator.PathOf("text", "sections.json")));
    public static Sectionizer Default => LazyDefault.Value;

    /// <summary>Canonical section names the lexicon defines.</summary>
    public IReadOnlySet<string> Names => _names;

    public static Sectionizer Load(string file)
    {
        var r = JsonRules.Load(file);
        r.CheckKeys(r.Root, "root", ["_comment", "sections"], ["sections"]);
        var s = new Sectionizer();
        foreach (var (item, where) in r.Array(r.Root, "sections", "root"))
        {
            r.CheckKeys(item, where, ["name", "headers"], ["name", "headers"]);
            var name = r.Str(item, "name", where);
            if (!System.Text.RegularExpressions.Regex.IsMatch(name, "^[a-z][a-z_]*$")) r.Fail(where, $"name \"{name}\" must be lower_snake");
            s._names.Add(name);
            foreach (var h in r.Strings(item, "headers", where))
                if (!s._headers.Add(h, name)) r.Fail(where, $"header \"{h}\" is listed twice");
        }
        s._names.Add("other");
        return s;
    }

    /// <summary>Canonical name of a header text ("Past Medical History:" gives pmh), or null.</summary>
    public string? Canonical(string header)
    {
        if (_names.Contains(header)) return header;
        var tokens = Tokenizer.Default.Tokenize(header);
        var words = tokens.Where(t => t.Kind != TokenKind.Punct || header[t.Start] != ':').Select(t => header[t.Start..t.End].ToLowerInvariant()).ToList();
        return _headers.TryMatch(words, 0, out var len, out var name) && len == words.Count ? name : null;
    }

    /// <summary>Canonical name of the longest known header a header text starts with ("Review of systems negative for" gives ros).</summary>
    public string? CanonicalPrefix(string header)
    {
        var tokens = Tokenizer.Default.Tokenize(header);
        var words = tokens.Select(t => header[t.Start..t.End].ToLowerInvariant()).ToList();
        return _headers.TryMatch(words, 0, out _, out var name) ? name : null;
    }

    /// <summary>Sections of the text in [start, end), outside furniture lines.</summary>
    public List<Section> Find(string text, int start, int end, IReadOnlyList<TextRange> furniture)
    {
        var heads = new List<(int HStart, int HEnd, string Name)>();
        var tokens = new List<Token>();
        var words = new List<string>();
        foreach (var line in Line.Of(text, start, end, furniture))
        {
            if (line.Furniture || line.End == line.Start) continue;
            tokens.Clear();
            words.Clear();
            Tokenizer.Default.Tokenize(text, line.Start, line.End, tokens);
            foreach (var t in tokens) words.Add(text.Substring(t.Start, t.Length).ToLowerInvariant());
            for (var i = 0; i < tokens.Count; i++)
            {
                var atLineStart = i == 0 || (i == 1 && IsBullet(text, tokens[0]));
                var inline = !atLineStart && IsSentenceEnd(text, tokens, i);
                if (!atLineStart && !inline) continue;
                if (!_headers.TryMatch(words, i, out var len, out var name)) continue;
                var last = tokens[i + len - 1];
                // a one-letter header (SOAP "S:", "A:", "P:") only opens a line: "BP 120/80, P: 72" is a pulse
                var oneLetter = last.End - tokens[i].Start == 1;
                if (!atLineStart && oneLetter) continue;
                var next = i + len < tokens.Count ? tokens[i + len] : (Token?)null;
                int hEnd;
                if (next is { } n && text[n.Start] == ':' ) hEnd = n.End;
                // "O (video):", "FAMILY HX (significant, per mother):": a qualifier in parentheses between a line-opening header and its colon;
                // a longer header only in capitals and not with a measure ("STG (4 wks):", "X-rays (today):", "Pain (0-10): 6" stay text)
                else if (atLineStart && next is { } p && text[p.Start] == '(' && ColonAfterParenthesis(text, tokens, i + len) is { } colon
                    && (oneLetter || IsUpper(text, tokens[i].Start, last.End) && !text.AsSpan(p.Start, colon - p.Start).ContainsAny("0123456789"))) hEnd = colon;
                else if (next is { } d && (text[d.Start] == '-' || text[d.Start] == '\u2013') && atLineStart && IsUpper(text, tokens[i].Start, last.End)) hEnd = d.End;
                else if (next is null && atLineStart && (IsUpper(text, tokens[i].Start, last.End) || len > 1 || last.End - tokens[i].Start > 3)) hEnd = last.End;
                else continue;
                // inline headers (lost line breaks) must be written in capitals or end a sentence before them
                if (inline && !IsUpper(text, tokens[i].Start, last.End) && text[tokens[i - 1].Start] != '.') continue;
                // an inline label whose value is a count or measure ('... plus daily HEP. Goals: 1 of 5 met') is a value in prose, not a section
                if (inline && !IsUpper(text, tokens[i].Start, last.End) && i + len + 1 < tokens.Count && hEnd == tokens[i + len].End
                    && char.IsDigit(text[tokens[i + len + 1].Start])) continue;
                heads.Add((tokens[i].Start, hEnd, name));
                i += len;
            }
        }
        var sections = new List<Section>(heads.Count);
        for (var h = 0; h < heads.Count; h++)
        {
            var (hs, he, name) = heads[h];
            var se = h + 1 < heads.Count ? heads[h + 1].HStart : end;
            // a SOAP letter heads one paragraph: "P: ..." ends at a blank line, before a signature or an addendum
            if (IsSoapLetter(text, hs, he)) se = ParagraphEnd(text, he, se);
            sections.Add(new Section(hs, se, hs, he, name, text[hs..he]));
        }
        return sections;
    }

    /// <summary>"P:" or "O (video):": a one-letter header.</summary>
    private static bool IsSoapLetter(string text, int hs, int he) =>
        he - hs >= 2 && char.IsLetter(text[hs]) && (text[hs + 1] == ':' || text[hs + 1] == ' ' && text[hs + 2] == '(');

    /// <summary>The start of the first blank line in [from, end) that follows some text, or <paramref name="end"/>.</summary>
    private static int ParagraphEnd(string text, int from, int end)
    {
        var seen = false;
        var lineStart = from;
        for (var k = from; k < end; k++)
        {
            var c = text[k];
            if (c == '\n')
            {
                if (seen && string.IsNullOrWhiteSpace(text[lineStart..k]) && lineStart > from) return lineStart;
                lineStart = k + 1;
            }
            else if (!char.IsWhiteSpace(c)) seen = true;
        }
        return end;
    }

    /// <summary>"O (video):": the end of the ':' right after the parenthesis that opens at token <paramref name="open"/>, or null.</summary>
    private static int? ColonAfterParenthesis(string text, List<Token> tokens, int open)
    {
        for (var k = open + 1; k < tokens.Count && k <= open + 6; k++)
        {
            if (text[tokens[k].Start] == '(') return null;
            if (text[tokens[k].Start] != ')') continue;
            return k + 1 < tokens.Count && text[tokens[k + 1].Start] == ':' ? tokens[k + 1].End : null;
        }
        return null;
    }

    private static bool IsBullet(string text, Token t) =>
        t.Kind != TokenKind.Word && t.Length == 1 && text[t.Start] is '-' or '*' or '\u2022' or '>' or '#';

    private static bool IsSentenceEnd(string text, List<Token> tokens, int i)
    {
        var prev = tokens[i - 1];
        var c = text[prev.Start];
        return prev.Kind is TokenKind.Punct && c is '.' or ',' or ';' or ')' or ':';
    }

    private static bool IsUpper(string text, int s, int e)
    {
        var letters = 0;
        for (var k = s; k < e; k++)
        {
            if (char.IsLower(text[k])) return false;
            if (char.IsLetter(text[k])) letters++;
        }
        return letters >= 2;
    }
}
