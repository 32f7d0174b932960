namespace VoiceOfCustomer.Contracts;

public sealed record FeedbackSubmitted(
    Guid FeedbackId,
    Guid CorrelationId,
    DateTimeOffset SubmittedAt,
    FeedbackDetails Feedback,
    string Text);
