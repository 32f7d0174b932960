namespace VoiceOfCustomer.Taggers.Kind;

/// <summary>
/// Turns a text into hashed features: word unigrams and bigrams, character 3- to 5-grams inside each word (with
/// word boundaries marked), and meta features (a question mark, an exclamation mark, the length, and which kinds'
/// phrases of the item's language matched, explicit requests aside). The text features share one value, 1/sqrt(count), so long and short
/// items weigh alike; meta features are worth 1. No allocation: the caller passes the buffers.
/// </summary>
internal static class KindFeatures
{
    public const int MaxWordForCharGrams = 24;

    public static readonly string[] MetaNames =
    [
        "has '?'", "has '!'", "up to 20 characters", "21-50 characters", "51-100 characters", "101-200 characters", "over 200 characters",
        .. KindPhrases.Categories.Take(KindPhrases.ExplicitFeatureRequest).Select(c => $"a {c} phrase"),
    ];

    private const int FirstPhraseMeta = 7;

    private const uint UnigramSeed = 2166136261;
    private const uint CharGramSeed = 0x9E3779B9;
    private const uint MetaSeed = 0x85EBCA6B;
    private const uint FnvPrime = 16777619;

    /// <summary>An upper bound on the features of a text this long (size the buffer with it).</summary>
    public static int Capacity(int textLength) => (4 * textLength) + 16;

    /// <summary>
    /// Folds the text into <paramref name="folded"/>, finds the phrases of its language (their ids in
    /// <paramref name="hits"/>, how many in <paramref name="hitCount"/>) and writes its features; returns how many.
    /// </summary>
    public static int Extract(ReadOnlySpan<char> text, string? language, KindPhrases phrases, Span<char> folded, Span<FeatureSpan> features, Span<int> hits, out int hitCount, int hashBits)
    {
        var count = Extract(text, folded, features, hashBits);
        hitCount = phrases.Match(folded[..text.Length], language, hits);
        var seen = 0;
        foreach (var id in hits[..hitCount])
        {
            // Explicit requests are not features: they decide on their own (KindClassifier), whatever the model learned.
            var category = phrases.Category(id);
            if (category != KindPhrases.ExplicitFeatureRequest && (seen & (1 << category)) == 0)
            {
                seen |= 1 << category;
                features[count++] = Meta(FirstPhraseMeta + category, hashBits);
            }
        }

        return count;
    }

    /// <summary>Folds the text into <paramref name="folded"/> and writes its text and form features; returns how many.</summary>
    private static int Extract(ReadOnlySpan<char> text, Span<char> folded, Span<FeatureSpan> features, int hashBits)
    {
        TextFold.Fold(text, folded);
        folded = folded[..text.Length];
        var count = 0;
        var previousHash = 0u;
        var previousStart = -1;
        var i = 0;
        while (i < folded.Length)
        {
            if (folded[i] == TextFold.Space)
            {
                i++;
                continue;
            }

            var start = i;
            while (i < folded.Length && folded[i] != TextFold.Space)
            {
                i++;
            }

            var word = folded[start..i];
            var wordHash = Hash(word, UnigramSeed);
            if (previousStart >= 0)
            {
                features[count++] = new FeatureSpan(Bucket(Mix(previousHash, wordHash), hashBits), previousStart, i - previousStart);
            }

            features[count++] = new FeatureSpan(Bucket(wordHash, hashBits), start, word.Length);
            count += CharGrams(word, start, features[count..], hashBits);
            previousHash = wordHash;
            previousStart = start;
        }

        count += MetaFeatures(text, features[count..], hashBits);
        return count;
    }

    /// <summary>The value each text feature of the item takes: 1/sqrt(how many), the meta features (at the end) aside.</summary>
    public static float TextValue(ReadOnlySpan<FeatureSpan> features)
    {
        var count = features.Length;
        while (count > 0 && features[count - 1].IsMeta)
        {
            count--;
        }

        return count == 0 ? 0 : 1 / MathF.Sqrt(count);
    }

    private static int CharGrams(ReadOnlySpan<char> word, int start, Span<FeatureSpan> features, int hashBits)
    {
        // The word between boundary marks: '<' + word + '>' (a long word keeps its first characters, without the end mark).
        var length = Math.Min(word.Length, MaxWordForCharGrams);
        var marked = length + (word.Length <= MaxWordForCharGrams ? 2 : 1);
        var count = 0;
        for (var from = 0; from + 3 <= marked; from++)
        {
            // The 3-, 4- and 5-gram starting here share their first characters: hash them in one pass.
            var hash = CharGramSeed;
            for (var k = from; k < from + 5 && k < marked; k++)
            {
                var c = k == 0 ? '<' : k == length + 1 ? '>' : word[k - 1];
                hash = (hash ^ c) * FnvPrime;
                if (k - from >= 2)
                {
                    features[count++] = new FeatureSpan(Bucket(hash ^ (uint)(k - from), hashBits), start, word.Length);
                }
            }
        }

        return count;
    }

    private static int MetaFeatures(ReadOnlySpan<char> text, Span<FeatureSpan> features, int hashBits)
    {
        var count = 0;
        if (text.IndexOfAny('?', '\uFF1F', '\u00BF') >= 0)
        {
            features[count++] = Meta(0, hashBits);
        }

        if (text.IndexOfAny('!', '\uFF01', '\u00A1') >= 0)
        {
            features[count++] = Meta(1, hashBits);
        }

        var lengthIndex = text.Length switch
        {
            <= 20 => 2,
            <= 50 => 3,
            <= 100 => 4,
            <= 200 => 5,
            _ => 6,
        };
        features[count++] = Meta(lengthIndex, hashBits);
        return count;
    }

    private static FeatureSpan Meta(int index, int hashBits) => FeatureSpan.Meta(Bucket(Mix(MetaSeed, (uint)index), hashBits), index);

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

    private static int Bucket(uint hash, int hashBits) => (int)((hash * 2654435769u) >> (32 - hashBits));
}
