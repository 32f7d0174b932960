namespace VoiceOfCustomer.Ingestion.Features.Feedback;

/// <summary>A feedback item that passed validation, ready to be written.</summary>
public sealed record NewFeedback(
    string AccountId,
    string? ContactName,
    string? ContactEmail,
    string Text,
    string SourceChannel,
    string CsmId,
    int CsmImportance,
    string? BusinessGoal,
    int GoalProximity,
    string? Language,
    DateTimeOffset OccurredAt,
    string? IdempotencyKey,
    string RequestHash);
