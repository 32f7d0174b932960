namespace VoiceOfCustomer.Taggers.Language;

/// <summary>
/// Tells the language of a feedback text, or says "und" rather than guess. The script of the letters comes first
/// (one Unicode table lookup per character): most scripts decide the language alone; Latin, Cyrillic, Arabic and
/// Devanagari texts are scored against the n-gram profiles of the languages written in them. The account's declared
/// language, when given, is a prior that breaks ties between close candidates. Load once; thread-safe; a call
/// allocates only the returned tag.
/// </summary>
public sealed class LanguageIdentifier
{
    /// <summary>Letters of a profiled script below which the profiles are not trusted (see docs/tagging/language.md).</summary>
    public const int MinProfiledLetters = 12;

    /// <summary>Letters of a one-language script below which nothing is said.</summary>
    public const int MinScriptLetters = 2;

    /// <summary>Below this share of the letters in one script, the text is mixed.</summary>
    public const double MinDominantShare = 0.6;

    /// <summary>Below this probability for the best candidate, the candidates are too close.</summary>
    public const double MinConfidence = 0.5;

    /// <summary>How many times likelier the declared language is taken to be, before reading the text.</summary>
    public const double DeclaredLanguageOdds = 10;

    /// <summary>Scales the naive Bayes log-likelihoods, which are overconfident, into calibrated probabilities.</summary>
    public const double Temperature = 8;

    /// <summary>The share of the text's n-grams listed in some profile below which no profile fits.</summary>
    public const double MinCoverage = 0.8;

    /// <summary>Share of Kana among Han and Kana letters above which a CJK text is Japanese.</summary>
    private const double MinKanaShare = 0.05;

    /// <summary>How sure a text of Han characters alone is Chinese, not Japanese written in kanji only.</summary>
    private const double HanOnlyConfidence = 0.9;

    private static readonly Dictionary<Script, string> ScriptLanguages = new()
    {
        [Script.Greek] = "el", [Script.Armenian] = "hy", [Script.Hebrew] = "he", [Script.Bengali] = "bn",
        [Script.Gurmukhi] = "pa", [Script.Gujarati] = "gu", [Script.Oriya] = "or", [Script.Tamil] = "ta",
        [Script.Telugu] = "te", [Script.Kannada] = "kn", [Script.Malayalam] = "ml", [Script.Sinhala] = "si",
        [Script.Thai] = "th", [Script.Lao] = "lo", [Script.Myanmar] = "my", [Script.Georgian] = "ka",
        [Script.Hangul] = "ko", [Script.Ethiopic] = "am", [Script.Khmer] = "km", [Script.Kana] = "ja",
        [Script.Han] = "zh",
    };

    private readonly ScriptProfile?[] profiles = new ScriptProfile?[UnicodeScripts.Count];

