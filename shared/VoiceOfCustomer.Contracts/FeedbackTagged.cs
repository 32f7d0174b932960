namespace VoiceOfCustomer.Contracts;

public sealed record FeedbackTagged(
    Guid FeedbackId,
    Guid CorrelationId,
    DateTimeOffset TaggedAt,
    FeedbackDetails Feedback);
