using System.Text.RegularExpressions;
using NoteCheck.Findings.Rules;

namespace NoteCheck.Findings;

/// <summary>
/// Skips rules whose regex cannot match a sentence: each rule's pattern, requires and unless get the
/// literals one of which any match must contain (<see cref="RequiredLiterals"/>, derived at load from the
/// regex itself, nothing to write in the rule files), and one scan of the sentence finds which literals it holds.
/// A regex with no derivable literal always runs.
/// </summary>
public sealed class RulePrefilter
{
    private readonly KeywordScanner _scanner;
    private readonly int _keywordCount;
    // Per rule: keyword ids, one of which the regex needs; null = no filter (always run).
    private readonly int[]?[] _pattern;
    private readonly int[]?[] _requires;
    private readonly int[]?[] _unless;

    public RulePrefilter(IReadOnlyList<FindingRule> rules)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        int[]? Ids(Regex? regex)
        {
            if (regex is null || RequiredLiterals.Of(regex) is not { } literals) return null;
            return [.. literals.Select(l => ids.TryGetValue(l, out var id) ? id : ids[l] = ids.Count)];
        }
        _pattern = [.. rules.Select(r => Ids(r.Pattern))];
        _requires = [.. rules.Select(r => Ids(r.Requires))];
        _unless = [.. rules.Select(r => Ids(r.Unless))];
        _keywordCount = ids.Count;
        _scanner = new KeywordScanner([.. ids.OrderBy(p => p.Value).Select(p => p.Key)]);
    }

    /// <summary>How many rules' patterns have a literal filter (for the benchmarks' report).</summary>
    public int FilteredPatterns => _pattern.Count(p => p is not null);

    /// <summary>Per-call scratch state: which keywords the current sentence holds. Not shared between threads.</summary>
    public SentenceKeywords Start() => new(this);

    public sealed class SentenceKeywords(RulePrefilter filter)
    {
        private readonly int[] _seen = new int[filter._keywordCount];
        private int _stamp;

        /// <summary>Scans the next sentence.</summary>
        public void Load(ReadOnlySpan<char> text)
        {
            _stamp++;
            filter._scanner.Scan(text, _seen, _stamp);
        }

        /// <summary>False when rule <paramref name="index"/>'s pattern or requires provably cannot match the sentence.</summary>
        public bool MayMatch(int index) => Holds(filter._pattern[index]) && Holds(filter._requires[index]);

        /// <summary>False when rule <paramref name="index"/>'s unless provably cannot match the sentence.</summary>
        public bool UnlessMayMatch(int index) => Holds(filter._unless[index]);

        private bool Holds(int[]? keywords)
        {
            if (keywords is null) return true;
            foreach (var id in keywords)
                if (_seen[id] == _stamp) return true;
            return false;
        }
    }
}