    internal LanguageIdentifier(IReadOnlyDictionary<Script, ScriptProfile> profiles)
    {
        foreach (var (script, profile) in profiles)
        {
            this.profiles[(int)script] = profile;
        }

        SupportedLanguages = profiles.Values.SelectMany(p => p.Languages).Concat(ScriptLanguages.Values)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Every ISO 639-1 code the tagger can answer.</summary>
    public IReadOnlyList<string> SupportedLanguages { get; }

    /// <summary>Reads the embedded profiles (Data/language-profiles.bin).</summary>
    public static LanguageIdentifier Load() => new(LanguageProfileFile.Load());

    /// <summary>The language of the text; declaredLanguage is the account's (e.g. "fr", "pt-BR"), or null.</summary>
    public LanguageTag TagLanguage(string text, string? declaredLanguage = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var declared = PrimarySubtag(declaredLanguage);
        var census = ScriptCensus.Of(text);
        if (census.Letters == 0)
        {
            return Undetermined(LanguageReason.TooShort, Script.None);
        }

        if (census.DominantShare < MinDominantShare)
        {
            return Undetermined(LanguageReason.MixedScripts, census.Dominant);
        }

        var profile = profiles[(int)census.Dominant];
        if (profile is null)
        {
            return ByScript(census, declared);
        }

        return census.DominantLetters < MinProfiledLetters
            ? Undetermined(LanguageReason.TooShort, census.Dominant)
            : ByProfile(profile, text, census.DominantShare, declared);
    }

    private static LanguageTag ByScript(ScriptCensus census, ReadOnlySpan<char> declared)
    {
        if (census.DominantLetters < MinScriptLetters)
        {
            return Undetermined(LanguageReason.TooShort, census.Dominant);
        }

        if (census.Dominant == Script.Han)
        {
            if (census.KanaShareOfHan >= MinKanaShare)
            {
                return new LanguageTag("ja", census.DominantShare, LanguageReason.Script, Script.Kana, null, null, 0);
            }

            return declared.SequenceEqual("ja")
                ? new LanguageTag("ja", HanOnlyConfidence * census.DominantShare, LanguageReason.DeclaredLanguage, Script.Han, null, null, 0)
                : new LanguageTag("zh", HanOnlyConfidence * census.DominantShare, LanguageReason.Script, Script.Han, null, null, 0);
        }

        return ScriptLanguages.TryGetValue(census.Dominant, out var language)
            ? new LanguageTag(language, census.DominantShare, LanguageReason.Script, census.Dominant, null, null, 0)
            : Undetermined(LanguageReason.NoProfileFits, census.Dominant);
    }

    private static LanguageTag ByProfile(ScriptProfile profile, ReadOnlySpan<char> text, double share, ReadOnlySpan<char> declared)
    {
        var languages = profile.Languages;
        Span<float> padded = stackalloc float[profile.ScoreLength];
        var ngrams = profile.Score(text, padded, out var coverage);
        var scores = padded[..languages.Count];
        if (ngrams == 0)
        {
            return Undetermined(LanguageReason.NoProfileFits, profile.Script);
        }

        var best = Best(scores, -1);
        var runner = Best(scores, best);
        if (coverage < MinCoverage)
        {
            return Undetermined(LanguageReason.NoProfileFits, profile.Script);
        }

        var declaredIndex = IndexOf(languages, declared);
        var textTotal = 0.0;
        var total = 0.0;
        var bestScore = scores[best];
        for (var i = 0; i < scores.Length; i++)
        {
            // Relative to the best, in place: the scores become each language's likelihood ratio to the best.
            var likelihood = Math.Exp((scores[i] - bestScore) / Temperature);
            scores[i] = (float)likelihood;
            textTotal += likelihood;
            total += i == declaredIndex ? likelihood * DeclaredLanguageOdds : likelihood;
        }

        var bestCandidate = new LanguageCandidate(languages[best], 1 / textTotal);
        var runnerCandidate = runner < 0 ? (LanguageCandidate?)null : new LanguageCandidate(languages[runner], scores[runner] / textTotal);
        var textDecides = bestCandidate.Probability >= MinConfidence;
        if (declaredIndex >= 0)
        {
            var declaredPosterior = scores[declaredIndex] * DeclaredLanguageOdds / total;
            var bestPosterior = 1 / total;
            if (declaredPosterior >= bestPosterior && declaredPosterior >= MinConfidence)
            {
                var reason = textDecides && declaredIndex == best ? LanguageReason.Profile : LanguageReason.DeclaredLanguage;
                return new LanguageTag(languages[declaredIndex], declaredPosterior * share, reason, profile.Script, bestCandidate, runnerCandidate, ngrams);
            }
        }

        return textDecides
            ? new LanguageTag(languages[best], bestCandidate.Probability * share, LanguageReason.Profile, profile.Script, bestCandidate, runnerCandidate, ngrams)
            : new LanguageTag(LanguageTag.Undetermined, 0, LanguageReason.TooClose, profile.Script, bestCandidate, runnerCandidate, ngrams);
    }

    private static int Best(ReadOnlySpan<float> scores, int except)
    {
        var best = -1;
        for (var i = 0; i < scores.Length; i++)
        {
            if (i != except && (best < 0 || scores[i] > scores[best]))
            {
                best = i;
            }
        }

        return best;
    }

    private static int IndexOf(IReadOnlyList<string> languages, ReadOnlySpan<char> language)
    {
        for (var i = 0; i < languages.Count && !language.IsEmpty; i++)
        {
            if (language.SequenceEqual(languages[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>"pt-BR" and "pt_BR" are "pt"; "no" (Norwegian) is written Bokmål ("nb") in the profiles.</summary>
    private static ReadOnlySpan<char> PrimarySubtag(string? declared)
    {
        if (string.IsNullOrEmpty(declared))
        {
            return [];
        }

        var span = declared.AsSpan();
        var end = span.IndexOfAny('-', '_');
        span = end < 0 ? span : span[..end];
        return span.SequenceEqual("no") ? "nb" : span;
    }

    private static LanguageTag Undetermined(LanguageReason reason, Script script) =>
        new(LanguageTag.Undetermined, 0, reason, script, null, null, 0);
}
