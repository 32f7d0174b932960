namespace VoiceOfCustomer.Taggers.Taxonomy;

/// <summary>
/// Why the learned area model chose an area: the words (or, in a run of letters without spaces, the 3-grams) whose
/// features favour it most over its strongest rival (another taught area or "an area never taught"). Features come
/// word by word, so a word's features are neighbours and are summed in one pass, with no table.
/// </summary>
internal static class AreaWhy
{
    private const int WhyCount = 3;

    public static List<string> Strongest(
        AreaCounts now, ReadOnlySpan<char> folded, ReadOnlySpan<AreaFeature> features, ReadOnlySpan<bool> usable, ReadOnlySpan<double> normalizers, int best)
    {
        var slots = now.Areas.Length;
        var backgroundPerFeature = -Math.Log(now.Buckets);
        Span<(double Gain, int Start, int Length)> top = stackalloc (double, int, int)[WhyCount];
        top.Fill((0, 0, 0));
        var spanStart = -1;
        var spanLength = 0;
        var spanGain = 0.0;
        foreach (var feature in features)
        {
            var row = now.Counts.AsSpan(feature.Bucket * slots, slots);
            var rival = backgroundPerFeature;
            for (var s = 0; s < slots; s++)
            {
                if (usable[s] && s != best)
                {
                    rival = Math.Max(rival, AreaCounts.LogCount(row[s]) - normalizers[s]);
                }
            }

            var gain = AreaCounts.LogCount(row[best]) - normalizers[best] - rival;
            if (feature.Start != spanStart || feature.Length != spanLength)
            {
                Keep(top, folded, spanGain, spanStart, spanLength);
                (spanStart, spanLength, spanGain) = (feature.Start, feature.Length, 0);
            }

            spanGain += gain;
        }

        Keep(top, folded, spanGain, spanStart, spanLength);
        var why = new List<string>(WhyCount);
        foreach (var (gain, start, length) in top)
        {
            if (gain > 0)
            {
                why.Add(folded.Slice(start, length).ToString());
            }
        }

        return why;
    }

    // Keeps the strongest distinct spans, best first; the same words met again keep their larger gain.
    private static void Keep(Span<(double Gain, int Start, int Length)> top, ReadOnlySpan<char> folded, double gain, int start, int length)
    {
        if (start < 0 || gain <= 0)
        {
            return;
        }

        var words = folded.Slice(start, length);
        var at = top.Length - 1;
        for (var i = 0; i < top.Length; i++)
        {
            if (top[i].Gain > 0 && folded.Slice(top[i].Start, top[i].Length).SequenceEqual(words))
            {
                if (gain <= top[i].Gain)
                {
                    return;
                }

                at = i;
                break;
            }
        }

        if (gain <= top[at].Gain)
        {
            return;
        }

        top[at] = (gain, start, length);
        for (var i = at; i > 0 && top[i].Gain > top[i - 1].Gain; i--)
        {
            (top[i], top[i - 1]) = (top[i - 1], top[i]);
        }
    }
}
