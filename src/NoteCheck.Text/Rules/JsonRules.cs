using System.Text.RegularExpressions;
using System.Text.Json;

namespace NoteCheck.Text.Rules;

/// <summary>
/// Reads a rules JSON file with closed key sets: every object is checked against the keys its
/// reader allows, and an unknown or missing key fails the load with the file and key named.
/// </summary>
public sealed class JsonRules
{
    private JsonRules(string file, JsonElement root) { File = file; Root = root; }

    public string File { get; }
    public JsonElement Root { get; }

    public static JsonRules Load(string file)
    {
        if (!System.IO.File.Exists(file)) throw new RuleFileException(file, "file not found");
        try
        {
            using var stream = System.IO.File.OpenRead(file);
            var doc = JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            return new JsonRules(file, doc.RootElement.Clone());
        }
        catch (JsonException e)
        {
            throw new RuleFileException(file, $"invalid JSON at line {e.LineNumber + 1}");
        }
    }

    /// <summary>Checks that <paramref name="obj"/> holds only <paramref name="allowed"/> keys and all of <paramref name="required"/>.</summary>
    public void CheckKeys(JsonElement obj, string where, string[] allowed, string[] required)
    {
        if (obj.ValueKind != JsonValueKind.Object) throw new RuleFileException(File, $"{where}: expected an object");
        foreach (var p in obj.EnumerateObject())
            if (System.Array.IndexOf(allowed, p.Name) < 0)
                throw new RuleFileException(File, $"{where}: unknown key \"{p.Name}\" (allowed: {string.Join(", ", allowed)})");
        foreach (var r in required)
            if (!obj.TryGetProperty(r, out _)) throw new RuleFileException(File, $"{where}: missing key \"{r}\"");
    }

    public string Str(JsonElement obj, string key, string where)
    {
        if (!obj.TryGetProperty(key, out var v) || v.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(v.GetString()))
            throw new RuleFileException(File, $"{where}: key \"{key}\" must be a non-empty string");
        return v.GetString()!;
    }

    public string? OptStr(JsonElement obj, string key, string where) =>
        obj.TryGetProperty(key, out _) ? Str(obj, key, where) : null;

    public int? OptInt(JsonElement obj, string key, string where)
    {
        if (!obj.TryGetProperty(key, out var v)) return null;
        if (v.ValueKind != JsonValueKind.Number || !v.TryGetInt32(out var i)) throw new RuleFileException(File, $"{where}: key \"{key}\" must be an integer");
        return i;
    }

    public bool? OptBool(JsonElement obj, string key, string where)
    {
        if (!obj.TryGetProperty(key, out var v)) return null;
        if (v.ValueKind is not (JsonValueKind.True or JsonValueKind.False)) throw new RuleFileException(File, $"{where}: key \"{key}\" must be true or false");
        return v.GetBoolean();
    }

    public IReadOnlyList<string> Strings(JsonElement obj, string key, string where, bool required = true)
    {
        if (!obj.TryGetProperty(key, out var v))
        {
            if (required) throw new RuleFileException(File, $"{where}: missing key \"{key}\"");
            return [];
        }
        if (v.ValueKind != JsonValueKind.Array) throw new RuleFileException(File, $"{where}: key \"{key}\" must be an array of strings");
        var list = new List<string>();
        foreach (var e in v.EnumerateArray())
        {
            if (e.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(e.GetString()))
                throw new RuleFileException(File, $"{where}: key \"{key}\" must hold non-empty strings");
            list.Add(e.GetString()!);
        }
        return list;
    }

    public IEnumerable<(JsonElement Item, string Where)> Array(JsonElement obj, string key, string where, bool required = true)
    {
        if (!obj.TryGetProperty(key, out var v))
        {
            if (required) throw new RuleFileException(File, $"{where}: missing key \"{key}\"");
            yield break;
        }
        if (v.ValueKind != JsonValueKind.Array) throw new RuleFileException(File, $"{where}: key \"{key}\" must be an array");
        var i = 0;
        foreach (var e in v.EnumerateArray()) yield return (e, $"{where}.{key}[{i++}]");
    }

    public T Enum<T>(JsonElement obj, string key, string where, IReadOnlyDictionary<string, T> values)
    {
        var s = Str(obj, key, where);
        if (!values.TryGetValue(s, out var t))
            throw new RuleFileException(File, $"{where}: key \"{key}\" has unknown value \"{s}\" (allowed: {string.Join(", ", values.Keys)})");
        return t;
    }

    /// <summary>
    /// The `patterns` array of a tagger file: `{id, kind, regex}` entries with unique ids, kinds from
    /// <paramref name="kinds"/>, and `{name}` placeholders filled from <paramref name="lexicons"/>.
    /// </summary>
    public List<(string Id, T Kind, Regex Regex)> KindPatterns<T>(IReadOnlyDictionary<string, string> lexicons, IReadOnlyDictionary<string, T> kinds)
    {
        var patterns = new List<(string, T, Regex)>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (item, where) in Array(Root, "patterns", "root"))
        {
            CheckKeys(item, where, ["id", "kind", "regex", "_comment"], ["id", "kind", "regex"]);
            var id = Str(item, "id", where);
            if (!ids.Add(id)) Fail(where, $"duplicate id \"{id}\"");
            var kind = Enum(item, "kind", where, kinds);
            var src = Regex.Replace(Str(item, "regex", where), @"\{([a-z_]+)\}", m =>
                lexicons.TryGetValue(m.Groups[1].Value, out var v) ? "(?:" + v + ")" : throw new RuleFileException(File, $"{where}: unknown placeholder {{{m.Groups[1].Value}}}"));
            Regex regex;
            try { regex = new Regex(src, RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture); }
            catch (ArgumentException) { throw new RuleFileException(File, $"{where}: key \"regex\" is not a valid regular expression"); }
            patterns.Add((id, kind, regex));
        }
        return patterns;
    }

    public void Fail(string where, string message) => throw new RuleFileException(File, $"{where}: {message}");
}
