namespace VoiceOfCustomer.Taggers.Taxonomy;

/// <summary>
/// The language keys a taxonomy may use: ISO 639-1 two-letter codes, plus "any" for phrases every language shares
/// (product names, SSO, API). "und" (what the language tagger says when it does not know) is not a phrase language.
/// </summary>
public static class LanguageCodes
{
    public const string Any = "any";

    public const string Undetermined = "und";

    private static readonly HashSet<string> Iso6391 = [.. """
        aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee
        el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is
        it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms
        mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk
        sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi
        yo za zh zu
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)];

    /// <summary>True for a code a phrase may carry: a two-letter ISO 639-1 code in lower case, or "any".</summary>
    public static bool IsPhraseLanguage(string code) => code == Any || Iso6391.Contains(code);

    /// <summary>True when the tagger was told nothing usable about the language.</summary>
    public static bool IsUnknown(string? code) => string.IsNullOrEmpty(code) || code == Undetermined;
}
