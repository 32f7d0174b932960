namespace VoiceOfCustomer.Taggers.Similarity;

/// <summary>
/// Why two texts matched, in words: the query's words whose term is in the request, rarest first, since a shared
/// rare word ("saml") says more than a shared common one ("data").
/// </summary>
internal static class SharedWords
{
    public static IReadOnlyList<string> Explain(string folded, IndexedRequest request, InvertedTermIndex index, int max)
    {
        var words = new List<(string Word, float Rarity)>();
        foreach (var word in folded.Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal))
        {
            var term = index.TermId(TermExtractor.Key(word));
            if (term >= 0 && Array.BinarySearch(request.Terms, term) >= 0)
            {
                words.Add((word, index.Idf(index.DocumentFrequency(term))));
            }
        }

        return [.. words.OrderByDescending(w => w.Rarity).Take(max).Select(w => w.Word)];
    }
}
