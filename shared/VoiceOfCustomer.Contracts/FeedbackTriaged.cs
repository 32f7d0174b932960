namespace VoiceOfCustomer.Contracts;

/// <summary>
/// A CSM decided about an item. Decisions are never edited: a later one supersedes this one (and names it), and
/// both stay on record. The reviewer reads these to measure who gets suppressed.
/// </summary>
public sealed record FeedbackTriaged(
    Guid FeedbackId,
    Guid CorrelationId,
    DateTimeOffset DecidedAt,
    Guid DecisionId,
    Guid? SupersedesDecisionId,
    string DecidedBy,
    TriageAction Action,
    Guid? RequestId,
    int? NewImportance,
    SuppressionReason? Reason,
    string? ReasonText,
    FeedbackDetails Feedback);
