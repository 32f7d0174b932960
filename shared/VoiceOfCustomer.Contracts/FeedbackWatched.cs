namespace VoiceOfCustomer.Contracts;

/// <summary>Review registered the item: from now on its triage counts in the disparity statistics.</summary>
public sealed record FeedbackWatched(
    Guid FeedbackId,
    Guid CorrelationId,
    DateTimeOffset WatchedAt,
    string AccountId);
