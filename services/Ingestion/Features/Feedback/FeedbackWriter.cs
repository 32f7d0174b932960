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
    public async Task<Guid?> WriteAsync(UnitOfWork work, NewFeedback feedback, Guid? importJobId, DateTimeOffset now, CancellationToken cancellationToken) =>
        (await WriteManyAsync(work, [feedback], importJobId, now, cancellationToken))[0];

    /// <summary>
    /// Writes many items (an import batch, or API submissions committed together) with one prepared statement, or
    /// one round trip where the provider batches. Returns each item's new id, or null where its idempotency key was
    /// already taken (also by an earlier item of the same batch).
    /// </summary>
    public async Task<IReadOnlyList<Guid?>> WriteManyAsync(
        UnitOfWork work, IReadOnlyList<NewFeedback> feedback, Guid? importJobId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(feedback);
        var rows = feedback.Select(item => FeedbackRow.For(item, importJobId, now)).ToList();
        var inserted = await work.ExecuteEachAsync(Insert, rows, cancellationToken);
        var messages = rows.Select((row, i) => (Row: row, Inserted: inserted[i] == 1, Feedback: feedback[i]))
            .Where(item => item.Inserted)
            .Select(item => (MessageIds.For(item.Row.FeedbackId, nameof(FeedbackSubmitted)), item.Row.CorrelationId, item.Row.Submitted(item.Feedback)))
            .ToList();
        await outbox.AddManyAsync(work, messages, cancellationToken);
        return rows.Select((row, i) => inserted[i] == 1 ? row.FeedbackId : (Guid?)null).ToList();
    }

    /// <summary>Call after commit: the relay publishes at once instead of at its next poll.</summary>
    public void Announce() => outbox.Notify();
}

/// <summary>The columns of one ingestion_feedback row, named as the INSERT's parameters.</summary>
internal sealed record FeedbackRow(
    Guid FeedbackId, Guid CorrelationId, string AccountId, string? ContactName, string? ContactEmail, string Text, string SourceChannel,
    string CsmId, int CsmImportance, string? BusinessGoal, int GoalProximity, string? Language, DateTimeOffset OccurredAt,
    DateTimeOffset SubmittedAt, string? IdempotencyKey, string RequestHash, Guid? ImportJobId)
{
    public static FeedbackRow For(NewFeedback feedback, Guid? importJobId, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), Guid.NewGuid(), feedback.AccountId, feedback.ContactName, feedback.ContactEmail, feedback.Text,
        feedback.SourceChannel, feedback.CsmId, feedback.CsmImportance, feedback.BusinessGoal, feedback.GoalProximity, feedback.Language,
        feedback.OccurredAt, now, feedback.IdempotencyKey, feedback.RequestHash, importJobId);

    public FeedbackSubmitted Submitted(NewFeedback feedback) => new(FeedbackId, CorrelationId, SubmittedAt, feedback.ToDetails(), feedback.Text);
}
