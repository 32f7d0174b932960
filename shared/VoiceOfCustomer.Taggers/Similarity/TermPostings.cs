namespace VoiceOfCustomer.Taggers.Similarity;

/// <summary>
/// The requests holding one term: their slots and how often each holds it (removed requests stay until the next
/// compaction, skipped at query time), and how many live requests hold it (the document frequency).
/// </summary>
internal sealed class TermPostings
{
    private int[] slots = new int[2];
    private byte[] counts = new byte[2];

    public int Count { get; private set; }

    public int DocumentFrequency { get; set; }

    public ReadOnlySpan<int> Slots => slots.AsSpan(0, Count);

    public ReadOnlySpan<byte> Counts => counts.AsSpan(0, Count);

    public void Add(int slot, byte count)
    {
        if (Count == slots.Length)
        {
            Array.Resize(ref slots, Count * 2);
            Array.Resize(ref counts, Count * 2);
        }

        slots[Count] = slot;
        counts[Count] = count;
        Count++;
    }

    public void Clear() => Count = 0;
}
