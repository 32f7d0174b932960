namespace VoiceOfCustomer.Client;

/// <summary>A feedback item to submit (POST /api/feedback). Fields left null are named by the server if required.</summary>
public sealed record FeedbackDraft(
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

/// <summary>The server accepted an item (202): its id and where it is.</summary>
public sealed record SubmittedFeedback(Guid FeedbackId, string Stage, bool Replayed);
