namespace VoiceOfCustomer.Taggers.Similarity;

/// <summary>
/// The character trigrams of folded text with a space at each end (so "pdf" gives " pd", "pdf", "df "), as 48-bit
/// keys (three 16-bit chars, no hashing, so no collisions), counted.
/// </summary>
internal static class TrigramExtractor
{
    /// <summary>How many trigram slots Extract needs for a folded text of this length.</summary>
    public static int Capacity(int foldedLength) => foldedLength;

    /// <summary>Writes the distinct trigrams (sorted) and their counts; returns how many there are.</summary>
    public static int Extract(ReadOnlySpan<char> folded, Span<long> keys, Span<int> counts)
    {
        if (folded.IsEmpty)
        {
            return 0;
        }

        for (var i = 0; i < folded.Length; i++)
        {
            var first = i == 0 ? ' ' : folded[i - 1];
            var last = i == folded.Length - 1 ? ' ' : folded[i + 1];
            keys[i] = Key(first, folded[i], last);
        }

        var all = keys[..folded.Length];
        all.Sort();
        var distinct = 0;
        for (var i = 0; i < all.Length; i++)
        {
            if (distinct > 0 && keys[distinct - 1] == all[i])
            {
                counts[distinct - 1]++;
                continue;
            }

            keys[distinct] = all[i];
            counts[distinct] = 1;
            distinct++;
        }

        return distinct;
    }

    public static long Key(char first, char middle, char last) => ((long)first << 32) | ((long)middle << 16) | last;
}
