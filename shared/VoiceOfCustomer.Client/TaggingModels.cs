namespace VoiceOfCustomer.Client;

/// <summary>An item's tags (GET /api/tags/{feedbackId}): what the machine said, never edited, and the people's corrections since, oldest first.</summary>
public sealed record FeedbackTags(Guid FeedbackId, DateTimeOffset TaggedAt, TagSet Tags, IReadOnlyList<TagCorrection> Corrections);

/// <summary>
/// What Tagging found in one item: the typed values and, in <see cref="All"/>, every tag with its confidence and why.
/// Personal data comes as kinds and offsets only, never the matched text.
/// </summary>
public sealed record TagSet(
    string Language, string Sentiment, double SentimentScore, IReadOnlyList<string> Kinds, bool ChurnRisk, string? AreaId, string? ThemeId,
    double? Severity, SimilarRequestTag? SimilarRequest, IReadOnlyList<PersonalDataTag> PersonalData, IReadOnlyList<TagReading> All);

/// <summary>One tag as a person reads it: which tagger (language, kind, area...), what it said, how sure it is (0 to 1) and why.</summary>
public sealed record TagReading(string Name, string Value, double Confidence, string Why);

/// <summary>The most similar request Tagging found, its cosine, whether triage pre-selects it, and the words the two share.</summary>
public sealed record SimilarRequestTag(Guid RequestId, double Score, bool Prefill, IReadOnlyList<string> Why);

/// <summary>Where personal data sits in the text (its kind and offsets), never what it is.</summary>
public sealed record PersonalDataTag(string Kind, int Start, int Length, double Confidence, string Why);

/// <summary>A recorded correction: what a CSM or PM said the item is; null fields were not corrected.</summary>
public sealed record TagCorrection(
    Guid CorrectionId, string CorrectedBy, DateTimeOffset CorrectedAt, IReadOnlyList<string>? Kinds, string? AreaId, string? ThemeId, string? Sentiment);

/// <summary>A correction to send (POST /api/tags/{feedbackId}/corrections): any of kinds, area (with its theme) and sentiment label.</summary>
public sealed record TagCorrectionDraft(IReadOnlyList<string>? Kinds, string? AreaId, string? ThemeId, string? Sentiment);

/// <summary>A taxonomy version with its YAML (GET /api/taxonomy, /api/taxonomy/versions/{n}); version 0 is the default shipped with Tagging.</summary>
public sealed record TaxonomyDocument(int Version, string Yaml, string? ChangedBy, DateTimeOffset? ChangedAt);

/// <summary>One saved taxonomy version: its number, the SHA-256 of its YAML, who saved it and when.</summary>
public sealed record TaxonomyVersion(int Version, string Sha256, string ChangedBy, DateTimeOffset ChangedAt);

/// <summary>The areas and themes of the taxonomy in use (GET /api/taxonomy/areas), ids and names only, for choosing an item's area.</summary>
public sealed record TaxonomyAreas(int Version, IReadOnlyList<TaxonomyAreaChoice> Areas);

/// <summary>One area a correction may name, with the themes inside it.</summary>
public sealed record TaxonomyAreaChoice(string Id, string Name, IReadOnlyList<TaxonomyThemeChoice> Themes);

/// <summary>One theme a correction may name with its area.</summary>
public sealed record TaxonomyThemeChoice(string Id, string Name);

/// <summary>One reason the taxonomy parser refused a file: where (line and column of the YAML), which field, and what is wrong.</summary>
public sealed record TaxonomyError(int Line, int Column, string Field, string Message);

/// <summary>What Tagging suggests for an item of the caller's triage inbox: the most similar request, its cosine, and whether to pre-select it.</summary>
public sealed record TriageSuggestion(Guid FeedbackId, Guid? SuggestedRequestId, double? SuggestedScore, bool? SuggestedPrefill);
