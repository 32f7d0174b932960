namespace VoiceOfCustomer.Client;

/// <summary>One item as logged (GET /api/feedback/{id}) with its stage and when it reached each stage.</summary>
public sealed record FeedbackItem(
    Guid FeedbackId,
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
    DateTimeOffset SubmittedAt,
    Guid? ImportJobId,
    string Stage,
    IReadOnlyList<StageReached> History);

public sealed record StageReached(string Stage, DateTimeOffset ReachedAt);

/// <summary>A page of items, newest first (GET /api/feedback); NextCursor fetches the next page.</summary>
public sealed record FeedbackPage(IReadOnlyList<FeedbackSummary> Items, string? NextCursor);

public sealed record FeedbackSummary(
    Guid FeedbackId, string AccountId, string CsmId, string SourceChannel, string Excerpt, int CsmImportance, DateTimeOffset SubmittedAt, string Stage);

/// <summary>What GET /api/feedback filters on.</summary>
public sealed record FeedbackFilter(string? AccountId = null, string? CsmId = null, string? Stage = null, string? Cursor = null, int? Limit = null);
