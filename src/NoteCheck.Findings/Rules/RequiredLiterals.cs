using System.Text.RegularExpressions;

namespace NoteCheck.Findings.Rules;

/// <summary>
/// Derives from a regex's text a set of literal strings (folded to lower case) at least one of which
/// every match contains: "(?:foot[- ]?drop|drop[- ]?foot)" needs "foot" or "drop". A rule can then
/// skip sentences that hold none of them without running its regex. Anything the parser does not
/// fully understand (backreferences, conditionals, x-mode, non-ASCII literals) yields no filter,
/// never a wrong one: a sentence is only skipped when the regex provably cannot match it.
/// </summary>
public static class RequiredLiterals
{
    // Largest number of alternative strings a sub-pattern's exact set may grow to before it is dropped.
    private const int MaxExact = 64;

    /// <summary>Required literals of the compiled regex, or null when none can be derived safely.</summary>
    public static IReadOnlyList<string>? Of(Regex regex) =>
        (regex.Options & RegexOptions.IgnorePatternWhitespace) != 0 ? null : Of(regex.ToString());

    /// <summary>Required literals of a regex pattern (macros already expanded), or null.</summary>
    public static IReadOnlyList<string>? Of(string pattern)
    {
        try
        {
            var parser = new Parser(pattern);
            var info = parser.Parse();
            if (info.Effective() is not { } literals) return null;
            // A literal that contains another one of the set adds nothing: "/5" already covers "+/5".
            return literals.Where(l => !literals.Any(o => o.Length < l.Length && l.Contains(o, StringComparison.Ordinal)))
                .Order(StringComparer.Ordinal).ToList();
        }
        catch (UnsupportedPattern)
        {
            return null;
        }
    }

    /// <summary>
    /// The fold both literals and text go through: ASCII lower case, plus the non-ASCII letters .NET's
    /// case-insensitive matching treats as an ASCII letter (Kelvin sign, long s, Turkish i's); every
    /// whitespace character (all that <c>\s</c> matches) becomes a space, so <c>\s</c> is the literal " ".
    /// Literals are ASCII only, so every other character may stay as it is.
    /// </summary>
    public static char Fold(char c) => c switch
    {
        >= 'a' and <= 'z' => c,
        >= 'A' and <= 'Z' => (char)(c + 32),
        '\u212A' => 'k',
        '\u017F' => 's',
        '\u0130' or '\u0131' => 'i',
        _ when char.IsWhiteSpace(c) => ' ',
        _ => c,
    };

    private sealed class UnsupportedPattern : Exception;

    /// <summary>
    /// What a sub-pattern can match: <c>Exact</c> = every string it can match (null when unknown or too many),
    /// <c>Required</c> = strings one of which each of its matches contains (null when none is known).
    /// </summary>
    private sealed record Info(HashSet<string>? Exact, HashSet<string>? Required)
    {
        public static Info Unknown => new(null, null);
        public static Info ZeroWidth => new([""], null);

        public HashSet<string>? Effective() => Better(Required, Usable(Exact));
    }

    // An exact set is a requirement only when it has no empty string.
    private static HashSet<string>? Usable(HashSet<string>? exact) => exact is null || exact.Contains("") ? null : exact;

    // Longer literals are rarer; among equally long ones, fewer alternatives are cheaper.
    private static HashSet<string>? Better(HashSet<string>? a, HashSet<string>? b)
    {
        if (a is null) return b;
        if (b is null) return a;
        var (la, lb) = (Math.Min(4, a.Min(s => s.Length)), Math.Min(4, b.Min(s => s.Length)));
        if (la != lb) return la > lb ? a : b;
        return b.Count < a.Count ? b : a;
    }

