namespace VoiceOfCustomer.Contracts;

/// <summary>
/// A PM merged request RequestId into request Into: its items now count there and RequestId is closed. Tagging follows
/// it so the similar-request suggestion never names a closed request.
/// </summary>
public sealed record RequestMerged(
    Guid MergeId,
    Guid CorrelationId,
    DateTimeOffset MergedAt,
    Guid RequestId,
    Guid Into,
    string MergedBy);
