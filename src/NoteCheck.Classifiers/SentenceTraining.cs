using NoteCheck.Findings.Evaluation;
using NoteCheck.Text;

namespace NoteCheck.Classifiers;

/// <summary>From a labeled corpus to the sentence classifier: each document analyzed by the text layer, each sentence
/// labeled with the gold spans it overlaps.</summary>
public static class SentenceTraining
{
    public static IEnumerable<SentenceExample> Examples(IEnumerable<LabeledDocument> documents, TextPipeline pipeline) =>
        documents.SelectMany(d => SentenceExamples.Of(pipeline.Analyze(d.Document), d.Gold.Select(g => (g.Type, g.Assertion, g.Start, g.End)))
            .Select(x => x.Example));
}
