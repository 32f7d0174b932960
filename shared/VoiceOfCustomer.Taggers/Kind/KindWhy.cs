namespace VoiceOfCustomer.Taggers.Kind;

/// <summary>
/// The words that pushed each learned kind up most: a word's unigram and all its character n-grams count as that
/// word, a bigram as its two words, a meta feature by its name; the top few per kind, read from the item's text.
/// </summary>
internal static class KindWhy
{
    public static IReadOnlyList<string>[] Strongest(KindModel model, string text, ReadOnlySpan<FeatureSpan> features, int top)
    {
        var kinds = model.Kinds.Length;
        var textValue = KindFeatures.TextValue(features);
        Span<float> bestScore = stackalloc float[kinds * top];
        Span<int> bestStart = stackalloc int[kinds * top];
        Span<int> bestLength = stackalloc int[kinds * top];
        bestScore.Clear();
        Span<float> sum = stackalloc float[kinds];
        var i = 0;
        while (i < features.Length)
        {
            // Features of one span (a word with its n-grams, a bigram, a meta feature) sit next to each other.
            var (start, length) = (features[i].Start, features[i].Length);
            sum.Clear();
            for (; i < features.Length && features[i].Start == start && features[i].Length == length; i++)
            {
                var row = model.Weights.AsSpan(features[i].Bucket * kinds, kinds);
                for (var k = 0; k < kinds; k++)
                {
                    sum[k] += row[k] * (features[i].IsMeta ? 1f : textValue);
                }
            }

            for (var k = 0; k < kinds; k++)
            {
                Insert(sum[k], start, length, bestScore.Slice(k * top, top), bestStart.Slice(k * top, top), bestLength.Slice(k * top, top));
            }
        }

        var why = new IReadOnlyList<string>[kinds];
        for (var k = 0; k < kinds; k++)
        {
            var list = new List<string>(top);
            for (var r = k * top; r < (k + 1) * top && bestScore[r] > 0; r++)
            {
                var words = bestStart[r] < 0 ? KindFeatures.MetaNames[-1 - bestStart[r]] : text.Substring(bestStart[r], bestLength[r]).ToLowerInvariant();
                if (!list.Contains(words))
                {
                    list.Add(words);
                }
            }

            why[k] = list;
        }

        return why;
    }

    private static void Insert(float score, int start, int length, Span<float> scores, Span<int> starts, Span<int> lengths)
    {
        var at = scores.Length;
        while (at > 0 && score > scores[at - 1])
        {
            at--;
        }

        if (at == scores.Length)
        {
            return;
        }

        for (var j = scores.Length - 1; j > at; j--)
        {
            (scores[j], starts[j], lengths[j]) = (scores[j - 1], starts[j - 1], lengths[j - 1]);
        }

        (scores[at], starts[at], lengths[at]) = (score, start, length);
    }
}
