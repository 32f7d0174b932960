using System.Buffers;
using VoiceOfCustomer.Taggers.Taxonomy;

namespace VoiceOfCustomer.Taggers.Similarity;

/// <summary>A text folded and cut into counted terms, in arrays borrowed from the shared pool until disposed.</summary>
internal sealed class QueryTerms : IDisposable
{
    private readonly long[] keys;
    private readonly int[] counts;

    private QueryTerms(string folded)
    {
        Folded = folded;
        var capacity = Math.Max(1, TermExtractor.Capacity(folded.Length));
        keys = ArrayPool<long>.Shared.Rent(capacity);
        counts = ArrayPool<int>.Shared.Rent(capacity);
        Count = TermExtractor.Extract(folded, keys, counts);
    }

    public string Folded { get; }

    public int Count { get; }

    public Span<long> Keys => keys.AsSpan(0, Count);

    public Span<int> Counts => counts.AsSpan(0, Count);

    public static QueryTerms Of(string text) => new(TextFolding.Fold(text));

    public void Dispose()
    {
        ArrayPool<long>.Shared.Return(keys);
        ArrayPool<int>.Shared.Return(counts);
    }
}
