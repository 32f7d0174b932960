using System.Globalization;
using VoiceOfCustomer.Contracts;
using VoiceOfCustomer.Taggers.Kind;
using VoiceOfCustomer.Taggers.Language;
using VoiceOfCustomer.Taggers.PersonalData;
using VoiceOfCustomer.Taggers.Sentiment;
using VoiceOfCustomer.Taggers.Similarity;
using VoiceOfCustomer.Taggers.Taxonomy;

namespace VoiceOfCustomer.Taggers;

/// <summary>
/// Every tagger over one item, gathered as <see cref="ItemTags"/> with confidence and why: the one composition the
/// Tagging service and the CLI's `tag` command both run. Pure; the similar-request index is optional (offline there is none).
/// </summary>
/// <param name="Language">Which language the text is in.</param>
/// <param name="Sentiment">How positive or negative it reads.</param>
/// <param name="Kinds">Problem report, feature request, praise, question; churn risk.</param>
/// <param name="KindVersion">How many corrections the kind classifier has learned (0: as shipped).</param>
/// <param name="Areas">The product area and theme, from the taxonomy's phrases.</param>
/// <param name="TaxonomyVersion">The taxonomy's version (0: the embedded default).</param>
public sealed record FeedbackTagger(
    LanguageIdentifier Language, SentimentTagger Sentiment, KindClassifier Kinds, int KindVersion, ProductAreaTagger Areas, int TaxonomyVersion)
{
    private static readonly string TaggersVersion = typeof(FeedbackTagger).Assembly.GetName().Version?.ToString() ?? "unknown";

    /// <summary>The area model learned from corrections, which overrides the phrases once trusted (none: phrases only).</summary>
    public AreaLearner? LearnedAreas { get; init; }

    /// <summary>How many area corrections <see cref="LearnedAreas"/> has learned (0: none).</summary>
    public int AreaModelVersion { get; init; }

    /// <summary>
    /// The shipped models: embedded language profiles, lexicons, kind model and default taxonomy. They are independent,
    /// so each is read on its own thread: on an idle machine the load takes about as long as the slowest (the sentiment
    /// rules and the kind phrases, mostly JIT-compiling their YAML readers; the packed language profiles are quicker).
    /// </summary>
    public static FeedbackTagger LoadDefault()
    {
        var language = Task.Factory.StartNew(LanguageIdentifier.Load, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var sentiment = Task.Factory.StartNew(SentimentTagger.Load, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var kinds = Task.Factory.StartNew(KindClassifier.LoadDefault, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var areas = ProductAreaTagger.LoadDefault();
        Task.WaitAll(language, sentiment, kinds);
        return new(language.Result, sentiment.Result, kinds.Result, 0, areas, 0);
    }

    /// <summary>Tags one item; with an index that holds requests, the most similar one is suggested too.</summary>
    public ItemTags Tag(string text, string? declaredLanguage, SimilarRequestIndex? similar = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var language = Language.TagLanguage(text, declaredLanguage);
        var code = language.IsUndetermined ? null : language.Language;
        var sentiment = Sentiment.Tag(text, code);
        var kinds = Kinds.Tag(text, code);
        var area = Areas.TagArea(text, code, LearnedAreas);
        var personal = PersonalDataDetector.TagPersonalData(text);
        var match = similar is null ? null : BestRequest(similar, text);
        var (severity, severityWhy) = SeverityRule.Of(kinds, sentiment);

        var all = new List<ItemTag>
        {
            new("language", language.Language, language.Confidence, language.Why),
            new("sentiment", Name(sentiment.Label), sentiment.Confidence,
                sentiment.Why.Count == 0 ? "no sentiment words" : $"score {sentiment.Score.ToString("0.###", CultureInfo.InvariantCulture)}: {string.Join(", ", sentiment.Why.Select(c => c.Phrase))}"),
        };
        all.AddRange(kinds.Kinds.Select(k => Kind(kinds, k)));
        if (kinds.ChurnRisk.Detected)
        {
            all.Add(new("churn_risk", "yes", kinds.ChurnRisk.Confidence, string.Join(", ", kinds.ChurnRisk.Why)));
        }

        if (area.AreaId is not null)
        {
            all.Add(new("area", area.AreaId, area.Confidence, AreaWhy(area)));
        }

        if (area.ThemeId is not null)
        {
            all.Add(new("theme", area.ThemeId, area.Confidence, area.ThemeName ?? ""));
        }

        all.AddRange(personal.Spans.Select(s => new ItemTag("personal_data", Name(s.Kind), s.Confidence, $"{s.Why} at {s.Start}, {s.Length} characters")));
        if (match is not null)
        {
            all.Add(new("similar_request", match.RequestId.ToString(), match.Score, (match.Prefill ? "pre-filled; " : "") + "shared words: " + string.Join(", ", match.Why)));
        }

        all.Add(new("severity", severity?.ToString("0.###", CultureInfo.InvariantCulture) ?? "unknown", severity is null ? 0 : kinds.Scores.Where(s => s.Assigned).Select(s => s.Confidence).DefaultIfEmpty(0).Max(), severityWhy));
        return new ItemTags(
            language.Language, Name(sentiment.Label), sentiment.Score, [.. kinds.Kinds.Select(FeedbackKindNames.Name)], kinds.ChurnRisk.Detected,
            area.AreaId, area.ThemeId, severity, match,
            [.. personal.Spans.Select(s => new PersonalDataMark(Name(s.Kind), s.Start, s.Length, s.Confidence, s.Why))],
            all,
            new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["kind"] = KindVersion.ToString(CultureInfo.InvariantCulture),
                ["taxonomy"] = TaxonomyVersion.ToString(CultureInfo.InvariantCulture),
                ["area_model"] = AreaModelVersion.ToString(CultureInfo.InvariantCulture),
                ["taggers"] = TaggersVersion,
            });
    }

    /// <summary>The most similar request, or null when the index is empty or nothing shares a word.</summary>
    public static SimilarRequestSuggestion? BestRequest(SimilarRequestIndex similar, string text)
    {
        ArgumentNullException.ThrowIfNull(similar);
        if (similar.Count == 0)
        {
            return null;
        }

        var found = similar.Query(text, 1);
        return found.Matches.Count == 0 ? null : new(found.Matches[0].RequestId, Math.Round(found.Matches[0].Score, 4), found.Prefill is not null, found.Matches[0].Why);
    }

    private static ItemTag Kind(KindTag kinds, FeedbackKind kind)
    {
        var score = kinds.Score(kind);
        var why = kinds.Source switch
        {
            KindSource.Unknown => "no model or phrase for this language",
            _ when score is null || score.Why.Count == 0 => kinds.Source == KindSource.Model ? "model: no other kind reached its threshold" : "phrases",
            _ => $"{(kinds.Source == KindSource.Model ? "model" : "phrases")}: {string.Join(", ", score.Why)}",
        };
        return new ItemTag("kind", FeedbackKindNames.Name(kind), score?.Confidence ?? 0, why);
    }

    // The model's why starts with how many corrections taught it ("model, 12 corrections"), then its strongest words.
    private static string AreaWhy(AreaTag area) => area.Source == AreaSource.Model
        ? $"{area.AreaName}: {area.Why[0]}: {string.Join(", ", area.Why.Skip(1))}"
        : $"{area.AreaName}: {string.Join(", ", area.Why)}";

    private static string Name(SentimentLabel label) => label.ToString().ToLowerInvariant();

    private static string Name(PersonalDataKind kind) => kind.ToString().ToLowerInvariant();
}
