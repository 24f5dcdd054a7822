namespace NoteCheck.Findings.Evaluation;

/// <summary>
/// Counts of one label: gold units and how many were found (recall side), predicted units and how many
/// were correct (precision side). At note level both sides count the same units; at mention level gold
/// mentions and predicted findings (mention groups) are counted separately.
/// </summary>
public sealed class Counts
{
    public int Gold { get; set; }
    public int Found { get; set; }
    public int Predicted { get; set; }
    public int Correct { get; set; }

    public double Precision => Predicted == 0 ? (Gold == 0 ? 1 : 0) : (double)Correct / Predicted;
    public double Recall => Gold == 0 ? (Predicted == 0 ? 1 : 0) : (double)Found / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public void Add(Counts other)
    {
        Gold += other.Gold;
        Found += other.Found;
        Predicted += other.Predicted;
        Correct += other.Correct;
    }
}

/// <summary>Per-label counts plus their micro average.</summary>
public sealed class ScoreTable
{
    public SortedDictionary<string, Counts> ByLabel { get; } = new(StringComparer.Ordinal);

    public Counts For(string label)
    {
        if (!ByLabel.TryGetValue(label, out var c)) ByLabel[label] = c = new Counts();
        return c;
    }

    public Counts Micro()
    {
        var all = new Counts();
        foreach (var c in ByLabel.Values) all.Add(c);
        return all;
    }

    public string Format(string title)
    {
        var sb = new System.Text.StringBuilder();
        sb.AppendLine(title);
        sb.AppendLine($"{"type",-32} {"gold",5} {"found",5} {"pred",5} {"right",5} {"P",6} {"R",6} {"F1",6}");
        foreach (var (label, c) in ByLabel) sb.AppendLine(Row(label, c));
        sb.AppendLine(Row("(micro)", Micro()));
        return sb.ToString();
    }

    private static string Row(string label, Counts c) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{label,-32} {c.Gold,5} {c.Found,5} {c.Predicted,5} {c.Correct,5} {c.Precision,6:0.000} {c.Recall,6:0.000} {c.F1,6:0.000}");
}
