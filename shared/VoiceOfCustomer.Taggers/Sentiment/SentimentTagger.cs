namespace VoiceOfCustomer.Taggers.Sentiment;

/// <summary>
/// Scores the sentiment of a piece of feedback from -1 to +1 with VADER's rules (Hutto and Gilbert, ICWSM 2014),
/// using the lexicon of the text's language: English (VADER's own) and French, Spanish, German, Portuguese,
/// Italian and Dutch (open lexicons, see docs/tagging/sentiment.md). A language without a lexicon gets
/// <see cref="SentimentTag.Unknown"/> rather than English rules. Load once; Tag is thread-safe.
/// </summary>
public sealed class SentimentTagger
{
    [ThreadStatic]
    private static Tokenizer? tokenizer;

    private readonly Dictionary<string, LanguageLexicon>.AlternateLookup<ReadOnlySpan<char>> languages;
    private readonly SymbolLexicon symbols;

    private SentimentTagger(Dictionary<string, LanguageLexicon> languages, SymbolLexicon symbols)
    {
        this.languages = languages.GetAlternateLookup<ReadOnlySpan<char>>();
        this.symbols = symbols;
        Languages = [.. languages.Keys.Order(StringComparer.Ordinal)];
    }

    /// <summary>The language codes that have a lexicon ("en", "fr", ...).</summary>
    public IReadOnlyList<string> Languages { get; }

    /// <summary>Reads the embedded lexicons and rules (Data/); throws if one is missing or malformed.</summary>
    public static SentimentTagger Load() => new(SentimentData.LoadLanguages(), SentimentData.LoadSymbols());

    /// <summary>
    /// The sentiment of <paramref name="text"/> written in <paramref name="language"/>, an ISO 639-1 code as the
    /// language tagger gives it ("en", "pt-BR" is read as "pt"; "und" or null is unknown).
    /// </summary>
    public SentimentTag Tag(string text, string? language)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Find(language) is not { } lexicon)
        {
            return SentimentTag.Unknown;
        }

        var scanner = tokenizer ??= new Tokenizer();
        scanner.Scan(text, lexicon, symbols);
        var tokens = scanner.Tokens.AsSpan(0, scanner.Count);
        PhraseResolver.Resolve(text, tokens);
        var sum = ValenceScorer.Sum(tokens, scanner.Exclamations, scanner.QuestionMarks);
        tokens.Clear();

        double score = sum.Score;
        var label = score >= SentimentWeights.LabelThreshold ? SentimentLabel.Positive
            : score <= -SentimentWeights.LabelThreshold ? SentimentLabel.Negative
            : SentimentLabel.Neutral;
        var confidence = SentimentConfidence.Of(label, score, sum.SentimentWords, lexicon.Language);
        return new SentimentTag(label, Math.Round(score, 4), confidence, sum.Cues(text));
    }

    private LanguageLexicon? Find(string? language)
    {
        if (string.IsNullOrEmpty(language))
        {
            return null;
        }

        var primary = language.AsSpan();
        var dash = primary.IndexOfAny('-', '_');
        if (dash >= 0)
        {
            primary = primary[..dash];
        }

        return languages.TryGetValue(primary, out var lexicon) ? lexicon : null;
    }
}
