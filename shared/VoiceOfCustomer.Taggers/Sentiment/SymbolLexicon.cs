namespace VoiceOfCustomer.Taggers.Sentiment;

/// <summary>
/// Sentiment that needs no language: emoticons as typed (":-)", "&lt;3", ":D" or ":d") and emoji by code point.
/// </summary>
internal sealed class SymbolLexicon(Dictionary<string, float> emoticons, Dictionary<int, float> emoji)
{
    private readonly Dictionary<string, float>.AlternateLookup<ReadOnlySpan<char>> emoticons = emoticons.GetAlternateLookup<ReadOnlySpan<char>>();

    public float Emoticon(ReadOnlySpan<char> token)
    {
        if (emoticons.TryGetValue(token, out var valence))
        {
            return valence;
        }

        if (token.Length > Elongation.LongestWord || !Elongation.HasRun(token))
        {
            return float.NaN;
        }

        Span<char> buffer = stackalloc char[Elongation.LongestWord];
        return emoticons.TryGetValue(Elongation.Collapse(token, buffer, 1), out valence) ? valence : float.NaN;
    }

    public float Emoji(int codePoint) => emoji.TryGetValue(codePoint, out var valence) ? valence : float.NaN;

    /// <summary>Pictographs and symbols that can carry sentiment; they are split from the words they touch.</summary>
    public static bool IsEmoji(int codePoint) => codePoint is (>= 0x1F000 and <= 0x1FAFF) or (>= 0x2600 and <= 0x27BF)
        or (>= 0x2300 and <= 0x23FF) or (>= 0x2B00 and <= 0x2BFF) or 0x2122 or 0x2139 or (>= 0x2190 and <= 0x21FF);

    /// <summary>Characters that glue emoji together or pick their style (zero-width joiner, variation selectors).</summary>
    public static bool IsEmojiJoiner(int codePoint) => codePoint is 0x200D or (>= 0xFE00 and <= 0xFE0F);
}
