namespace VoiceOfCustomer.Taggers.Taxonomy;

/// <summary>
/// What the learned area model has counted: the areas corrections named (one slot each, in the order first named),
/// how many corrections and features each has, and how often each hashed feature came with each area, laid out bucket
/// by bucket (every slot of a bucket side by side, so scoring reads one cache line per feature). A new area means a
/// new, larger instance; counts of known areas grow in place under the learner's lock (ints, so a reader sees each
/// count whole). Scores a text's features against them (<see cref="Predict"/>).
/// </summary>
internal sealed class AreaCounts
{
    // log(count + smoothing) for the counts most buckets hold, computed once.
    private static readonly float[] LogCounts = [.. Enumerable.Range(0, 4096).Select(c => (float)Math.Log(c + AreaLearner.Smoothing))];

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

    /// <summary>The log of a count plus the smoothing, as naive Bayes reads it.</summary>
    public static double LogCount(int count) => count < LogCounts.Length ? LogCounts[count] : Math.Log(count + AreaLearner.Smoothing);

    public static AreaCounts Empty(int hashBits) => new(hashBits, [], [], [], []);

    public int SlotOf(string areaId) => Array.IndexOf(Areas, areaId);

    /// <summary>
    /// Naive Bayes over the taught areas that <paramref name="areaIds"/> still has, against the background class; null
    /// when none of them was taught or the background is the most probable.
    /// </summary>
    public AreaPrediction? Predict(ReadOnlySpan<char> folded, ReadOnlySpan<AreaFeature> features, IReadOnlySet<string> areaIds)
    {
        var slots = Areas.Length;
        Span<double> scores = stackalloc double[slots];
        Span<double> normalizers = stackalloc double[slots];
        Span<bool> usable = stackalloc bool[slots];
        for (var s = 0; s < slots; s++)
        {
            usable[s] = Corrections[s] > 0 && areaIds.Contains(Areas[s]);
            normalizers[s] = Math.Log(FeatureTotals[s] + (AreaLearner.Smoothing * Buckets));
        }

        foreach (var feature in features)
        {
            var row = Counts.AsSpan(feature.Bucket * slots, slots);
            for (var s = 0; s < slots; s++)
            {
                scores[s] += LogCount(row[s]);
            }
        }

        // The background spreads its probability evenly over every bucket.
        var background = -features.Length * Math.Log(Buckets);
        var best = -1;
        for (var s = 0; s < slots; s++)
        {
            scores[s] -= features.Length * normalizers[s];
            if (usable[s] && (best < 0 || scores[s] > scores[best]))
            {
                best = s;
            }
        }

        if (best < 0 || scores[best] <= background)
        {
            return null;
        }

        // A text's features are far from independent (a word, its pairs and its 3-grams say the same thing), so naive
        // Bayes would be sure of everything: the log-likelihoods are divided by the square root of their number first.
        var temperature = Math.Max(1, Math.Sqrt(features.Length));
        var total = Math.Exp((background - scores[best]) / temperature);
        for (var s = 0; s < slots; s++)
        {
            total += usable[s] ? Math.Exp((scores[s] - scores[best]) / temperature) : 0;
        }

        // The why costs a second pass: only for an answer that will be used (trusted and sure enough).
        var probability = Math.Round(1 / total, 3);
        var used = Corrections[best] >= AreaLearner.MinCorrections && probability >= AreaLearner.MinProbability;
        return new AreaPrediction(Areas[best], probability, Corrections[best], used ? AreaWhy.Strongest(this, folded, features, usable, normalizers, best) : []);
    }

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
