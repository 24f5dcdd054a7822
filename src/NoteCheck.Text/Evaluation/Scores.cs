using System.Globalization;
using System.Text;

namespace NoteCheck.Text.Evaluation;

/// <summary>Precision, recall and F1 of one class from its counts.</summary>
public sealed record ClassScore(string Label, int Support, int TruePositives, int Predicted)
{
    public double Precision => Predicted == 0 ? 0 : (double)TruePositives / Predicted;
    public double Recall => Support == 0 ? 0 : (double)TruePositives / Support;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>Counts gold/predicted label pairs and reports per-class scores.</summary>
public sealed class ScoreTable
{
    private readonly Dictionary<string, (int Support, int Tp, int Predicted)> _counts = new(StringComparer.Ordinal);
    private readonly List<string> _order;

    public ScoreTable(IEnumerable<string> labels) => _order = labels.ToList();

    public int Total { get; private set; }
    public int Correct { get; private set; }

    public void Add(string gold, string predicted)
    {
        Total++;
        if (gold == predicted) Correct++;
        Bump(gold, s: 1, tp: gold == predicted ? 1 : 0, p: 0);
        Bump(predicted, s: 0, tp: 0, p: 1);
    }

    private void Bump(string label, int s, int tp, int p)
    {
        if (!_order.Contains(label)) _order.Add(label);
        _counts.TryGetValue(label, out var c);
        _counts[label] = (c.Support + s, c.Tp + tp, c.Predicted + p);
    }

    public IReadOnlyList<ClassScore> Scores() =>
        _order.Select(l => _counts.TryGetValue(l, out var c) ? new ClassScore(l, c.Support, c.Tp, c.Predicted) : new ClassScore(l, 0, 0, 0)).ToList();

    public string Format(string title)
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{title}  (n={Total}, accuracy {(Total == 0 ? 0 : (double)Correct / Total):0.000})");
        sb.AppendLine("  class          support  precision  recall     F1");
        foreach (var s in Scores())
            sb.AppendLine(CultureInfo.InvariantCulture, $"  {s.Label,-14} {s.Support,7}  {s.Precision,9:0.000}  {s.Recall,6:0.000}  {s.F1,6:0.000}");
        return sb.ToString();
    }
}
