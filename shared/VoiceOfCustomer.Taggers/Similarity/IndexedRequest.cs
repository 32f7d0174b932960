namespace VoiceOfCustomer.Taggers.Similarity;

/// <summary>One request in the index: its term ids (sorted, for binary search), their counts, and its norm.</summary>
internal sealed class IndexedRequest(Guid id, int[] terms, byte[] counts)
{
    public Guid Id { get; } = id;

    public int[] Terms { get; } = terms;

    public byte[] Counts { get; } = counts;

    public float Norm { get; set; }

    public bool IsLive { get; set; } = true;
}
