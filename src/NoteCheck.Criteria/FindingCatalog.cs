using System.Text.Json;

namespace NoteCheck.Criteria;

/// <summary>An attribute of a finding type: its kind (string, number, bool, date) and closed values if any.</summary>
public sealed record AttributeSpec(string Kind, IReadOnlyList<string>? Values);

/// <summary>
/// The closed catalog of finding types (rules/findings/types.json) as the criteria see it:
/// used to reject criteria that name a type or attribute no detector can produce.
/// </summary>
public sealed class FindingCatalog
{
    public static readonly IReadOnlyList<string> CommonAttributes = ["assertion", "laterality", "level", "date"];

    private readonly Dictionary<string, Dictionary<string, AttributeSpec>> _types;

    private FindingCatalog(Dictionary<string, Dictionary<string, AttributeSpec>> types) => _types = types;

    public static FindingCatalog Load(string? path = null)
    {
        path ??= RulesPath();
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var types = new Dictionary<string, Dictionary<string, AttributeSpec>>(StringComparer.Ordinal);
        foreach (var t in doc.RootElement.GetProperty("types").EnumerateObject())
        {
            var attrs = new Dictionary<string, AttributeSpec>(StringComparer.Ordinal);
            if (t.Value.TryGetProperty("attributes", out var a))
                foreach (var p in a.EnumerateObject())
                {
                    var kind = p.Value.GetProperty("kind").GetString() ?? "string";
                    List<string>? values = p.Value.TryGetProperty("values", out var v)
                        ? v.EnumerateArray().Select(x => x.GetString()!).ToList() : null;
                    attrs[p.Name] = new AttributeSpec(kind, values);
                }
            types[t.Name] = attrs;
        }
        return new FindingCatalog(types);
    }

    private static string RulesPath() => NoteCheck.Core.RulesLocator.PathOf("findings", "types.json");

    public bool HasType(string type) => _types.ContainsKey(type);

    /// <summary>Some finding type has this attribute.</summary>
    public bool HasAttribute(string attr) => _types.Values.Any(a => a.ContainsKey(attr));

    public AttributeSpec? Attribute(string type, string attr) =>
        _types.TryGetValue(type, out var a) && a.TryGetValue(attr, out var s) ? s : null;
}
