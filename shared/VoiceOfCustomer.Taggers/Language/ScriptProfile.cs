namespace VoiceOfCustomer.Taggers.Language;

/// <summary>
/// The n-gram profiles of the languages written in one script (Latin, Cyrillic, Arabic or Devanagari): a
/// naive Bayes model over the 1- to 4-grams of each word padded with spaces, the words being runs of that script's
/// letters, lower-cased. An n-gram a language does not list counts at that language's floor for its order.
/// </summary>
internal sealed class ScriptProfile(Script script, string[] languages, float[] floors, NgramTable ngrams)
{
    public const int MaxOrder = 4;

    public Script Script { get; } = script;

    /// <summary>The ISO 639-1 codes, in the order of the scores.</summary>
    public IReadOnlyList<string> Languages => languages;

    /// <summary>How long the scores span given to <see cref="Score"/> must be (padded for SIMD).</summary>
    public int ScoreLength => ngrams.ScoreLength;

    /// <summary>
    /// Sets each language's log-likelihood of the text into scores; returns how many n-grams counted, and in
    /// coverage their share of all the text's n-grams (low when the text is in no profiled language).
    /// </summary>
    public int Score(ReadOnlySpan<char> text, Span<float> scores, out double coverage)
    {
        Span<int> hits = stackalloc int[MaxOrder + 1];
        hits.Clear();
        scores.Clear();
        var window = 0UL;
        var length = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (UnicodeScripts.Of(c) == Script)
            {
                if (!inWord)
                {
                    window = ' ';
                    length = 1;
                    inWord = true;
                }

                Push(char.ToLowerInvariant(c), ref window, ref length, scores, hits);
            }
            else if (inWord)
            {
                Push(' ', ref window, ref length, scores, hits);
                inWord = false;
            }
        }

        if (inWord)
        {
            Push(' ', ref window, ref length, scores, hits);
        }

        var features = 0;
        for (var order = 1; order <= MaxOrder; order++)
        {
            features += hits[order];
            for (var language = 0; language < languages.Length; language++)
            {
                scores[language] += hits[order] * floors[(language * MaxOrder) + order - 1];
            }
        }

        coverage = hits[0] == 0 ? 0 : (double)features / hits[0];
        return features;
    }

    /// <summary>Scores the n-grams ending at c; hits[0] counts every n-gram, hits[order] those a profile lists.</summary>
    private void Push(char c, ref ulong window, ref int length, Span<float> scores, Span<int> hits)
    {
        window = (window << 16) | c;
        length = Math.Min(length + 1, MaxOrder);
        hits[0] += c == ' ' ? length - 1 : length;
        // An n-gram no language lists is the suffix of longer ones that none lists either (profiles keep the
        // most frequent n-grams, and a longer one is never more frequent than its suffix), so stop at the first miss.
        for (var order = c == ' ' ? 2 : 1; order <= length; order++)
        {
            var key = order == MaxOrder ? window : window & ((1UL << (16 * order)) - 1);
            if (!ngrams.AddWeights(key, scores))
            {
                break;
            }

            hits[order]++;
        }
    }
}
