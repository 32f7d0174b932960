using System.Buffers;

namespace VoiceOfCustomer.Taggers.PersonalData;

/// <summary>
/// URLs that carry a secret: a query or fragment parameter named like a token, key or signature, credentials before
/// the host, or a long random path segment or value (share links, reset links, JWTs). Plain links to public pages
/// are left alone: they are not personal data and masking them would hide useful context.
/// </summary>
internal static class UrlScanner
{
    private const int RandomMinimumLength = 20;
    private const int TokenPartLength = 16;

    private static readonly SearchValues<char> TokenCharacters = SearchValues.Create("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    private static readonly SearchValues<char> UrlStarts = SearchValues.Create("hHwW");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SecretParameters = new HashSet<string>(
        [
            "token", "access_token", "id_token", "refresh_token", "auth", "authorization", "key", "apikey", "api_key",
            "secret", "client_secret", "password", "pwd", "pass", "sig", "signature", "x-amz-signature", "x-amz-credential",
            "x-amz-security-token", "session", "sessionid", "session_id", "sid", "jwt", "code", "otp", "reset", "reset_token",
            "ticket", "invite", "invitation", "magic", "login_token", "hash",
        ],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Scan(ReadOnlySpan<char> text, List<PersonalDataSpan> found)
    {
        for (var start = NextStart(text, 0); start >= 0; start = NextStart(text, start + 1))
        {
            var end = End(text, start);
            if (Secret(text[start..end]) is { } why)
            {
                found.Add(new PersonalDataSpan(PersonalDataKind.Url, start, end - start, why.Confidence, why.Reason));
            }

            start = end;
        }
    }

    private static int NextStart(ReadOnlySpan<char> text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            var rest = text[i..];
            if ((rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
                || rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase)) && TextBoundaries.StartsAlone(text, i))
            {
                return i;
            }

            var next = rest[1..].IndexOfAny(UrlStarts);
            if (next < 0)
            {
                return -1;
            }

            i += next;
        }

        return -1;
    }

    // A URL runs to whitespace or a quote; trailing punctuation and an unmatched closing bracket belong to the sentence.
    private static int End(ReadOnlySpan<char> text, int start)
    {
        var end = start;
        while (end < text.Length && !EndsUrl(text[end]))
        {
            end++;
        }

        while (end > start && (text[end - 1] is '.' or ',' or ';' or ':' or '!' or '?' || (text[end - 1] == ')' && !text[start..end].Contains('('))))
        {
            end--;
        }

        return end;
    }

    // Beyond ASCII a link may hold letters (an IRI path such as /café), but punctuation and symbols of other scripts are
    // the sentence's: closing quotes and brackets (» › ” ） 」 』 】 〉 》), 。 and ，. So are letters of scripts written
    // without spaces, as in "…?token=abcです".
    private static bool EndsUrl(char c) => c <= '\u007F'
        ? char.IsWhiteSpace(c) || c is '"' or '\'' or '<' or '>' or '`'
        : char.IsWhiteSpace(c) || char.IsPunctuation(c) || char.IsSymbol(c) || TextBoundaries.IsUnspacedScriptLetter(c);

    private static (double Confidence, string Reason)? Secret(ReadOnlySpan<char> url)
    {
        var afterScheme = url.IndexOf("://", StringComparison.Ordinal) is var scheme and >= 0 ? url[(scheme + 3)..] : url;
        var hostEnd = afterScheme.IndexOfAny('/', '?', '#');
        var authority = hostEnd < 0 ? afterScheme : afterScheme[..hostEnd];
        if (authority.Contains('@') && authority[..authority.IndexOf('@')].Contains(':'))
        {
            return (0.95, "user name and password before the host");
        }

        var rest = hostEnd < 0 ? [] : afterScheme[hostEnd..];
        foreach (var range in rest.SplitAny("/?&#;"))
        {
            var part = rest[range];
            var equals = part.IndexOf('=');
            var name = equals < 0 ? [] : part[..equals];
            var value = equals < 0 ? part : part[(equals + 1)..];
            if (equals > 0 && value.Length > 0 && SecretParameters.Contains(name))
            {
                return (0.9, $"parameter '{name}' carries a secret");
            }

            if (LooksRandom(value))
            {
                return (0.75, $"random {(equals < 0 ? "path segment" : "value")} of {value.Length} characters");
            }
        }

        return null;
    }

    /// <summary>
    /// A token: one unbroken run of at least 16 letters and digits mixed (cut at - _ . ~), or a JWT. Readable slugs
    /// ("360012345-exporting-reports") and UUIDs (ids, not secrets) are cut into short or unmixed parts.
    /// </summary>
    internal static bool LooksRandom(ReadOnlySpan<char> value)
    {
        if (value.Length < RandomMinimumLength)
        {
            return false;
        }

        if (value.StartsWith("eyJ", StringComparison.Ordinal))
        {
            return true; // a JSON Web Token: base64 of '{"'
        }

        foreach (var range in value.SplitAny("-_.~"))
        {
            var part = value[range];
            if (part.Length >= TokenPartLength && part.ContainsAnyInRange('0', '9') && !part.ContainsAnyExcept(TokenCharacters) && ContainsAsciiLetter(part))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsAsciiLetter(ReadOnlySpan<char> part) => part.ContainsAnyInRange('a', 'z') || part.ContainsAnyInRange('A', 'Z');
}
