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

    private const int StackLimit = 1024;

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
            return now.Predict(folded, features.AsSpan(0, count), areaIds);
        }
        finally
        {
            ArrayPool<AreaFeature>.Shared.Return(features);
        }
    }

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
