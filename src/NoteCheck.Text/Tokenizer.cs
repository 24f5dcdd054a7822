namespace NoteCheck.Text;

/// <summary>
/// Splits clinical text into tokens with offsets. Keeps clinical units whole: grades ("4/5", "2+"),
/// levels ("L4-5", "L5-S1"), decimals ("0.5"), dates ("03/12/2024"), dotted abbreviations
/// ("b.i.d.", "p.o."), short slash abbreviations ("y/o", "s/p", "w/o") and hyphenated words.
/// "Bowel/bladder" stays two words so lexicons see each.
/// </summary>
public sealed class Tokenizer
{
    public static Tokenizer Default { get; } = new();

    public List<Token> Tokenize(string text, int start = 0, int end = -1)
    {
        var list = new List<Token>();
        Tokenize(text, start, end < 0 ? text.Length : end, list);
        return list;
    }

    public void Tokenize(string text, int start, int end, List<Token> into)
    {
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (char.IsLetterOrDigit(c))
            {
                var j = ScanWord(text, i, end);
                into.Add(new Token(i, j, char.IsDigit(c) && !HasLetter(text, i, j) ? TokenKind.Number : TokenKind.Word));
                i = j;
                continue;
            }
            into.Add(new Token(i, i + 1, IsPunct(c) ? TokenKind.Punct : TokenKind.Symbol));
            i++;
        }
    }

    private static bool IsPunct(char c) => c is '.' or ',' or ';' or ':' or '!' or '?' or '(' or ')' or '[' or ']' or '{' or '}'
        or '"' or '\'' or '-' or '/' or '\u2013' or '\u2014' or '\u2018' or '\u2019' or '\u201C' or '\u201D' or '\u2022';

    private static bool HasLetter(string t, int s, int e)
    {
        for (var k = s; k < e; k++) if (char.IsLetter(t[k])) return true;
        return false;
    }

    private static int ScanWord(string t, int i, int end)
    {
        var segStart = i;
        var j = Run(t, i, end);
        while (j < end)
        {
            var c = t[j];
            var next = j + 1 < end ? t[j + 1] : '\0';
            if (c == '-' && char.IsLetterOrDigit(next)) { segStart = j + 1; j = Run(t, j + 1, end); continue; }
            if (c == '\'' && char.IsLetter(next) && char.IsLetter(t[j - 1])) { j = Run(t, j + 1, end); continue; }
            if (c == '+' && char.IsDigit(t[j - 1])) { j++; break; }
            if (c == '/' && char.IsLetterOrDigit(next))
            {
                if (char.IsDigit(t[j - 1]) && char.IsDigit(next)) { segStart = j + 1; j = Run(t, j + 1, end); continue; }
                // short slash abbreviations: y/o, s/p, w/o, b/l (both parts at most two letters)
                var after = Run(t, j + 1, end);
                if (j - segStart <= 2 && after - (j + 1) <= 2 && IsAllLetters(t, segStart, j) && IsAllLetters(t, j + 1, after))
                { segStart = j + 1; j = after; continue; }
                break;
            }
            if (c == '.' && char.IsDigit(t[j - 1]) && char.IsDigit(next)) { j = Run(t, j + 1, end); continue; }
            if (c == '.' && j - segStart == 1 && char.IsLetter(t[j - 1]) && char.IsLetter(next) && j + 2 < end && t[j + 2] == '.')
            {
                // dotted abbreviation: b.i.d., p.o., e.g., i.e. (letter-dot pairs; the final dot belongs to it)
                var k = j;
                while (k + 2 < end && t[k] == '.' && char.IsLetter(t[k + 1]) && t[k + 2] == '.') k += 2;
                j = k + 1;
                break;
            }
            break;
        }
        return j;
    }

    private static bool IsAllLetters(string t, int s, int e)
    {
        if (e <= s) return false;
        for (var k = s; k < e; k++) if (!char.IsLetter(t[k])) return false;
        return true;
    }

    private static int Run(string t, int i, int end)
    {
        while (i < end && char.IsLetterOrDigit(t[i])) i++;
        return i;
    }
}
