using System.Text.Json;
using System.Text.Json.Nodes;
using NoteCheck.Core;

namespace NoteCheck.Text.Evaluation;

/// <summary>One line of `notecheck assert` input, or of an assertion corpus (contract §6) with its gold answer.</summary>
public sealed record AssertionItem(JsonNode? Id, string Text, string Target, int? Start, int? End, string? Section, Assertion? Gold, string? Split);

/// <summary>Reads assertion lines and answers them with a <see cref="ContextAnalyzer"/>.</summary>
public static class AssertionCorpus
{
    /// <summary>Parses one JSONL line; null with an error message when it is not an assertion line.</summary>
    public static AssertionItem? Parse(string line, out string? error)
    {
        error = null;
        JsonObject? o;
        try { o = JsonNode.Parse(line) as JsonObject; }
        catch (JsonException) { error = "not valid JSON"; return null; }
        if (o is null) { error = "not a JSON object"; return null; }
        var text = Str(o, "text");
        var target = Str(o, "target");
        if (text is null || target is null) { error = "missing \"text\" or \"target\""; return null; }
        var gold = Str(o, "assertion");
        Assertion? g = null;
        if (gold is not null && (g = AssertionNames.Parse(gold)) is null) { error = "unknown assertion"; return null; }
        return new AssertionItem(o["id"]?.DeepClone(), text, target, Int(o, "start"), Int(o, "end"), Str(o, "section"), g, Str(o, "split"));
    }

    /// <summary>Answers an item: null when the target does not occur in the text.</summary>
    public static AssertionResult? Answer(ContextAnalyzer analyzer, AssertionItem item)
    {
        int s, e;
        if (item.Start is { } st && item.End is { } en && st >= 0 && en <= item.Text.Length && st < en) { s = st; e = en; }
        else if (TargetLocator.Find(item.Text, item.Target) is { } found) (s, e) = found;
        else return null;
        return analyzer.Assert(item.Text, s, e, item.Section);
    }

    public static IEnumerable<AssertionItem> ReadFile(string path)
    {
        var n = 0;
        foreach (var line in File.ReadLines(path))
        {
            n++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var item = Parse(line, out var error);
            if (item is null) throw new InvalidDataException($"{Path.GetFileName(path)} line {n}: {error}");
            yield return item;
        }
    }

    private static string? Str(JsonObject o, string key) => o[key] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
    private static int? Int(JsonObject o, string key) => o[key] is JsonValue v && v.TryGetValue<int>(out var i) ? i : null;
}
