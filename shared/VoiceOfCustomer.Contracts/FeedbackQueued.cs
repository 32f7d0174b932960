namespace VoiceOfCustomer.Contracts;

/// <summary>The item entered the triage inbox of its CSM.</summary>
public sealed record FeedbackQueued(
    Guid FeedbackId,
    Guid CorrelationId,
    DateTimeOffset QueuedAt,
    FeedbackDetails Feedback);
