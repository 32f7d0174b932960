namespace VoiceOfCustomer.Taggers.Similarity;

/// <summary>One request in the index: its trigram ids (sorted, for binary search), their counts, and its norm.</summary>
internal sealed class IndexedRequest(Guid id, int[] grams, byte[] counts)
{
    public Guid Id { get; } = id;

    public int[] Grams { get; } = grams;

    public byte[] Counts { get; } = counts;

    public float Norm { get; set; }

    public bool IsLive { get; set; } = true;
}
