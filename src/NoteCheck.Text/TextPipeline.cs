using NoteCheck.Core;

namespace NoteCheck.Text;

/// <summary>What the stages of a pipeline fill in, in order, for one document.</summary>
public sealed class TextAnalysis
{
    public TextAnalysis(SourceDocument document) => Document = document;

    public SourceDocument Document { get; }
    public string Text => Document.Text;
    public List<NoteSegment> Notes { get; } = [];
    public List<Section> Sections { get; } = [];
    public List<Sentence> Sentences { get; } = [];
    public List<Token> Tokens { get; } = [];
    public List<TimeExpression> Times { get; } = [];
    public List<ClinicalValue> Values { get; } = [];

    public bool InFurniture(int start, int end)
    {
        foreach (var f in Document.Furniture) if (f.Start < end && start < f.End) return true;
        return false;
    }
}

/// <summary>One stage of the text pipeline (Markdig-style): reads what earlier stages produced, adds its part.</summary>
public interface ITextStage
{
    void Run(TextAnalysis analysis);
}

/// <summary>An immutable sequence of stages; <see cref="Default"/> runs them all with the rules in rules/text/.</summary>
public sealed class TextPipeline
{
    private readonly ITextStage[] _stages;

    internal TextPipeline(IEnumerable<ITextStage> stages) => _stages = stages.ToArray();

    private static readonly Lazy<TextPipeline> LazyDefault = new(() => new TextPipelineBuilder()
        .UseNoteSegmenter().UseSectionizer().UseSentenceSplitter().UseTokenizer().UseTimeTagger().UseValueTagger().Build());

    public static TextPipeline Default => LazyDefault.Value;

    public IReadOnlyList<ITextStage> Stages => _stages;

    /// <summary>Runs every stage on the document; also sets <see cref="SourceDocument.Notes"/>.</summary>
    public ClinicalText Analyze(SourceDocument document)
    {
        var a = new TextAnalysis(document);
        foreach (var stage in _stages) stage.Run(a);
        if (a.Notes.Count == 0 && document.Text.Length > 0) a.Notes.Add(new NoteSegment(0, document.Text.Length, null, NoteKind.Other));
        document.Notes = a.Notes.ToArray();
        return new ClinicalText(document, document.Notes, a.Sections.ToArray(), a.Sentences.ToArray(), a.Tokens.ToArray(), a.Times.ToArray(), a.Values.ToArray());
    }
}

/// <summary>Builds a <see cref="TextPipeline"/> from small stages; each Use* adds one stage in order.</summary>
public sealed class TextPipelineBuilder
{
    private readonly List<ITextStage> _stages = [];

    public TextPipelineBuilder Use(ITextStage stage) { _stages.Add(stage); return this; }
    public TextPipelineBuilder UseNoteSegmenter(NoteSegmenter? segmenter = null) => Use(new NoteStage(segmenter ?? NoteSegmenter.Default));
    public TextPipelineBuilder UseSectionizer(Sectionizer? sectionizer = null) => Use(new SectionStage(sectionizer ?? Sectionizer.Default));
    public TextPipelineBuilder UseSentenceSplitter(SentenceSplitter? splitter = null) => Use(new SentenceStage(splitter ?? SentenceSplitter.Default));
    public TextPipelineBuilder UseTokenizer(Tokenizer? tokenizer = null) => Use(new TokenStage(tokenizer ?? Tokenizer.Default));
    public TextPipelineBuilder UseTimeTagger(TimeTagger? tagger = null) => Use(new TimeStage(tagger ?? TimeTagger.Default));
    public TextPipelineBuilder UseValueTagger(ValueTagger? tagger = null) => Use(new ValueStage(tagger ?? ValueTagger.Default));

    public TextPipeline Build() => new(_stages);
}

/// <summary>Notes with date of service and kind.</summary>
public sealed class NoteStage(NoteSegmenter segmenter) : ITextStage
{
    public void Run(TextAnalysis a) => a.Notes.AddRange(segmenter.Segment(a.Document));
}

/// <summary>Sections, found note by note so none crosses a note boundary.</summary>
public sealed class SectionStage(Sectionizer sectionizer) : ITextStage
{
    public void Run(TextAnalysis a)
    {
        foreach (var (s, e) in NoteRanges(a)) a.Sections.AddRange(sectionizer.Find(a.Text, s, e, a.Document.Furniture));
    }

    internal static IEnumerable<(int Start, int End)> NoteRanges(TextAnalysis a) =>
        a.Notes.Count > 0 ? a.Notes.Select(n => (n.Start, n.End)) : [(0, a.Text.Length)];
}

/// <summary>Sentences of each note's text before its first header and of each section body; headers and furniture stay out.</summary>
public sealed class SentenceStage(SentenceSplitter splitter) : ITextStage
{
    public void Run(TextAnalysis a)
    {
        var noteIndex = 0;
        foreach (var (ns, ne) in SectionStage.NoteRanges(a))
        {
            var parts = new List<(int S, int E, int Section)>();
            var cursor = ns;
            for (var k = 0; k < a.Sections.Count; k++)
            {
                var sec = a.Sections[k];
                if (sec.Start < ns || sec.Start >= ne) continue;
                if (sec.HeaderStart > cursor) parts.Add((cursor, sec.HeaderStart, parts.Count == 0 ? -1 : parts[^1].Section));
                parts.Add((sec.HeaderEnd, sec.End, k));
                cursor = sec.End;
            }
            if (cursor < ne) parts.Add((cursor, ne, -1));
            foreach (var (s, e, section) in parts)
                foreach (var (ss, se) in splitter.Split(a.Text, s, e, a.Document.Furniture))
                    a.Sentences.Add(new Sentence(ss, se, a.Sentences.Count, section, noteIndex));
            noteIndex++;
        }
    }
}

/// <summary>Tokens of every sentence (so furniture and headers carry none).</summary>
public sealed class TokenStage(Tokenizer tokenizer) : ITextStage
{
    public void Run(TextAnalysis a)
    {
        foreach (var s in a.Sentences) tokenizer.Tokenize(a.Text, s.Start, s.End, a.Tokens);
    }
}

/// <summary>Time expressions per note, relative ones anchored on the note's date of service.</summary>
public sealed class TimeStage(TimeTagger tagger) : ITextStage
{
    public void Run(TextAnalysis a)
    {
        if (a.Notes.Count == 0) { a.Times.AddRange(tagger.Tag(a.Text, 0, a.Text.Length, null).Where(t => !a.InFurniture(t.Start, t.End))); return; }
        foreach (var n in a.Notes)
            a.Times.AddRange(tagger.Tag(a.Text, n.Start, n.End, n.Date).Where(t => !a.InFurniture(t.Start, t.End)));
    }
}

/// <summary>Clinical values outside furniture.</summary>
public sealed class ValueStage(ValueTagger tagger) : ITextStage
{
    public void Run(TextAnalysis a) =>
        a.Values.AddRange(tagger.Tag(a.Text, 0, a.Text.Length).Where(v => !a.InFurniture(v.Start, v.End)));
}
