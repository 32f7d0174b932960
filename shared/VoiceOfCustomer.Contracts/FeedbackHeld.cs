namespace VoiceOfCustomer.Contracts;

/// <summary>The reviewer holds a suppressed item for a second look (two-person rule): it cannot be finally suppressed until resolved.</summary>
public sealed record FeedbackHeld(
    Guid FeedbackId,
    Guid CorrelationId,
    DateTimeOffset HeldAt,
    Guid HoldId,
    string Why);
