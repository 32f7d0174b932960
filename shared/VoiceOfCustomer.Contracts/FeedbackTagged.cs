namespace VoiceOfCustomer.Contracts;

/// <summary>
/// Tagging has processed the item. The text travels on, so triage and the queue can show what the customer said;
/// Tags holds what the taggers found (null only from a publisher older than the taggers).
/// </summary>
public sealed record FeedbackTagged(
    Guid FeedbackId,
    Guid CorrelationId,
    DateTimeOffset TaggedAt,
    FeedbackDetails Feedback,
    string Text,
    ItemTags? Tags = null);
