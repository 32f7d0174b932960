namespace VoiceOfCustomer.Contracts;

/// <summary>
/// A CSM or PM corrected an item's tags: a new record (the machine's tags are never edited). Null fields were not
/// corrected. Kinds are snake_case, Sentiment is negative, neutral or positive.
/// </summary>
public sealed record TagsCorrected(
    Guid CorrectionId,
    Guid FeedbackId,
    Guid CorrelationId,
    DateTimeOffset CorrectedAt,
    string CorrectedBy,
    IReadOnlyList<string>? Kinds,
    string? AreaId,
    string? ThemeId,
    string? Sentiment);
