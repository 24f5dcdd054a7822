using NoteCheck.Findings.Rules;

namespace NoteCheck.Findings;

/// <summary>
/// Finds which of many folded literal keywords occur in a text in one pass (Aho-Corasick automaton),
/// folding the text's characters with <see cref="RequiredLiterals.Fold"/> on the fly.
/// </summary>
public sealed class KeywordScanner
{
    private readonly Dictionary<char, int>[] _next;
    private readonly int[] _fail;
    private readonly int[][] _found; // keyword ids ending at each state, those of its failure chain included

    public KeywordScanner(IReadOnlyList<string> keywords)
    {
        var next = new List<Dictionary<char, int>> { new() };
        var own = new List<List<int>> { new() };
        for (var id = 0; id < keywords.Count; id++)
        {
            var state = 0;
            foreach (var c in keywords[id])
            {
                if (!next[state].TryGetValue(c, out var to))
                {
                    to = next.Count;
                    next.Add(new Dictionary<char, int>());
                    own.Add([]);
                    next[state][c] = to;
                }
                state = to;
            }
            own[state].Add(id);
        }
        _next = [.. next];
        _fail = new int[_next.Length];
        _found = new int[_next.Length][];
        _found[0] = [.. own[0]];
        // Breadth first, so a state's failure target is complete before the state itself.
        var queue = new Queue<int>();
        foreach (var to in _next[0].Values) { _fail[to] = 0; queue.Enqueue(to); }
        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
            _found[state] = [.. own[state].Concat(_found[_fail[state]]).Distinct()];
            foreach (var (c, to) in _next[state])
            {
                var f = _fail[state];
                while (f != 0 && !_next[f].ContainsKey(c)) f = _fail[f];
                _fail[to] = _next[f].TryGetValue(c, out var t) && t != to ? t : 0;
                queue.Enqueue(to);
            }
        }
    }

    /// <summary>Sets <c>seen[id] = stamp</c> for every keyword found in <paramref name="text"/>.</summary>
    public void Scan(ReadOnlySpan<char> text, int[] seen, int stamp)
    {
        var state = 0;
        foreach (var raw in text)
        {
            var c = RequiredLiterals.Fold(raw);
            while (true)
            {
                if (_next[state].TryGetValue(c, out var to)) { state = to; break; }
                if (state == 0) break;
                state = _fail[state];
            }
            foreach (var id in _found[state]) seen[id] = stamp;
        }
    }
}
