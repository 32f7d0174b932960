namespace VoiceOfCustomer.Review.Features.Erasure;

/// <summary>
/// The answer to an erasure request: its id (the audit record's erasureId), how many texts Review redacted itself,
/// and the audit record's sequence number. The other services redact theirs as PersonErasureRequested reaches them.
/// </summary>
public sealed record ErasureReceipt(Guid ErasureId, DateTimeOffset RequestedAt, int ReviewTextsRedacted, long AuditSeq);
