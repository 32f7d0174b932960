using System.Buffers;

namespace VoiceOfCustomer.Taggers.Taxonomy;

/// <summary>
/// The area model learned from corrections: multinomial naive Bayes over hashed word, word-pair and character 3-gram
/// features, one class per area a correction named, against a background class ("an area it was never taught", every
/// feature equally likely) so a text unlike anything taught is not forced into a taught area. Each correction adds
/// its counts (<see cref="Learn"/>), so learning is exact and incremental; saved and loaded whole
/// (<see cref="Save"/>, <see cref="Load"/>). Load once and share: predicting is lock-free, learning is serialized.
/// </summary>
public sealed class AreaLearner
{
    /// <summary>Corrections an area needs before the model's answer for it is trusted over the phrases (docs/tagging/areas.md).</summary>
    public const int MinCorrections = 3;

    /// <summary>Probability at or above which a trusted area of the model wins over the phrases.</summary>
    public const double MinProbability = 0.7;

    /// <summary>Additive smoothing of every count (small: a feature seen once with an area already says a lot).</summary>
    public const double Smoothing = 0.1;

    public const int DefaultHashBits = 16;

    private const int WhyCount = 3;
    private const int StackLimit = 1024;
    private static readonly float[] LogCounts = [.. Enumerable.Range(0, 4096).Select(c => (float)Math.Log(c + Smoothing))];

    private readonly Lock learning = new();
    private volatile AreaCounts counts;

    public AreaLearner(int hashBits = DefaultHashBits)
        : this(AreaCounts.Empty(hashBits))
    {
    }

    internal AreaLearner(AreaCounts counts) => this.counts = counts;

    /// <summary>How many corrections have named this area.</summary>
    public int Corrections(string areaId)
    {
        var now = counts;
        var slot = now.SlotOf(areaId);
        return slot < 0 ? 0 : now.Corrections[slot];
    }

    /// <summary>Whether the model has enough corrections of this area (<see cref="MinCorrections"/>) for its answer to count.</summary>
    public bool Trusts(string areaId) => Corrections(areaId) >= MinCorrections;

    /// <summary>Whether any of these areas has enough corrections to be trusted (else predicting is not worth it).</summary>
    public bool TrustsAny(IReadOnlySet<string> areaIds)
    {
        ArgumentNullException.ThrowIfNull(areaIds);
        var now = counts;
        for (var s = 0; s < now.Areas.Length; s++)
        {
            if (now.Corrections[s] >= MinCorrections && areaIds.Contains(now.Areas[s]))
            {
                return true;
            }
        }

        return false;
    }

    public static AreaLearner Load(Stream stream) => new(AreaModelFile.Read(stream));

    /// <summary>Writes every count learned so far.</summary>
    public void Save(Stream stream)
    {
        lock (learning)
        {
            AreaModelFile.Write(counts, stream);
        }
    }

