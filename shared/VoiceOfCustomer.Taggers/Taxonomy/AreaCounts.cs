namespace VoiceOfCustomer.Taggers.Taxonomy;

/// <summary>
/// What the learned area model has counted: the areas corrections named (one slot each, in the order first named),
/// how many corrections and features each has, and how often each hashed feature came with each area, laid out bucket
/// by bucket (every slot of a bucket side by side, so scoring reads one cache line per feature). A new area means a
/// new, larger instance; counts of known areas grow in place under the learner's lock (ints, so a reader sees each
/// count whole).
/// </summary>
internal sealed class AreaCounts
{
    public AreaCounts(int hashBits, string[] areas, int[] corrections, long[] featureTotals, int[] counts)
    {
        if (corrections.Length != areas.Length || featureTotals.Length != areas.Length || counts.Length != (1 << hashBits) * areas.Length)
        {
            throw new ArgumentException("the corrections, totals and counts do not match the hash size and the areas");
        }

        HashBits = hashBits;
        Areas = areas;
        Corrections = corrections;
        FeatureTotals = featureTotals;
        Counts = counts;
    }

    public int HashBits { get; }

    public int Buckets => 1 << HashBits;

    /// <summary>The area id of each slot.</summary>
    public string[] Areas { get; }

    /// <summary>How many corrections named the area of each slot.</summary>
    public int[] Corrections { get; }

    /// <summary>How many features those corrections' texts had, per slot.</summary>
    public long[] FeatureTotals { get; }

    /// <summary>Bucket-major: the count of slot s for bucket b is at b * Areas.Length + s.</summary>
    public int[] Counts { get; }

    public static AreaCounts Empty(int hashBits) => new(hashBits, [], [], [], []);

    public int SlotOf(string areaId) => Array.IndexOf(Areas, areaId);

    /// <summary>A copy with one more slot, for an area named for the first time.</summary>
    public AreaCounts WithArea(string areaId)
    {
        var slots = Areas.Length;
        var counts = new int[Buckets * (slots + 1)];
        for (var b = 0; b < Buckets; b++)
        {
            Array.Copy(Counts, b * slots, counts, b * (slots + 1), slots);
        }

        return new AreaCounts(HashBits, [.. Areas, areaId], [.. Corrections, 0], [.. FeatureTotals, 0], counts);
    }
}
