using System.Globalization;
using System.Text.Json;
using NoteCheck.Core;

namespace NoteCheck.Ingestion;

/// <summary>A request.json read: the request, or why it could not be used (no request text quoted).</summary>
public sealed record RequestReadResult(ImagingRequest? Request, string? Error)
{
    public bool Ok => Request is not null;
}

/// <summary>
/// Reads and validates request.json (contract §2): every field optional, dates ISO YYYY-MM-DD,
/// procedure one of ct / ct_myelogram / ct_discogram. Unknown keys are rejected so that a typo
/// ("requestdate") does not silently change the decision.
/// </summary>
public static class RequestReader
{
    private static readonly string[] RootKeys = ["requestId", "cpt", "procedure", "requestDate", "patient", "orderingProvider", "otherStudiesRequested"];
    private static readonly string[] PatientKeys = ["name", "dob", "sex"];
    private static readonly string[] ProviderKeys = ["name", "specialty"];
    private static readonly string[] Procedures = ["ct", "ct_myelogram", "ct_discogram"];

    public static RequestReadResult ReadFile(string path)
    {
        var name = Path.GetFileName(path);
        string json;
        try { json = File.ReadAllText(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new(null, $"{name}: cannot be read ({(e is FileNotFoundException or DirectoryNotFoundException ? "not found" : e.GetType().Name)}).");
        }
        return Parse(json, name);
    }

    public static RequestReadResult Parse(string json, string name = "request.json")
    {
        JsonDocument doc;
        try { doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }); }
        catch (JsonException e)
        {
            return new(null, $"{name}: not valid JSON (line {(e.LineNumber ?? 0) + 1}, position {(e.BytePositionInLine ?? 0) + 1}).");
        }
        using (doc)
        {
            try { return new(Build(doc.RootElement, name), null); }
            catch (RequestException e) { return new(null, e.Message); }
        }
    }

    private sealed class RequestException(string message) : Exception(message);

    private static ImagingRequest Build(JsonElement root, string name)
    {
        Keys(root, name, "the request", RootKeys);
        var procedure = Str(root, "procedure", name) ?? "ct";
        if (Array.IndexOf(Procedures, procedure) < 0)
            throw new RequestException($"{name}: 'procedure' must be one of {string.Join(", ", Procedures)}.");
        Patient? patient = null;
        if (root.TryGetProperty("patient", out var p) && p.ValueKind != JsonValueKind.Null)
        {
            Keys(p, name, "'patient'", PatientKeys);
            patient = new Patient(Str(p, "name", name), Date(p, "dob", name, "patient.dob"), Str(p, "sex", name));
        }
        OrderingProvider? provider = null;
        if (root.TryGetProperty("orderingProvider", out var o) && o.ValueKind != JsonValueKind.Null)
        {
            Keys(o, name, "'orderingProvider'", ProviderKeys);
            provider = new OrderingProvider(Str(o, "name", name), Str(o, "specialty", name));
        }
        var others = new List<string>();
        if (root.TryGetProperty("otherStudiesRequested", out var s) && s.ValueKind != JsonValueKind.Null)
        {
            if (s.ValueKind != JsonValueKind.Array) throw new RequestException($"{name}: 'otherStudiesRequested' must be a list of CPT codes.");
            foreach (var item in s.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String) others.Add(item.GetString()!);
                else if (item.ValueKind == JsonValueKind.Number) others.Add(item.GetRawText());
                else throw new RequestException($"{name}: 'otherStudiesRequested' must hold CPT codes as strings.");
            }
        }
        return new ImagingRequest
        {
            RequestId = Str(root, "requestId", name),
            Cpt = root.TryGetProperty("cpt", out var c) && c.ValueKind == JsonValueKind.Number ? c.GetRawText() : Str(root, "cpt", name),
            Procedure = procedure,
            RequestDate = Date(root, "requestDate", name, "requestDate"),
            Patient = patient,
            OrderingProvider = provider,
            OtherStudiesRequested = others,
        };
    }

    private static void Keys(JsonElement e, string name, string what, string[] allowed)
    {
        if (e.ValueKind != JsonValueKind.Object) throw new RequestException($"{name}: {what} must be a JSON object.");
        foreach (var prop in e.EnumerateObject())
            if (Array.IndexOf(allowed, prop.Name) < 0)
                throw new RequestException($"{name}: unknown key '{prop.Name}' in {what} (allowed: {string.Join(", ", allowed)}).");
    }

    private static string? Str(JsonElement e, string key, string name)
    {
        if (!e.TryGetProperty(key, out var v) || v.ValueKind == JsonValueKind.Null) return null;
        if (v.ValueKind != JsonValueKind.String) throw new RequestException($"{name}: '{key}' must be a string.");
        var s = v.GetString()!.Trim();
        return s.Length == 0 ? null : s;
    }

    private static DateOnly? Date(JsonElement e, string key, string name, string label)
    {
        if (!e.TryGetProperty(key, out var v) || v.ValueKind == JsonValueKind.Null) return null;
        if (v.ValueKind == JsonValueKind.String &&
            DateOnly.TryParseExact(v.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            return d;
        throw new RequestException($"{name}: '{label}' must be a date written YYYY-MM-DD.");
    }
}
