using System.Collections;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NoteCheck.Core;

namespace NoteCheck.Reports;

/// <summary>
/// Writes a decision as contract §3 JSON with a fixed key order, so that the same decision
/// always gives the same bytes: indented for `check`, one line per packet for `batch`.
/// </summary>
public static class DecisionJsonWriter
{
    public static string ToJson(Decision decision, bool indented)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions
        {
            Indented = indented,
            // Keep "<", "&", "'" and non-ASCII readable: the output is data, not HTML.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            Write(writer, decision);
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void Write(Utf8JsonWriter w, Decision d)
    {
        w.WriteStartObject();
        w.WriteString("requestId", d.RequestId);
        w.WriteString("outcome", d.Outcome);
        w.WriteStartArray("metIndications");
        foreach (var id in d.MetIndications) w.WriteStringValue(id);
        w.WriteEndArray();
        w.WriteStartArray("reasons");
        foreach (var r in d.Reasons)
        {
            w.WriteStartObject();
            w.WriteString("code", r.Code);
            w.WriteString("message", r.Message);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("indications");
        foreach (var i in d.Indications) WriteIndication(w, i);
        w.WriteEndArray();
        w.WriteStartArray("findings");
        foreach (var f in d.Findings) WriteFinding(w, f);
        w.WriteEndArray();
        w.WriteStartArray("documents");
        foreach (var doc in d.Documents) WriteDocument(w, doc);
        w.WriteEndArray();
        w.WriteStartArray("errors");
        foreach (var e in d.Errors) WriteError(w, e);
        w.WriteEndArray();
        w.WritePropertyName("versions");
        WriteVersions(w, d.Versions);
        w.WriteString("understoodSpecialty", d.UnderstoodSpecialty);
        w.WriteEndObject();
    }

    private static void WriteIndication(Utf8JsonWriter w, IndicationResult i)
    {
        w.WriteStartObject();
        w.WriteString("id", i.Id);
        w.WriteString("status", JsonNames.Snake(i.Status));
        w.WriteString("clause", i.Clause);
        w.WriteStartArray("evidence");
        foreach (var e in i.Evidence) WriteEvidence(w, e);
        w.WriteEndArray();
        w.WriteStartArray("missing");
        foreach (var m in i.Missing) w.WriteStringValue(m);
        w.WriteEndArray();
        w.WritePropertyName("trace");
        if (i.Trace is null) w.WriteNullValue(); else WriteTrace(w, i.Trace);
        w.WriteEndObject();
    }

    private static void WriteTrace(Utf8JsonWriter w, TraceNode n)
    {
        w.WriteStartObject();
        w.WriteString("id", n.Id);
        w.WriteString("kind", n.Kind);
        w.WritePropertyName("value");
        if (n.Value is null) w.WriteNullValue(); else w.WriteBooleanValue(n.Value.Value);
        w.WriteString("clause", n.Clause);
        w.WriteString("note", n.Note);
        w.WriteStartArray("findings");
        foreach (var f in n.Findings) w.WriteNumberValue(f);
        w.WriteEndArray();
        w.WriteStartArray("children");
        foreach (var c in n.Children) WriteTrace(w, c);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static readonly HashSet<string> FindingKeys = new(StringComparer.Ordinal)
    {
        "type", "assertion", "laterality", "level", "date", "source", "ruleId", "confidence", "evidence",
    };

    private static void WriteFinding(Utf8JsonWriter w, Finding f)
    {
        w.WriteStartObject();
        w.WriteString("type", f.Type);
        w.WriteString("assertion", JsonNames.Snake(f.Assertion));
        w.WriteString("laterality", f.Laterality);
        w.WriteString("level", f.Level);
        w.WritePropertyName("date");
        WriteDate(w, f.Date);
        w.WriteString("source", JsonNames.Snake(f.Source));
        w.WriteString("ruleId", f.RuleId);
        w.WriteNumber("confidence", Math.Round(f.Confidence, 4));
        // Type-specific attributes are further keys of the finding (contract §3), in ordinal order.
        foreach (var (key, value) in f.Attributes.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            if (FindingKeys.Contains(key)) continue;
            w.WritePropertyName(key);
            WriteValue(w, value);
        }
        w.WriteStartArray("evidence");
        foreach (var e in f.Evidence) WriteEvidence(w, e);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static void WriteEvidence(Utf8JsonWriter w, EvidenceSpan e)
    {
        w.WriteStartObject();
        w.WriteString("document", e.Document);
        w.WriteNumber("page", e.Page);
        w.WriteNumber("start", e.Start);
        w.WriteNumber("end", e.End);
        w.WriteString("text", e.Text);
        w.WritePropertyName("bbox");
        WriteBox(w, e.Bbox);
        w.WritePropertyName("boxes");
        if (e.Boxes is null) w.WriteNullValue();
        else
        {
            w.WriteStartArray();
            foreach (var b in e.Boxes)
            {
                w.WriteStartObject();
                w.WriteNumber("page", b.Page);
                w.WritePropertyName("bbox");
                WriteBox(w, b.Box);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    private static void WriteBox(Utf8JsonWriter w, Box? box)
    {
        if (box is null || box.Value.IsEmpty) { w.WriteNullValue(); return; }
        w.WriteStartArray();
        foreach (var v in box.Value.ToArray()) w.WriteNumberValue(v);
        w.WriteEndArray();
    }

    private static void WriteDocument(Utf8JsonWriter w, DocumentSummary d)
    {
        w.WriteStartObject();
        w.WriteString("file", d.File);
        w.WriteNumber("pages", d.Pages);
        w.WriteStartArray("pageStatus");
        foreach (var s in d.PageStatus) w.WriteStringValue(JsonNames.Snake(s));
        w.WriteEndArray();
        w.WriteStartArray("notes");
        foreach (var n in d.Notes)
        {
            w.WriteStartObject();
            w.WriteNumber("start", n.Start);
            w.WriteNumber("end", n.End);
            w.WritePropertyName("date");
            WriteDate(w, n.Date);
            w.WriteString("kind", JsonNames.Snake(n.Kind));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteError(Utf8JsonWriter w, PacketError e)
    {
        w.WriteStartObject();
        w.WriteString("file", e.File);
        w.WritePropertyName("page");
        if (e.Page is null) w.WriteNullValue(); else w.WriteNumberValue(e.Page.Value);
        w.WriteString("severity", JsonNames.Snake(e.Severity));
        w.WriteString("code", e.Code);
        w.WriteString("message", e.Message);
        w.WriteEndObject();
    }

    // notecheck, guideline, models first (contract order), then any others in ordinal order.
    private static void WriteVersions(Utf8JsonWriter w, IReadOnlyDictionary<string, object?> versions)
    {
        string[] first = ["notecheck", "guideline", "models"];
        w.WriteStartObject();
        foreach (var key in first)
        {
            w.WritePropertyName(key);
            if (versions.TryGetValue(key, out var v)) WriteValue(w, v);
            else if (key == "models") { w.WriteStartObject(); w.WriteEndObject(); }
            else w.WriteNullValue();
        }
        foreach (var (key, value) in versions.Where(kv => Array.IndexOf(first, kv.Key) < 0).OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            w.WritePropertyName(key);
            WriteValue(w, value);
        }
        w.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter w, DateOnly? d)
    {
        if (d is null) w.WriteNullValue(); else w.WriteStringValue(JsonNames.Date(d.Value));
    }

    /// <summary>Attribute and version values: strings, numbers, booleans, dates, enums, lists and maps.</summary>
    private static void WriteValue(Utf8JsonWriter w, object? value)
    {
        switch (value)
        {
            case null: w.WriteNullValue(); break;
            case string s: w.WriteStringValue(s); break;
            case bool b: w.WriteBooleanValue(b); break;
            case DateOnly d: w.WriteStringValue(JsonNames.Date(d)); break;
            case DateTime dt: w.WriteStringValue(JsonNames.Date(DateOnly.FromDateTime(dt))); break;
            case int i: w.WriteNumberValue(i); break;
            case long l: w.WriteNumberValue(l); break;
            case double db: if (double.IsFinite(db)) w.WriteNumberValue(db); else w.WriteNullValue(); break;
            case float fl: if (float.IsFinite(fl)) w.WriteNumberValue(fl); else w.WriteNullValue(); break;
            case decimal m: w.WriteNumberValue(m); break;
            case Enum e: w.WriteStringValue(JsonNames.Snake(e.ToString())); break;
            case EvidenceSpan span: WriteEvidence(w, span); break;
            case IDictionary dict:
                w.WriteStartObject();
                var entries = new List<(string Key, object? Value)>();
                var it = dict.GetEnumerator(); // IDictionaryEnumerator: works for generic and non-generic maps
                while (it.MoveNext()) entries.Add((Convert.ToString(it.Key, System.Globalization.CultureInfo.InvariantCulture)!, it.Value));
                foreach (var (key, entryValue) in entries.OrderBy(e => e.Key, StringComparer.Ordinal))
                {
                    w.WritePropertyName(key);
                    WriteValue(w, entryValue);
                }
                w.WriteEndObject();
                break;
            case IEnumerable list:
                w.WriteStartArray();
                foreach (var item in list) WriteValue(w, item);
                w.WriteEndArray();
                break;
            default: w.WriteStringValue(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)); break;
        }
    }
}
