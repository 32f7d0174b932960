using MassTransit;
using VoiceOfCustomer.Contracts;
using VoiceOfCustomer.Hosting.Messaging;
using VoiceOfCustomer.Hosting.Storage;

namespace VoiceOfCustomer.Prioritization.Features.TriageInbox;

/// <summary>Puts each tagged item in its CSM's triage inbox, with its tags and similar-request suggestion, and announces it queued.</summary>
public sealed class QueueForTriageConsumer(Database database, TimeProvider clock) : IConsumer<Batch<FeedbackTagged>>
{
    private const string Insert = """
        INSERT INTO prioritization_inbox (feedback_id, account_id, csm_id, source_channel, csm_importance, importance, goal_proximity, declared_language, occurred_at, queued_at, text,
                                          language, sentiment, kinds, churn_risk, area_id, theme_id, severity, suggested_request_id, suggested_score, suggested_prefill)
        SELECT @FeedbackId, @AccountId, @CsmId, @SourceChannel, @CsmImportance, @CsmImportance, @GoalProximity, @DeclaredLanguage, @OccurredAt, @QueuedAt, @Text,
               @Language, @Sentiment, @Kinds, @ChurnRisk, @AreaId, @ThemeId, @Severity, @SuggestedRequestId, @SuggestedScore, @SuggestedPrefill
        WHERE NOT EXISTS (SELECT 1 FROM prioritization_inbox WHERE feedback_id = @FeedbackId)
        """;

    private const string QueuedAt = "SELECT queued_at FROM prioritization_inbox WHERE feedback_id = @FeedbackId";

    public async Task Consume(ConsumeContext<Batch<FeedbackTagged>> context)
    {
        var now = clock.GetUtcNow();
        var messages = context.Message.Select(m => m.Message).ToList();
        var rows = messages.Select(m => new
        {
            m.FeedbackId, m.Feedback.AccountId, m.Feedback.CsmId, m.Feedback.SourceChannel, m.Feedback.CsmImportance,
            m.Feedback.GoalProximity, m.Feedback.DeclaredLanguage, m.Feedback.OccurredAt, QueuedAt = now, m.Text,
            m.Tags?.Language, m.Tags?.Sentiment, Kinds = m.Tags is { } tags ? string.Join(',', tags.Kinds) : null, ChurnRisk = m.Tags?.ChurnRisk,
            m.Tags?.AreaId, m.Tags?.ThemeId, Severity = (decimal?)m.Tags?.Severity, // batch parameters take decimals, not doubles
            SuggestedRequestId = m.Tags?.SimilarRequest?.RequestId, SuggestedScore = (decimal?)m.Tags?.SimilarRequest?.Score, SuggestedPrefill = m.Tags?.SimilarRequest?.Prefill,
        }).ToList();
        var recording = await database.RecordOnceAsync(rows, row => row.QueuedAt, Insert, QueuedAt, context.CancellationToken);
        await recording.PublishRecordedAsync((i, at) =>
        {
            var m = messages[i];
            return context.PublishStageAsync(m.FeedbackId, m.CorrelationId, new FeedbackQueued(m.FeedbackId, m.CorrelationId, at, m.Feedback), context.CancellationToken);
        });
    }
}
