namespace NoteCheck.Text;

/// <summary>
/// Token-level phrase lookup: phrases are tokenized once into a trie of lower-cased token strings,
/// and a text is matched by walking tokens, so matching costs one dictionary step per token
/// instead of one regex per rule.
/// </summary>
public sealed class PhraseMatcher<T>
{
    private sealed class Node
    {
        public Dictionary<string, Node>? Next;
        public T? Value;
        public bool HasValue;
    }

    private readonly Node _root = new();

    public int MaxTokens { get; private set; }

    /// <summary>Adds a phrase; returns false when the same phrase was already added (the first wins).</summary>
    public bool Add(string phrase, T value)
    {
        var tokens = Tokenizer.Default.Tokenize(phrase);
        if (tokens.Count == 0) return false;
        var node = _root;
        foreach (var t in tokens)
        {
            var key = phrase[t.Start..t.End].ToLowerInvariant();
            node.Next ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Next.TryGetValue(key, out var child)) node.Next[key] = child = new Node();
            node = child;
        }
        MaxTokens = Math.Max(MaxTokens, tokens.Count);
        if (node.HasValue) return false;
        node.Value = value;
        node.HasValue = true;
        return true;
    }

    /// <summary>Longest phrase starting at token <paramref name="at"/> of <paramref name="words"/> (lower-cased token strings).</summary>
    public bool TryMatch(IReadOnlyList<string> words, int at, out int length, out T value) =>
        TryMatch(words, at, int.MaxValue, out length, out value);

    /// <summary>Longest phrase of at most <paramref name="maxLength"/> tokens starting at token <paramref name="at"/>.</summary>
    public bool TryMatch(IReadOnlyList<string> words, int at, int maxLength, out int length, out T value)
    {
        length = 0;
        value = default!;
        var node = _root;
        var stop = (int)Math.Min(words.Count, (long)at + maxLength);
        for (var i = at; i < stop && node.Next is not null; i++)
        {
            if (!node.Next.TryGetValue(words[i], out node)) break;
            if (node.HasValue) { length = i - at + 1; value = node.Value!; }
        }
        return length > 0;
    }
}
