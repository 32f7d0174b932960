using MassTransit;
using VoiceOfCustomer.Contracts;
using VoiceOfCustomer.Hosting.Messaging;
using VoiceOfCustomer.Hosting.Storage;

namespace VoiceOfCustomer.Review.Features.WatchFeedback;

/// <summary>Registers each queued item so its triage is measured against its segments; announces it watched.</summary>
public sealed class WatchFeedbackConsumer(Database database, TimeProvider clock) : IConsumer<Batch<FeedbackQueued>>
{
    private const string Insert = """
        INSERT INTO review_feedback (feedback_id, account_id, csm_id, occurred_at, watched_at)
        SELECT @FeedbackId, @AccountId, @CsmId, @OccurredAt, @WatchedAt
        WHERE NOT EXISTS (SELECT 1 FROM review_feedback WHERE feedback_id = @FeedbackId)
        """;

    private const string WatchedAt = "SELECT watched_at FROM review_feedback WHERE feedback_id = @FeedbackId";

    public async Task Consume(ConsumeContext<Batch<FeedbackQueued>> context)
    {
        var now = clock.GetUtcNow();
        var messages = context.Message.Select(m => m.Message).ToList();
        var rows = messages.Select(m => new { m.FeedbackId, m.Feedback.AccountId, m.Feedback.CsmId, m.Feedback.OccurredAt, WatchedAt = now }).ToList();
        var recording = await database.RecordOnceAsync(rows, row => row.WatchedAt, Insert, WatchedAt, context.CancellationToken);
        await recording.PublishRecordedAsync((i, at) =>
        {
            var m = messages[i];
            return context.PublishStageAsync(m.FeedbackId, m.CorrelationId, new FeedbackWatched(m.FeedbackId, m.CorrelationId, at, m.Feedback.AccountId), context.CancellationToken);
        });
    }
}
