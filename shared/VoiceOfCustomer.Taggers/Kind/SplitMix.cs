namespace VoiceOfCustomer.Taggers.Kind;

/// <summary>
/// SplitMix64, a tiny seeded generator written here so training shuffles the same way on every runtime and
/// machine (System.Random's sequence is not a documented contract).
/// </summary>
internal sealed class SplitMix(int seed)
{
    private ulong state = (ulong)seed;

    public ulong Next()
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public void Shuffle(int[] items)
    {
        for (var i = items.Length - 1; i > 0; i--)
        {
            var j = (int)(Next() % (ulong)(i + 1));
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
