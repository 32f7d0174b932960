namespace VoiceOfCustomer.Contracts;

/// <summary>Tagging has processed the item. The text travels on, so triage and the queue can show what the customer said.</summary>
public sealed record FeedbackTagged(
    Guid FeedbackId,
    Guid CorrelationId,
    DateTimeOffset TaggedAt,
    FeedbackDetails Feedback,
    string Text);
