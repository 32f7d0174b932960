namespace VoiceOfCustomer.Taggers.Similarity;

/// <summary>
/// Why two texts matched, in words: the query's words whose trigrams (mostly) appear in the request, rarest first,
/// since a shared rare word ("saml") says more than a shared common one ("data").
/// </summary>
internal static class SharedWords
{
    private const double MinimumSharedShare = 0.6;

    public static IReadOnlyList<string> Explain(string folded, IndexedRequest request, InvertedTrigramIndex index, int max)
    {
        var words = new List<(string Word, float Rarity)>();
        foreach (var word in folded.Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal))
        {
            var shared = 0;
            var rarity = 0f;
            for (var i = 0; i < word.Length; i++)
            {
                var gram = index.GramId(TrigramExtractor.Key(i == 0 ? ' ' : word[i - 1], word[i], i == word.Length - 1 ? ' ' : word[i + 1]));
                if (gram >= 0 && Array.BinarySearch(request.Grams, gram) >= 0)
                {
                    shared++;
                    rarity += index.Idf(index.DocumentFrequency(gram));
                }
            }

            if (shared >= MinimumSharedShare * word.Length)
            {
                words.Add((word, rarity / word.Length));
            }
        }

        return [.. words.OrderByDescending(w => w.Rarity).Take(max).Select(w => w.Word)];
    }
}
