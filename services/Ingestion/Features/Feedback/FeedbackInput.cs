namespace VoiceOfCustomer.Ingestion.Features.Feedback;

/// <summary>A feedback item as a CSM sends it (API body or CSV row). Every field is optional here so a missing one is named in the error, not lost in binding.</summary>
public sealed record FeedbackInput(
    string? AccountId,
    string? ContactName,
    string? ContactEmail,
    string? Text,
    string? SourceChannel,
    string? CsmId,
    int? CsmImportance,
    string? BusinessGoal,
    int? GoalProximity,
    string? Language,
    DateTimeOffset? OccurredAt,
    string? IdempotencyKey);
