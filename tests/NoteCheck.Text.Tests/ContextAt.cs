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

    /// <summary>The reading of the n-th (1-based) occurrence of a target phrase in a note run through the whole text
    /// pipeline (sections, sentences, list leads).</summary>
    public static AssertionResult InNote(string note, string target, int occurrence = 1)
    {
        var ct = TextPipeline.Default.Analyze(PipelineTests.Doc(note));
        var at = -1;
        for (var n = 0; n < occurrence; n++)
        {
            at = note.IndexOf(target, at + 1, StringComparison.Ordinal);
            Xunit.Assert.True(at >= 0, "target not in note");
        }
        return ContextAnalyzer.Default.Assert(ct, at, at + target.Length);
    }
}
