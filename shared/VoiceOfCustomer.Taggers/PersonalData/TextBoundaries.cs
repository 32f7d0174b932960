namespace VoiceOfCustomer.Taggers.PersonalData;

/// <summary>Whether a match stands alone in the text, rather than being the middle of a longer word or number.</summary>
internal static class TextBoundaries
{
    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    public static bool StartsAlone(ReadOnlySpan<char> text, int start) => start == 0 || !IsWordChar(text[start - 1]);

    public static bool EndsAlone(ReadOnlySpan<char> text, int end) => end >= text.Length || !IsWordChar(text[end]);
}
