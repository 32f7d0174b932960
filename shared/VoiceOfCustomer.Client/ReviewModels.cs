namespace VoiceOfCustomer.Client;

/// <summary>A held (under-represented segment) or sampled suppression with what the customer said and who suppressed it why (GET /api/review/holds).</summary>
public sealed record ReviewHold(
    Guid HoldId, Guid FeedbackId, string Kind, string Why, DateTimeOffset HeldAt, string AccountId, string CsmId, string SuppressedBy,
    DateTimeOffset SuppressedAt, string? Reason, string? ReasonText, string? Text, IReadOnlyDictionary<string, string> Segments,
    bool? Reinstated, string? Note, string? ResolvedBy, DateTimeOffset? ResolvedAt, string Status);

/// <summary>A recorded disposition: never edited, one per hold.</summary>
public sealed record ReviewDisposition(Guid DispositionId, Guid HoldId, Guid FeedbackId, bool Reinstated, string? Note, string DecidedBy, DateTimeOffset DecidedAt);

/// <summary>How many items of one kind are in the review queue, open and resolved.</summary>
public sealed record ReviewHoldCounts(string Kind, long Total, long Open, long Reinstated, long Confirmed);

/// <summary>The review queue in figures, with the miss rate (share of resolved samples reinstated) when known.</summary>
public sealed record ReviewHoldSummary(ReviewHoldCounts Held, ReviewHoldCounts Sampled, double SampleShare, double? MissRate, string Sentence);

/// <summary>The answer to an erasure request: its id, what Review redacted itself, and the audit record that holds its keyed hashes.</summary>
public sealed record ErasureReceipt(Guid ErasureId, DateTimeOffset RequestedAt, int ReviewTextsRedacted, long AuditSeq);
