namespace VoiceOfCustomer.Taggers.Taxonomy;

/// <summary>
/// Turns a folded text (see <see cref="TextFolding"/>) into the learned area model's hashed features: each word, each
/// pair of neighbouring words, and the character 3-grams inside each word with its boundaries marked, so inflections
/// ("facture", "factures") and scripts written without spaces (Chinese, Japanese) share features. No allocation: the
/// caller passes the buffer.
/// </summary>
internal static class AreaFeatures
{
    /// <summary>A word longer than this is a run of letters without spaces: its grams stand for themselves in the why.</summary>
    public const int LongestWord = 12;

    private const uint WordSeed = 2166136261;
    private const uint GramSeed = 0x9E3779B9;
    private const uint FnvPrime = 16777619;

    /// <summary>An upper bound on the features of a folded text this long (size the buffer with it).</summary>
    public static int Capacity(int foldedLength) => (3 * foldedLength) + 8;

    /// <summary>Writes the features of the folded text into <paramref name="features"/>; returns how many.</summary>
    public static int Extract(ReadOnlySpan<char> folded, Span<AreaFeature> features, int hashBits)
    {
        var count = 0;
        var previousHash = 0u;
        var previousStart = -1;
        var start = 0;
        for (var i = 0; i <= folded.Length; i++)
        {
            if (i < folded.Length && folded[i] != ' ')
            {
                continue;
            }

            if (i > start)
            {
                var word = folded[start..i];
                var wordHash = Hash(word, WordSeed);
                if (previousStart >= 0)
                {
                    features[count++] = new AreaFeature(Bucket(Mix(previousHash, wordHash), hashBits), previousStart, i - previousStart);
                }

                // The word, then its grams: a word's features are neighbours, which the why relies on.
                features[count++] = new AreaFeature(Bucket(wordHash, hashBits), start, word.Length);

                count += Grams(word, start, features[count..], hashBits);
                previousHash = wordHash;
                previousStart = start;
            }

            start = i + 1;
        }

        return count;
    }

    // '<' + word + '>', every 3 characters; a short word's grams point at the word, a long run's at the gram itself.
    private static int Grams(ReadOnlySpan<char> word, int start, Span<AreaFeature> features, int hashBits)
    {
        var marked = word.Length + 2;
        var count = 0;
        for (var from = 0; from + 3 <= marked; from++)
        {
            var hash = GramSeed;
            for (var k = from; k < from + 3; k++)
            {
                hash = (hash ^ (k == 0 ? '<' : k == marked - 1 ? '>' : word[k - 1])) * FnvPrime;
            }

            var (gramStart, gramLength) = word.Length <= LongestWord
                ? (start, word.Length)
                : (start + Math.Max(0, from - 1), Math.Min(from + 2, word.Length) - Math.Max(0, from - 1));
            features[count++] = new AreaFeature(Bucket(hash, hashBits), gramStart, gramLength);
        }

        return count;
    }

    private static uint Hash(ReadOnlySpan<char> chars, uint seed)
    {
        var hash = seed;
        foreach (var c in chars)
        {
            hash = (hash ^ c) * FnvPrime;
        }

        return hash;
    }

    private static uint Mix(uint first, uint second) => (first * 0x27D4EB2Du) ^ (second + 0x165667B1u + (first << 6) + (first >> 2));

    private static int Bucket(uint hash, int hashBits) => (int)((hash ^ (hash >> 15)) * 0x2C1B3C6Du >> (32 - hashBits));
}
