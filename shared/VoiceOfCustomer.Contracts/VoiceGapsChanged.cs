namespace VoiceOfCustomer.Contracts;

/// <summary>
/// The reviewer's set of segments with a voice gap changed (or a gap's ratio moved): Segments is the whole current
/// set, so a receiver replaces what it had. Prioritization re-weights those segments' accounts (1 / ratio, capped).
/// </summary>
public sealed record VoiceGapsChanged(
    Guid ChangeId,
    Guid CorrelationId,
    DateTimeOffset ChangedAt,
    IReadOnlyList<SegmentVoiceGap> Segments);
