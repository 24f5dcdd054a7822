using System.Text;
using NoteCheck.Core;

namespace NoteCheck.Reports;

/// <summary>A readable summary of a decision for `check --format text`: outcome, reasons, what is missing, documents, errors.</summary>
public static class DecisionTextWriter
{
    public static string ToText(Decision d)
    {
        var sb = new StringBuilder();
        sb.Append("NoteCheck decision").Append(d.RequestId is null ? "" : $" for {d.RequestId}").Append('\n');
        sb.Append("Outcome: ").Append(d.Outcome).Append('\n');
        if (d.MetIndications.Count > 0) sb.Append("Met indications: ").Append(string.Join(", ", d.MetIndications)).Append('\n');
        if (d.UnderstoodSpecialty is not null) sb.Append("Ordering specialty understood as: ").Append(d.UnderstoodSpecialty).Append('\n');
        if (d.Reasons.Count > 0)
        {
            sb.Append("\nReasons:\n");
            foreach (var r in d.Reasons) sb.Append("  - [").Append(r.Code).Append("] ").Append(r.Message).Append('\n');
        }
        var shown = d.Indications.Where(i => i.Status != IndicationStatus.NotMet).ToList();
        if (shown.Count > 0)
        {
            sb.Append("\nIndications:\n");
            foreach (var i in shown)
            {
                sb.Append("  ").Append(i.Id).Append(": ").Append(JsonNames.Snake(i.Status)).Append('\n');
                foreach (var e in i.Evidence.Take(5))
                    sb.Append("      evidence: \"").Append(OneLine(e.Text)).Append("\" (").Append(e.Document).Append(" p.").Append(e.Page).Append(")\n");
                foreach (var m in i.Missing) sb.Append("      missing: ").Append(m).Append('\n');
            }
        }
        if (d.Findings.Count > 0)
        {
            sb.Append("\nFindings: ").Append(d.Findings.Count).Append('\n');
            foreach (var f in d.Findings)
            {
                var e = f.Evidence.Count > 0 ? f.Evidence[0] : null;
                sb.Append("  ").Append(f.Type).Append(" (").Append(JsonNames.Snake(f.Assertion)).Append(')');
                if (f.Date is not null) sb.Append(' ').Append(JsonNames.Date(f.Date.Value));
                if (e is not null) sb.Append(": \"").Append(OneLine(e.Text)).Append("\" (").Append(e.Document).Append(" p.").Append(e.Page).Append(')');
                sb.Append('\n');
            }
        }
        sb.Append("\nDocuments:\n");
        if (d.Documents.Count == 0) sb.Append("  (none read)\n");
        foreach (var doc in d.Documents)
        {
            sb.Append("  ").Append(doc.File).Append(": ").Append(doc.Pages).Append(doc.Pages == 1 ? " page" : " pages");
            var bad = doc.PageStatus.Select((s, i) => (s, i)).Where(x => x.s != PageStatus.Text).Select(x => $"p.{x.i + 1} {JsonNames.Snake(x.s)}").ToList();
            if (bad.Count > 0) sb.Append(" (").Append(string.Join(", ", bad)).Append(')');
            sb.Append(", ").Append(doc.Notes.Count).Append(doc.Notes.Count == 1 ? " note" : " notes");
            var dated = doc.Notes.Where(n => n.Date is not null).Select(n => $"{JsonNames.Date(n.Date!.Value)} {JsonNames.Snake(n.Kind)}").ToList();
            if (dated.Count > 0) sb.Append(": ").Append(string.Join("; ", dated));
            sb.Append('\n');
        }
        if (d.Errors.Count > 0)
        {
            sb.Append("\nProblems:\n");
            foreach (var e in d.Errors)
                sb.Append("  ").Append(JsonNames.Snake(e.Severity)).Append(' ').Append(e.Code).Append(": ").Append(e.Message).Append('\n');
        }
        return sb.ToString();
    }

    private static string OneLine(string s)
    {
        var t = string.Join(' ', s.Split(['\n', '\f', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
        return t.Length > 120 ? t[..117] + "..." : t;
    }
}
