namespace VoiceOfCustomer.Contracts;

/// <summary>A second person resolved a hold: the suppression stands (Confirmed) or the item goes back to the queue (Reinstated).</summary>
public sealed record ReviewResolved(
    Guid FeedbackId,
    Guid CorrelationId,
    DateTimeOffset ResolvedAt,
    Guid HoldId,
    bool Reinstated,
    string ResolvedBy);
