namespace VoiceOfCustomer.Taggers.PersonalData;

/// <summary>
/// Whether a match stands alone in the text, rather than being the middle of a longer word or number. Chinese,
/// Japanese, Korean (with its particles) and Thai, Lao, Khmer, Myanmar write a value right next to the words around
/// it, as in "連絡先はa.b@example.jpです" or "+82 10-1234-5678로", so a letter of those scripts beside a match is a
/// boundary; a Latin, Cyrillic or other letter, or any digit, glued to it is not.
/// </summary>
internal static class TextBoundaries
{
    public static bool IsWordChar(char c) => (char.IsLetterOrDigit(c) || c == '_') && !IsUnspacedScriptLetter(c);

    public static bool StartsAlone(ReadOnlySpan<char> text, int start) => start == 0 || !IsWordChar(text[start - 1]);

    public static bool EndsAlone(ReadOnlySpan<char> text, int end) => end >= text.Length || !IsWordChar(text[end]);

    /// <summary>
    /// A letter of a script that does not put spaces between words: Han, Hiragana, Katakana, Hangul, Thai, Lao,
    /// Khmer, Myanmar. Han beyond the Basic Multilingual Plane is written with surrogates, which are never word characters.
    /// </summary>
    public static bool IsUnspacedScriptLetter(char c) => c >= '\u0E00' && char.IsLetter(c) && c switch
    {
        >= '\u0E00' and <= '\u0EFF' => true, // Thai, Lao
        >= '\u1000' and <= '\u109F' => true, // Myanmar
        >= '\u1100' and <= '\u11FF' => true, // Hangul Jamo
        >= '\u1780' and <= '\u17FF' => true, // Khmer
        >= '\u3005' and <= '\u3007' => true, // ideographic iteration and closing marks (々 〆)
        >= '\u3040' and <= '\u30FF' => true, // Hiragana, Katakana
        >= '\u3130' and <= '\u318F' => true, // Hangul compatibility Jamo
        >= '\u31F0' and <= '\u31FF' => true, // Katakana phonetic extensions
        >= '\u3400' and <= '\u4DBF' => true, // Han extension A
        >= '\u4E00' and <= '\u9FFF' => true, // Han
        >= '\uA960' and <= '\uA97F' => true, // Hangul Jamo extended A
        >= '\uAC00' and <= '\uD7FF' => true, // Hangul syllables, Jamo extended B
        >= '\uF900' and <= '\uFAFF' => true, // Han compatibility ideographs
        >= '\uFF66' and <= '\uFFDC' => true, // halfwidth Katakana and Hangul
        _ => false,
    };
}
