namespace NoteCheck.Ocr.Tests;

/// <summary>Word error rate: word-level edit distance between reference and OCR output over reference length.</summary>
public static class WordAccuracy
{
    public static IReadOnlyList<string> Words(string text) =>
        text.Split((char[])[' ', '\n', '\t', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries);

    public static double ErrorRate(IReadOnlyList<string> reference, IReadOnlyList<string> hypothesis)
    {
        if (reference.Count == 0) return hypothesis.Count == 0 ? 0 : 1;
        var previous = new int[hypothesis.Count + 1];
        var current = new int[hypothesis.Count + 1];
        for (var j = 0; j <= hypothesis.Count; j++) previous[j] = j;
        for (var i = 1; i <= reference.Count; i++)
        {
            current[0] = i;
            for (var j = 1; j <= hypothesis.Count; j++)
            {
                var substitute = previous[j - 1] + (reference[i - 1] == hypothesis[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitute, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }
            (previous, current) = (current, previous);
        }
        return (double)previous[hypothesis.Count] / reference.Count;
    }
}
