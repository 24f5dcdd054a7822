using NoteCheck.Text;

namespace NoteCheck.Text.Tests;

/// <summary>The ConText reading of the first occurrence of a target phrase in a sentence (the phrase must occur).</summary>
internal static class ContextAt
{
    public static AssertionResult Target(string sentence, string target, string? section = null)
    {
        var i = sentence.IndexOf(target, StringComparison.Ordinal);
        Xunit.Assert.True(i >= 0, "target not in sentence");
        return ContextAnalyzer.Default.Assert(sentence, i, i + target.Length, section);
    }
}
