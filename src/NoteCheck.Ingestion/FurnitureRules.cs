using System.Text.Json;
using System.Text.RegularExpressions;
using NoteCheck.Core;

namespace NoteCheck.Ingestion;

/// <summary>One pattern of rules/ingestion/furniture.json.</summary>
public sealed record FurniturePattern(string Id, Regex Regex, bool EdgeOnly);

/// <summary>
/// The page-furniture rules (rules/ingestion/furniture.json), validated at load: unknown keys,
/// bad regexes or missing fields fail with the file and key named.
/// </summary>
public sealed class FurnitureRules
{
    public IReadOnlyList<FurniturePattern> Patterns { get; }
    public int EdgeLines { get; }
    public int MinPages { get; }
    public double MinShareOfPages { get; }
    public int MinLength { get; }

    private FurnitureRules(IReadOnlyList<FurniturePattern> patterns, int edgeLines, int minPages, double minShare, int minLength)
    {
        Patterns = patterns; EdgeLines = edgeLines; MinPages = minPages; MinShareOfPages = minShare; MinLength = minLength;
    }

    private static readonly Lazy<FurnitureRules> DefaultRules = new(() => Load(RulesLocator.PathOf("ingestion", "furniture.json")));
    public static FurnitureRules Default => DefaultRules.Value;

    public static FurnitureRules Load(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var root = doc.RootElement;
        CheckKeys(path, "(root)", root, "description", "linePatterns", "repetition");
        var patterns = new List<FurniturePattern>();
        foreach (var p in Required(path, root, "linePatterns").EnumerateArray())
        {
            CheckKeys(path, "linePatterns[]", p, "id", "scope", "pattern", "description");
            var id = Required(path, p, "id").GetString()!;
            var scope = Required(path, p, "scope").GetString();
            if (scope is not ("any" or "edge")) throw new InvalidDataException($"{path}: pattern '{id}': scope must be 'any' or 'edge'.");
            Regex regex;
            try
            {
                regex = new Regex(Required(path, p, "pattern").GetString()!, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            }
            catch (ArgumentException e)
            {
                throw new InvalidDataException($"{path}: pattern '{id}' is not a valid regular expression: {e.Message}");
            }
            patterns.Add(new FurniturePattern(id, regex, scope == "edge"));
        }
        var rep = Required(path, root, "repetition");
        CheckKeys(path, "repetition", rep, "description", "edgeLines", "minPages", "minShareOfPages", "minLength");
        return new FurnitureRules(patterns,
            Required(path, rep, "edgeLines").GetInt32(), Required(path, rep, "minPages").GetInt32(),
            Required(path, rep, "minShareOfPages").GetDouble(), Required(path, rep, "minLength").GetInt32());
    }

    private static JsonElement Required(string path, JsonElement e, string key) =>
        e.TryGetProperty(key, out var v) ? v : throw new InvalidDataException($"{path}: missing key '{key}'.");

    private static void CheckKeys(string path, string where, JsonElement e, params string[] allowed)
    {
        if (e.ValueKind != JsonValueKind.Object) throw new InvalidDataException($"{path}: {where} must be an object.");
        foreach (var p in e.EnumerateObject())
            if (Array.IndexOf(allowed, p.Name) < 0)
                throw new InvalidDataException($"{path}: unknown key '{p.Name}' in {where} (allowed: {string.Join(", ", allowed)}).");
    }
}
