namespace VoiceOfCustomer.Taggers.Similarity;

/// <summary>
/// The terms of folded text: each word cut to its first <see cref="StemLength"/> letters (truncation stemming, so
/// "invoice", "invoices" and "invoicing" are one term in English, French, Spanish, German or Portuguese alike), as a
/// 64-bit hash, counted. Words rather than character n-terms keep posting lists short enough for 100,000 requests.
/// </summary>
internal static class TermExtractor
{
    public const int StemLength = 5;

    /// <summary>How many term slots Extract needs for a folded text of this length.</summary>
    public static int Capacity(int foldedLength) => (foldedLength / 2) + 1;

    /// <summary>Writes the distinct terms (sorted) and their counts; returns how many there are.</summary>
    public static int Extract(ReadOnlySpan<char> folded, Span<long> keys, Span<int> counts)
    {
        var total = 0;
        foreach (var range in folded.Split(' '))
        {
            if (range.End.Value > range.Start.Value)
            {
                keys[total++] = Key(folded[range]);
            }
        }

        var all = keys[..total];
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

    /// <summary>The term of one folded word: FNV-1a over its first StemLength characters.</summary>
    public static long Key(ReadOnlySpan<char> word)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in word[..Math.Min(word.Length, StemLength)])
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return (long)hash;
    }
}
