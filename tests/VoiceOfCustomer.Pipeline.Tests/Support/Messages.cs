using VoiceOfCustomer.Contracts;

namespace VoiceOfCustomer.Pipeline.Tests.Support;

/// <summary>Pipeline events as the stage before the one under test publishes them.</summary>
public static class Messages
{
    public static readonly DateTimeOffset OccurredAt = new(2026, 2, 20, 15, 30, 0, TimeSpan.Zero);

    public static FeedbackDetails Details(string accountId = "acme") =>
        new(accountId, "csm-ana", "email", 2, 1, "pt-BR", OccurredAt);

    public const string Text = "Exports time out when the report has more than 10,000 rows.";

    public static FeedbackSubmitted Submitted(Guid feedbackId, string accountId = "acme") =>
        new(feedbackId, Guid.NewGuid(), ConsumerHost.Start.AddMinutes(-1), Details(accountId), Text);

    public static FeedbackTagged Tagged(Guid feedbackId, DateTimeOffset taggedAt, string accountId = "acme") =>
        new(feedbackId, Guid.NewGuid(), taggedAt, Details(accountId), Text);

    public static FeedbackQueued Queued(Guid feedbackId, DateTimeOffset queuedAt, string accountId = "acme") =>
        new(feedbackId, Guid.NewGuid(), queuedAt, Details(accountId));

    public static FeedbackWatched Watched(Guid feedbackId, DateTimeOffset watchedAt, string accountId = "acme") =>
        new(feedbackId, Guid.NewGuid(), watchedAt, accountId);
}
