using VoiceOfCustomer.Contracts;
using VoiceOfCustomer.Hosting.Messaging;
using VoiceOfCustomer.Hosting.Storage;

namespace VoiceOfCustomer.Ingestion.Features.Feedback;

/// <summary>
/// Writes accepted feedback with its FeedbackSubmitted outbox row in the caller's transaction.
/// An item whose idempotency key is already taken is not written again.
/// </summary>
public sealed class FeedbackWriter([FromKeyedServices(IngestionModule.Name)] Outbox outbox)
{
    private const string Insert = """
        INSERT INTO ingestion_feedback (feedback_id, correlation_id, account_id, contact_name, contact_email, text, source_channel,
            csm_id, csm_importance, business_goal, goal_proximity, declared_language, occurred_at, submitted_at,
            idempotency_key, request_hash, import_job_id, stage, stage_changed_at)
        SELECT @FeedbackId, @CorrelationId, @AccountId, @ContactName, @ContactEmail, @Text, @SourceChannel,
            @CsmId, @CsmImportance, @BusinessGoal, @GoalProximity, @Language, @OccurredAt, @SubmittedAt,
            @IdempotencyKey, @RequestHash, @ImportJobId, 0, @SubmittedAt
        WHERE NOT EXISTS (SELECT 1 FROM ingestion_feedback WHERE idempotency_key = @IdempotencyKey)
        """;

    /// <summary>Returns the new item's id, or null when the idempotency key already names an item.</summary>
    public async Task<Guid?> WriteAsync(UnitOfWork work, NewFeedback feedback, Guid? importJobId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(feedback);
        var row = new
        {
            FeedbackId = Guid.CreateVersion7(now),
            CorrelationId = Guid.NewGuid(),
            feedback.AccountId, feedback.ContactName, feedback.ContactEmail, feedback.Text, feedback.SourceChannel,
            feedback.CsmId, feedback.CsmImportance, feedback.BusinessGoal, feedback.GoalProximity, feedback.Language,
            feedback.OccurredAt, SubmittedAt = now, feedback.IdempotencyKey, feedback.RequestHash, ImportJobId = importJobId,
        };
        if (await work.ExecuteAsync(Insert, row, cancellationToken) == 0)
        {
            return null;
        }

        var submitted = new FeedbackSubmitted(row.FeedbackId, row.CorrelationId, now, feedback.ToDetails(), feedback.Text);
        await outbox.AddAsync(work, MessageIds.For(row.FeedbackId, nameof(FeedbackSubmitted)), row.CorrelationId, submitted, cancellationToken);
        return row.FeedbackId;
    }

    /// <summary>Call after commit: the relay publishes at once instead of at its next poll.</summary>
    public void Announce() => outbox.Notify();
}
