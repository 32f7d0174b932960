namespace VoiceOfCustomer.Contracts;

/// <summary>
/// What Tagging found in one item. The typed fields are what other services act on (the suggestion, the severity);
/// <see cref="All"/> lists every tag with its confidence and why, for people. Personal data is given as kinds and
/// offsets, never the matched text.
/// </summary>
/// <param name="Language">ISO 639-1 code, or "und" when the tagger would not guess.</param>
/// <param name="Sentiment">negative, neutral, positive, or unknown (a language without a lexicon).</param>
/// <param name="SentimentScore">-1 to +1 (0 when unknown).</param>
/// <param name="Kinds">snake_case kinds (problem_report, feature_request, praise, question, other, unknown).</param>
/// <param name="ChurnRisk">The customer says they may leave.</param>
/// <param name="AreaId">The product area of the taxonomy, or null when no phrase matched.</param>
/// <param name="ThemeId">The theme inside that area, or null.</param>
/// <param name="Severity">0 to 1 from the kind and the sentiment; null when unknown (counted as 0.5 by the score).</param>
/// <param name="SimilarRequest">The most similar existing request, or null when none is similar at all.</param>
/// <param name="PersonalData">Where personal data sits in the text.</param>
/// <param name="All">Every tag, its confidence and why.</param>
/// <param name="ModelVersions">The version of each tagger's model that produced these tags (kind, taxonomy, taggers).</param>
public sealed record ItemTags(
    string Language,
    string Sentiment,
    double SentimentScore,
    IReadOnlyList<string> Kinds,
    bool ChurnRisk,
    string? AreaId,
    string? ThemeId,
    double? Severity,
    SimilarRequestSuggestion? SimilarRequest,
    IReadOnlyList<PersonalDataMark> PersonalData,
    IReadOnlyList<ItemTag> All,
    IReadOnlyDictionary<string, string> ModelVersions);
