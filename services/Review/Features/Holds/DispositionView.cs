namespace VoiceOfCustomer.Review.Features.Holds;

/// <summary>A disposition as recorded (review_dispositions): never edited, one per hold.</summary>
public sealed record DispositionView(Guid DispositionId, Guid HoldId, Guid FeedbackId, bool Reinstated, string? Note, string DecidedBy, DateTimeOffset DecidedAt);
