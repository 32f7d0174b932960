namespace VoiceOfCustomer.Contracts;

/// <summary>The facts of a feedback item as the CSM logged them, carried forward so every stage is self-contained.</summary>
public sealed record FeedbackDetails(
    string AccountId,
    string CsmId,
    string SourceChannel,
    int CsmImportance,
    int GoalProximity,
    string? DeclaredLanguage,
    DateTimeOffset OccurredAt);
