namespace VoiceOfCustomer.Taggers.Language;

/// <summary>
/// The language of one text: an ISO 639-1 code, or "und" when the tagger will not guess; its confidence (0 to 1)
/// and why: the script, how the language was decided, and the best two candidates of the n-gram profiles with
/// how many n-grams were compared (no candidates when the script alone decided).
/// </summary>
public sealed record LanguageTag(
    string Language,
    double Confidence,
    LanguageReason Reason,
    Script Script,
    LanguageCandidate? Best,
    LanguageCandidate? Runner,
    int Ngrams)
{
    /// <summary>The code for a language left undetermined (ISO 639-2 "und").</summary>
    public const string Undetermined = "und";

    public bool IsUndetermined => Language == Undetermined;

    /// <summary>One line for a person: e.g. "profile (Latin script, 58 n-grams): es 0.93, pt 0.05".</summary>
    public string Why => Best is null
        ? $"{Describe(Reason)} ({Script} script)"
        : $"{Describe(Reason)} ({Script} script, {Ngrams} n-grams): {Best}{(Runner is null ? "" : $", {Runner}")}";

    private static string Describe(LanguageReason reason) => reason switch
    {
        LanguageReason.Script => "script",
        LanguageReason.Profile => "profile",
        LanguageReason.DeclaredLanguage => "declared language broke a tie",
        LanguageReason.TooShort => "too short",
        LanguageReason.MixedScripts => "mixed scripts",
        LanguageReason.TooClose => "top candidates too close",
        LanguageReason.NoProfileFits => "no profile fits",
        _ => reason.ToString(),
    };
}