    private static HashSet<string>? Cross(HashSet<string> left, HashSet<string> right)
    {
        if (left.Count * right.Count > MaxExact) return null;
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var l in left)
            foreach (var r in right) result.Add(l + r);
        return result;
    }

    /// <summary>Recursive descent over .NET regex syntax (without x-mode).</summary>
    private sealed class Parser(string pattern)
    {
        private int _pos;

        private bool End => _pos >= pattern.Length;
        private char Peek => pattern[_pos];

        public Info Parse()
        {
            var info = Alternation();
            if (!End) throw new UnsupportedPattern();
            return info;
        }

        private Info Alternation()
        {
            var branches = new List<Info> { Concatenation() };
            while (!End && Peek == '|')
            {
                _pos++;
                branches.Add(Concatenation());
            }
            if (branches.Count == 1) return branches[0];
            HashSet<string>? exact = new(StringComparer.Ordinal);
            foreach (var b in branches)
            {
                if (b.Exact is null || exact.Count + b.Exact.Count > MaxExact) { exact = null; break; }
                exact.UnionWith(b.Exact);
            }
            HashSet<string>? required = new(StringComparer.Ordinal);
            foreach (var b in branches)
            {
                // One branch that may match without any known literal leaves the alternation without a requirement.
                if (b.Effective() is not { } e) { required = null; break; }
                required.UnionWith(e);
            }
            return new Info(exact, required);
        }

        private Info Concatenation()
        {
            // A run of adjacent exact items is one contiguous piece of every match: its strings are candidates too.
            HashSet<string>? run = [""];
            var whole = true;
            HashSet<string>? best = null;
            while (!End && Peek is not ('|' or ')'))
            {
                var item = Quantified();
                best = Better(best, item.Required);
                var joined = run is not null && item.Exact is not null ? Cross(run, item.Exact) : null;
                if (joined is not null) { run = joined; continue; }
                whole = false;
                if (run is not null) best = Better(best, Usable(run));
                run = item.Exact;
            }
            if (run is not null) best = Better(best, Usable(run));
            return new Info(whole ? run : null, best);
        }

        private Info Quantified()
        {
            var atom = Atom();
            while (!End && Quantifier() is var (min, max))
            {
                if (!End && Peek == '?') _pos++; // lazy: same strings
                atom = Repeat(atom, min, max);
            }
            return atom;
        }

        private static Info Repeat(Info atom, int min, int? max)
        {
            if (min == 0)
                return new Info(max == 1 && atom.Exact is { Count: < MaxExact } e ? [.. e, ""] : null, null);
            HashSet<string>? exact = null;
            if (max == min && min <= 8 && atom.Exact is not null)
            {
                exact = [""];
                for (var i = 0; i < min && exact is not null; i++) exact = Cross(exact, atom.Exact);
            }
            // Every match holds at least one repetition, so the atom's requirement stands.
            return new Info(exact, atom.Effective());
        }

        // *, +, ?, {n}, {n,}, {n,m} at the current position (consumed), else null. A '{' of another form is a literal.
        private (int Min, int? Max)? Quantifier()
        {
            switch (Peek)
            {
                case '*': _pos++; return (0, null);
                case '+': _pos++; return (1, null);
                case '?': _pos++; return (0, 1);
                case '{':
                    var m = QuantifierBraces.Match(pattern, _pos);
                    if (!m.Success) return null;
                    _pos += m.Length;
                    var min = int.Parse(m.Groups[1].Value);
                    int? max = !m.Groups[2].Success ? min : m.Groups[3].Length == 0 ? null : int.Parse(m.Groups[3].Value);
                    return (min, max);
                default: return null;
            }
        }

        private Info Atom()
        {
            var c = pattern[_pos++];
            return c switch
            {
                '(' => Group(),
                '[' => Class(),
                '\\' => Escape(),
                '.' => Info.Unknown,
                '^' or '$' => Info.ZeroWidth,
                '*' or '+' or '?' or ')' or '|' => throw new UnsupportedPattern(),
                _ => Literal(c),
            };
        }

        private static Info Literal(char c) => c < 128 ? new Info([Fold(c).ToString()], null) : Info.Unknown;

        private Info Group()
        {
            if (End) throw new UnsupportedPattern();
            if (Peek != '?') return Body();
            _pos++;
            if (End) throw new UnsupportedPattern();
            var k = Peek;
            var next = _pos + 1 < pattern.Length ? pattern[_pos + 1] : '\0';
            switch (k)
            {
                case ':' or '>': _pos++; return Body();
                case '=' or '!': _pos++; Body(); return Info.ZeroWidth; // lookahead consumes nothing
                case '<' when next is '=' or '!': _pos += 2; Body(); return Info.ZeroWidth;
                case '<' or '\'':
                    var close = pattern.IndexOf(k == '<' ? '>' : '\'', _pos + 1);
                    if (close < 0) throw new UnsupportedPattern();
                    _pos = close + 1;
                    return Body();
                case '#':
                    var end = pattern.IndexOf(')', _pos);
                    if (end < 0) throw new UnsupportedPattern();
                    _pos = end + 1;
                    return Info.ZeroWidth;
                case '(':
                    // (?(condition)yes|no): the condition (a group name or a lookaround) consumes nothing and
                    // the match goes through one of the two branches, so it reads as the alternation yes|no.
                    _pos++;
                    Group();
                    return Body();
            }
            // Inline options (?imns-imns) or (?imns-imns:...). Case options do not matter: everything is folded.
            var start = _pos;
            while (!End && Peek is 'i' or 'm' or 'n' or 's' or 'x' or '-') _pos++;
            if (_pos == start || End || pattern[start.._pos].Contains('x')) throw new UnsupportedPattern();
            if (Peek == ':') { _pos++; return Body(); }
            if (Peek == ')') { _pos++; return Info.ZeroWidth; }
            throw new UnsupportedPattern(); // conditionals and anything else
        }

        private Info Body()
        {
            var info = Alternation();
            if (End || Peek != ')') throw new UnsupportedPattern();
            _pos++;
            return info;
        }

        private Info Escape()
        {
            if (End) throw new UnsupportedPattern();
            var c = pattern[_pos++];
            switch (c)
            {
                case 'b' or 'B' or 'A' or 'z' or 'Z' or 'G': return Info.ZeroWidth;
                case 's': return Literal(' ');
                case 'd' or 'D' or 'w' or 'W' or 'S': return Info.Unknown;
                case 'p' or 'P': SkipCategory(); return Info.Unknown;
            }
            return Literal(EscapedChar(c));
        }

        // The character an escape outside \d-like sets stands for; unsupported escapes (backreferences, \c, octal) throw.
        private char EscapedChar(char c)
        {
            switch (c)
            {
                case 'n': return '\n';
                case 't': return '\t';
                case 'r': return '\r';
                case 'f': return '\f';
                case 'v': return '\v';
                case 'e': return '\u001B';
                case 'a': return '\u0007';
                case 'x': return Hex(2);
                case 'u': return Hex(4);
            }
            if (char.IsLetterOrDigit(c) || c >= 128) throw new UnsupportedPattern();
            return c;
        }

        private char Hex(int digits)
        {
            if (_pos + digits > pattern.Length) throw new UnsupportedPattern();
            var text = pattern.Substring(_pos, digits);
            if (!int.TryParse(text, System.Globalization.NumberStyles.AllowHexSpecifier, null, out var code)) throw new UnsupportedPattern();
            _pos += digits;
            return (char)code;
        }

        private void SkipCategory()
        {
            if (End || Peek != '{') throw new UnsupportedPattern();
            var close = pattern.IndexOf('}', _pos);
            if (close < 0) throw new UnsupportedPattern();
            _pos = close + 1;
        }

        // A character class is exact when it is positive and lists a few ASCII characters ("[sz]", "[1-5]").
        private Info Class()
        {
            var negated = !End && Peek == '^';
            if (negated) _pos++;
            var chars = new HashSet<char>();
            var unknown = negated;
            var first = true;
            while (true)
            {
                if (End) throw new UnsupportedPattern();
                if (Peek == ']' && !first) { _pos++; break; }
                first = false;
                if (Peek == '-' && _pos + 1 < pattern.Length && pattern[_pos + 1] == '[') throw new UnsupportedPattern(); // subtraction
                var low = ClassChar();
                if (low is null) { unknown = true; continue; }
                if (!End && Peek == '-' && _pos + 1 < pattern.Length && pattern[_pos + 1] != ']')
                {
                    _pos++;
                    if (Peek == '[') throw new UnsupportedPattern();
                    var high = ClassChar() ?? throw new UnsupportedPattern();
                    if (high < low) throw new UnsupportedPattern();
                    if (high - low.Value > 26) unknown = true;
                    else for (var ch = low.Value; ch <= high; ch++) chars.Add(ch);
                }
                else chars.Add(low.Value);
            }
            if (unknown || chars.Count == 0 || chars.Any(ch => ch >= 128)) return Info.Unknown;
            var folded = chars.Select(ch => Fold(ch).ToString()).ToHashSet(StringComparer.Ordinal);
            return folded.Count > 10 ? Info.Unknown : new Info(folded, null);
        }

        // One class member: a character, or null for a set escape (\d, \w, \p{..}); \s folds to a space.
        private char? ClassChar()
        {
            var c = pattern[_pos++];
            if (c != '\\') return c;
            if (End) throw new UnsupportedPattern();
            var e = pattern[_pos++];
            switch (e)
            {
                case 's': return ' ';
                case 'd' or 'D' or 'w' or 'W' or 'S': return null;
                case 'p' or 'P': SkipCategory(); return null;
                case 'b': return '\b';
            }
            return EscapedChar(e);
        }
    }

    // \G anchors the match at the position it is asked for.
    private static readonly Regex QuantifierBraces = new(@"\G\{(\d+)(,(\d*))?\}", RegexOptions.CultureInvariant);
}
