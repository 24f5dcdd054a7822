using NoteCheck.Text;

namespace NoteCheck.Text.Tests;

public class TokenizerTests
{
    private static List<string> Tokens(string s) => Tokenizer.Default.Tokenize(s).Select(t => s[t.Start..t.End]).ToList();

    [Fact]
    public void Keeps_clinical_units_whole()
    {
        var t = Tokens("EHL 4/5, patellar 2+, L4-5 and L5-S1, 0.5 cm, 03/12/2024, 45-year-old, y/o");
        Xunit.Assert.Contains("4/5", t);
        Xunit.Assert.Contains("2+", t);
        Xunit.Assert.Contains("L4-5", t);
        Xunit.Assert.Contains("L5-S1", t);
        Xunit.Assert.Contains("0.5", t);
        Xunit.Assert.Contains("03/12/2024", t);
        Xunit.Assert.Contains("45-year-old", t);
        Xunit.Assert.Contains("y/o", t);
    }

    [Fact]
    public void Dotted_abbreviations_are_one_token_and_slashes_split_words()
    {
        var t = Tokens("Gabapentin 300 mg p.o. b.i.d. Bowel/bladder: denies.");
        Xunit.Assert.Contains("p.o.", t);
        Xunit.Assert.Contains("b.i.d.", t);
        Xunit.Assert.Contains("Bowel", t);
        Xunit.Assert.Contains("bladder", t);
        Xunit.Assert.Equal(".", t[^1]);
    }
}
