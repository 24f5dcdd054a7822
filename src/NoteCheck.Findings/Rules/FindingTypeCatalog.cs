using System.Text.Json;

namespace NoteCheck.Findings.Rules;

/// <summary>An attribute a finding type may carry (rules/findings/types.json).</summary>
public sealed record AttributeSpec(string Name, string Kind, IReadOnlyList<string>? Values);

/// <summary>The closed catalog of finding types and their attributes shared with the criteria.</summary>
public sealed class FindingTypeCatalog
{
    private static readonly HashSet<string> Kinds = ["string", "number", "bool", "date"];
    private readonly Dictionary<string, Dictionary<string, AttributeSpec>> _types;

    private FindingTypeCatalog(Dictionary<string, Dictionary<string, AttributeSpec>> types) => _types = types;

    public IEnumerable<string> Types => _types.Keys;
    public bool Has(string type) => _types.ContainsKey(type);

    public AttributeSpec? Attribute(string type, string name) =>
        _types.TryGetValue(type, out var a) && a.TryGetValue(name, out var spec) ? spec : null;

    public static FindingTypeCatalog Load(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var root = doc.RootElement;
        if (!root.TryGetProperty("types", out var types) || types.ValueKind != JsonValueKind.Object)
            throw new RuleFileException(path, null, "missing object 'types'");
        var result = new Dictionary<string, Dictionary<string, AttributeSpec>>(StringComparer.Ordinal);
        foreach (var type in types.EnumerateObject())
        {
            var attrs = new Dictionary<string, AttributeSpec>(StringComparer.Ordinal);
            if (type.Value.TryGetProperty("attributes", out var attributes))
                foreach (var a in attributes.EnumerateObject())
                {
                    var kind = a.Value.TryGetProperty("kind", out var k) ? k.GetString() ?? "" : "";
                    if (!Kinds.Contains(kind)) throw new RuleFileException(path, type.Name, $"attribute '{a.Name}' has unknown kind '{kind}'");
                    List<string>? values = a.Value.TryGetProperty("values", out var v) ? [.. v.EnumerateArray().Select(x => x.GetString()!)] : null;
                    attrs[a.Name] = new AttributeSpec(a.Name, kind, values);
                }
            result[type.Name] = attrs;
        }
        return new FindingTypeCatalog(result);
    }
}
