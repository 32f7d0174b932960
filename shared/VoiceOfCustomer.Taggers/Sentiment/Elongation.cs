namespace VoiceOfCustomer.Taggers.Sentiment;

/// <summary>
/// Undoes the stretching people type for emphasis ("soooo", "LAAAME", "=((("), so that the word is found in the
/// lexicon: runs of three or more of the same character are cut to two ("goood" is "good"), then to one.
/// </summary>
internal static class Elongation
{
    public const int LongestWord = 64;

    public static bool HasRun(ReadOnlySpan<char> word)
    {
        for (var i = 2; i < word.Length; i++)
        {
            if (word[i] == word[i - 1] && word[i] == word[i - 2])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Copies <paramref name="word"/> into <paramref name="buffer"/> with no run longer than <paramref name="longestRun"/>.</summary>
    public static ReadOnlySpan<char> Collapse(ReadOnlySpan<char> word, Span<char> buffer, int longestRun)
    {
        var length = 0;
        var run = 0;
        for (var i = 0; i < word.Length && length < buffer.Length; i++)
        {
            run = i > 0 && char.ToLowerInvariant(word[i]) == char.ToLowerInvariant(word[i - 1]) ? run + 1 : 1;
            if (run <= longestRun)
            {
                buffer[length++] = word[i];
            }
        }

        return buffer[..length];
    }
}
