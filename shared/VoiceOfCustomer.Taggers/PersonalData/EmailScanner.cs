using System.Buffers;

namespace VoiceOfCustomer.Taggers.PersonalData;

/// <summary>
/// Email addresses: around each @, a local part of the usual characters and a dotted domain ending in a top-level
/// domain of letters. "@mentions", "user@localhost" and image names like "logo@2x.png" are not addresses.
/// </summary>
internal static class EmailScanner
{
    private const int LongestUnspacedLocalPart = 21; // 64 bytes of UTF-8 at 3 bytes per letter

    private static readonly SearchValues<char> AsciiLetters = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    // Retina image names ("logo@2x.png") look like addresses; no real top-level domain is a file extension.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FileExtensions =
        new HashSet<string>(["png", "jpg", "jpeg", "gif", "svg", "webp", "css", "js"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Scan(ReadOnlySpan<char> text, List<PersonalDataSpan> found)
    {
        for (var at = text.IndexOf('@'); at >= 0; at = NextAt(text, at))
        {
            var start = at;
            while (start > 0 && IsLocalChar(text[start - 1]))
            {
                start--;
            }

            while (start < at && text[start] == '.')
            {
                start++;
            }

            var unspacedLocalPart = start == at && at > 0 && TextBoundaries.IsUnspacedScriptLetter(text[at - 1]);
            if (unspacedLocalPart)
            {
                start = UnspacedLocalPartStart(text, at);
            }

            var end = at + 1;
            while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '.' or '-'))
            {
                end++;
            }

            while (end > at + 1 && text[end - 1] is '.' or '-')
            {
                end--;
            }

            if (start < at && IsDomain(text[(at + 1)..end]) && TextBoundaries.EndsAlone(text, end))
            {
                found.Add(unspacedLocalPart
                    ? new PersonalDataSpan(PersonalDataKind.Email, start, end - start, 0.6, "local part in Han, Kana, Hangul or Thai letters @ dotted domain; where it starts is a guess")
                    : new PersonalDataSpan(PersonalDataKind.Email, start, end - start, 0.95, "local part @ dotted domain"));
            }
        }
    }

    private static int NextAt(ReadOnlySpan<char> text, int at)
    {
        var next = text[(at + 1)..].IndexOf('@');
        return next < 0 ? -1 : at + 1 + next;
    }

    // Internationalized addresses (RFC 6531) may use letters beyond ASCII, as in hans.müller@example.de; letters of
    // scripts written without spaces are left out, since in "我的信息是li@example.cn" they are the sentence, not the address.
    private static bool IsLocalChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-' || (char.IsLetterOrDigit(c) && !TextBoundaries.IsUnspacedScriptLetter(c));

    // An address whose local part is all Han, Kana, Hangul or Thai ("请发到张伟@example.cn") cannot be told from the words
    // glued before it: the letters back to the last space or punctuation are taken, at most the 64 bytes of UTF-8 a local
    // part may hold, so the address is masked whole, with some of the sentence, rather than leaked.
    private static int UnspacedLocalPartStart(ReadOnlySpan<char> text, int at)
    {
        var start = at;
        while (start > 0 && at - start < LongestUnspacedLocalPart && TextBoundaries.IsUnspacedScriptLetter(text[start - 1]))
        {
            start--;
        }

        return start;
    }

    private static bool IsDomain(ReadOnlySpan<char> domain)
    {
        var lastDot = domain.LastIndexOf('.');
        if (lastDot <= 0 || domain.Contains("..", StringComparison.Ordinal))
        {
            return false;
        }

        var topLevel = domain[(lastDot + 1)..];
        return topLevel.Length >= 2 && !topLevel.ContainsAnyExcept(AsciiLetters) && !FileExtensions.Contains(topLevel);
    }
}
