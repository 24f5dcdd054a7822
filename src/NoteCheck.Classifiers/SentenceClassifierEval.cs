using NoteCheck.Findings.Evaluation;
using NoteCheck.Text;

namespace NoteCheck.Classifiers;

/// <summary>
/// The sentence classifier alone, scored on a labeled corpus: per label ("type|assertion"), a sentence is predicted
/// when the model's probability reaches the threshold classifier.json gives the label (every learned label at the
/// default threshold when the type is never suggested, so the model is measured whole), against the labels of the
/// gold spans it overlaps.
/// </summary>
public static class SentenceClassifierEval
{
    public static ScoreTable Score(SentenceClassifier model, ClassifierSettings settings, IEnumerable<LabeledDocument> documents, TextPipeline pipeline)
    {
        var table = new ScoreTable();
        var examples = SentenceTraining.Examples(documents, pipeline).ToList();
        var scores = model.Score(examples);
        for (var i = 0; i < examples.Count; i++)
            for (var c = 0; c < model.Classes.Count; c++)
            {
                var label = model.Classes[c];
                if (label == SentenceClassifier.NoLabel) continue;
                var predicted = scores[i][c] >= (settings.ThresholdOf(label) ?? settings.Threshold);
                FindingsEvaluator.Score(table.For(label), examples[i].Labels.Contains(label), predicted);
            }
        return table;
    }
}