    /// <summary>
    /// Learns that <paramref name="text"/> is about <paramref name="areaId"/>, which must be an area of
    /// <paramref name="taxonomy"/> (the one in use when the correction was made).
    /// </summary>
    public void Learn(string text, string areaId, ProductTaxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(taxonomy);
        if (taxonomy.Areas.All(a => a.Id != areaId))
        {
            throw new ArgumentException($"the taxonomy (version {taxonomy.Version}) has no area '{areaId}'", nameof(areaId));
        }

        var folded = ArrayPool<char>.Shared.Rent(TextFolding.MaxFoldedLength(text.Length));
        try
        {
            var length = TextFolding.Fold(text, folded);
            var features = ArrayPool<AreaFeature>.Shared.Rent(AreaFeatures.Capacity(length));
            try
            {
                var count = AreaFeatures.Extract(folded.AsSpan(0, length), features, counts.HashBits);
                lock (learning)
                {
                    Add(areaId, features.AsSpan(0, count));
                }
            }
            finally
            {
                ArrayPool<AreaFeature>.Shared.Return(features);
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(folded);
        }
    }

    /// <summary>
    /// The most probable taught area for a text, among those <paramref name="areaIds"/> still has, or null when none
    /// of them was taught or "an area never taught" is the most probable.
    /// </summary>
    public AreaPrediction? Predict(string text, IReadOnlySet<string> areaIds)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rented = text.Length > StackLimit ? ArrayPool<char>.Shared.Rent(TextFolding.MaxFoldedLength(text.Length)) : null;
        try
        {
            var buffer = rented is null ? stackalloc char[TextFolding.MaxFoldedLength(text.Length)] : rented;
            var length = TextFolding.Fold(text, buffer);
            return Predict(buffer[..length], areaIds);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>As <see cref="Predict(string, IReadOnlySet{string})"/>, on a text already folded by <see cref="TextFolding"/>.</summary>
    internal AreaPrediction? Predict(ReadOnlySpan<char> folded, IReadOnlySet<string> areaIds)
    {
        var now = counts;
        if (now.Areas.Length == 0 || folded.IsEmpty)
        {
            return null;
        }

        var features = ArrayPool<AreaFeature>.Shared.Rent(AreaFeatures.Capacity(folded.Length));
        try
        {
            var count = AreaFeatures.Extract(folded, features, now.HashBits);
            return Predict(now, folded, features.AsSpan(0, count), areaIds);
        }
        finally
        {
            ArrayPool<AreaFeature>.Shared.Return(features);
        }
    }

    private static AreaPrediction? Predict(AreaCounts now, ReadOnlySpan<char> folded, ReadOnlySpan<AreaFeature> features, IReadOnlySet<string> areaIds)
    {
        var slots = now.Areas.Length;
        Span<double> scores = stackalloc double[slots];
        Span<double> normalizers = stackalloc double[slots];
        Span<bool> usable = stackalloc bool[slots];
        for (var s = 0; s < slots; s++)
        {
            usable[s] = now.Corrections[s] > 0 && areaIds.Contains(now.Areas[s]);
            normalizers[s] = Math.Log(now.FeatureTotals[s] + (Smoothing * now.Buckets));
        }

        foreach (var feature in features)
        {
            var row = now.Counts.AsSpan(feature.Bucket * slots, slots);
            for (var s = 0; s < slots; s++)
            {
                scores[s] += LogCount(row[s]);
            }
        }

        // The background spreads its probability evenly over every bucket.
        var background = -features.Length * Math.Log(now.Buckets);
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
        var used = now.Corrections[best] >= MinCorrections && probability >= MinProbability;
        return new AreaPrediction(now.Areas[best], probability, now.Corrections[best], used ? Why(now, folded, features, usable, normalizers, best) : []);
    }

    // The words (or grams of a run without spaces) whose features favour the best area most over its strongest rival.
    // Features come word by word, so each word's (or gram's) features are neighbours: summed in one pass, no table.
    private static List<string> Why(
        AreaCounts now, ReadOnlySpan<char> folded, ReadOnlySpan<AreaFeature> features, ReadOnlySpan<bool> usable, ReadOnlySpan<double> normalizers, int best)
    {
        var slots = now.Areas.Length;
        var backgroundPerFeature = -Math.Log(now.Buckets);
        Span<(double Gain, int Start, int Length)> top = stackalloc (double, int, int)[WhyCount];
        top.Fill((0, 0, 0));
        var spanStart = -1;
        var spanLength = 0;
        var spanGain = 0.0;
        foreach (var feature in features)
        {
            var row = now.Counts.AsSpan(feature.Bucket * slots, slots);
            var rival = backgroundPerFeature;
            for (var s = 0; s < slots; s++)
            {
                if (usable[s] && s != best)
                {
                    rival = Math.Max(rival, LogCount(row[s]) - normalizers[s]);
                }
            }

            var gain = LogCount(row[best]) - normalizers[best] - rival;
            if (feature.Start != spanStart || feature.Length != spanLength)
            {
                Keep(top, folded, spanGain, spanStart, spanLength);
                (spanStart, spanLength, spanGain) = (feature.Start, feature.Length, 0);
            }

            spanGain += gain;
        }

        Keep(top, folded, spanGain, spanStart, spanLength);
        var why = new List<string>(WhyCount);
        foreach (var (gain, start, length) in top)
        {
            if (gain > 0)
            {
                why.Add(folded.Slice(start, length).ToString());
            }
        }

        return why;
    }

    // Keeps the strongest distinct spans, best first; the same words met again keep their larger gain.
    private static void Keep(Span<(double Gain, int Start, int Length)> top, ReadOnlySpan<char> folded, double gain, int start, int length)
    {
        if (start < 0 || gain <= 0)
        {
            return;
        }

        var words = folded.Slice(start, length);
        var at = top.Length - 1;
        for (var i = 0; i < top.Length; i++)
        {
            if (top[i].Gain > 0 && folded.Slice(top[i].Start, top[i].Length).SequenceEqual(words))
            {
                if (gain <= top[i].Gain)
                {
                    return;
                }

                at = i;
                break;
            }
        }

        if (gain <= top[at].Gain)
        {
            return;
        }

        top[at] = (gain, start, length);
        for (var i = at; i > 0 && top[i].Gain > top[i - 1].Gain; i--)
        {
            (top[i], top[i - 1]) = (top[i - 1], top[i]);
        }
    }

    private static double LogCount(int count) => count < LogCounts.Length ? LogCounts[count] : Math.Log(count + Smoothing);

    private void Add(string areaId, ReadOnlySpan<AreaFeature> features)
    {
        var slot = counts.SlotOf(areaId);
        if (slot < 0)
        {
            counts = counts.WithArea(areaId);
            slot = counts.Areas.Length - 1;
        }

        var now = counts;
        var slots = now.Areas.Length;
        foreach (var feature in features)
        {
            now.Counts[(feature.Bucket * slots) + slot]++;
        }

        now.FeatureTotals[slot] += features.Length;
        now.Corrections[slot]++;
    }
}
