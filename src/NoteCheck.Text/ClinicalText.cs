using NoteCheck.Core;

namespace NoteCheck.Text;

/// <summary>A document after the text layer: notes, sections, sentences, tokens, times and values, all with offsets into its text.</summary>
public sealed class ClinicalText
{
    internal ClinicalText(SourceDocument document, IReadOnlyList<NoteSegment> notes, IReadOnlyList<Section> sections,
        IReadOnlyList<Sentence> sentences, IReadOnlyList<Token> tokens, IReadOnlyList<TimeExpression> times, IReadOnlyList<ClinicalValue> values)
    {
        Document = document;
        Notes = notes;
        Sections = sections;
        Sentences = sentences;
        Tokens = tokens;
        Times = times;
        Values = values;
    }

    public SourceDocument Document { get; }
    public IReadOnlyList<NoteSegment> Notes { get; }
    public IReadOnlyList<Section> Sections { get; }
    public IReadOnlyList<Sentence> Sentences { get; }
    public IReadOnlyList<Token> Tokens { get; }
    public IReadOnlyList<TimeExpression> Times { get; }
    public IReadOnlyList<ClinicalValue> Values { get; }

    public Sentence? SentenceAt(int offset)
    {
        var i = LastStartingAtOrBefore(Sentences, offset, s => s.Start);
        return i >= 0 && offset < Sentences[i].End ? Sentences[i] : null;
    }

    /// <summary>The section holding <paramref name="offset"/> (sections are disjoint and ordered).</summary>
    public Section? SectionAt(int offset)
    {
        var i = LastStartingAtOrBefore(Sections, offset, s => s.Start);
        return i >= 0 && offset < Sections[i].End ? Sections[i] : null;
    }

    /// <summary>Index of the note holding <paramref name="offset"/>, or -1.</summary>
    public int NoteIndexAt(int offset)
    {
        var i = LastStartingAtOrBefore(Notes, offset, n => n.Start);
        return i >= 0 && offset < Notes[i].End ? i : -1;
    }

    public NoteSegment? NoteAt(int offset) => NoteIndexAt(offset) is var i and >= 0 ? Notes[i] : null;

    /// <summary>The note of a sentence's or mention's NoteIndex; null for -1 (no note) or out of range.</summary>
    public NoteSegment? NoteByIndex(int index) => index >= 0 && index < Notes.Count ? Notes[index] : null;

    public string TextOf(int start, int end) => Document.Text[Math.Clamp(start, 0, Document.Text.Length)..Math.Clamp(end, start, Document.Text.Length)];

    public IEnumerable<TimeExpression> TimesIn(int start, int end) => Times.Where(t => t.Start >= start && t.End <= end);

    public IEnumerable<ClinicalValue> ValuesIn(int start, int end) => Values.Where(v => v.Start >= start && v.End <= end);

    public IEnumerable<Sentence> SentencesIn(int start, int end) => Sentences.Where(s => s.Start < end && start < s.End);

    private static int LastStartingAtOrBefore<T>(IReadOnlyList<T> list, int offset, Func<T, int> start)
    {
        int lo = 0, hi = list.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            if (start(list[mid]) <= offset) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return found;
    }
}
