namespace NoteCheck.Benchmarks.Generation;

/// <summary>
/// SplitMix64: a tiny PRNG whose sequence is fixed by its seed on every runtime and version,
/// so the generated packets (and so the benchmark inputs) never drift.
/// </summary>
public sealed class SeededRandom(ulong seed)
{
    private ulong _state = seed;

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>An integer in [min, max).</summary>
    public int Next(int min, int max) => min + (int)(NextUInt64() % (ulong)(max - min));

    public bool Chance(double p) => (NextUInt64() >> 11) * (1.0 / (1UL << 53)) < p;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(0, items.Count)];

    /// <summary>k distinct items, in the order they appear in the list.</summary>
    public List<T> PickSome<T>(IReadOnlyList<T> items, int k)
    {
        var chosen = new SortedSet<int>();
        k = Math.Min(k, items.Count);
        while (chosen.Count < k) chosen.Add(Next(0, items.Count));
        return chosen.Select(i => items[i]).ToList();
    }

    /// <summary>A new generator whose sequence depends only on this one's seed and a label.</summary>
    public SeededRandom Fork(int label) => new(NextUInt64() ^ (ulong)label * 0xD1B54A32D192ED03UL);
}
