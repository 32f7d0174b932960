using Dapper;
using VoiceOfCustomer.Testing;

namespace VoiceOfCustomer.Ingestion.Tests.Support;

/// <summary>
/// Puts an item back where a crash would have left it: written by Ingestion, its FeedbackSubmitted lost
/// (as the in-memory transport loses messages on a crash), so no later stage ever happened.
/// </summary>
public static class Crash
{
    private const string Forget = """
        DELETE FROM tagging_items WHERE feedback_id = @FeedbackId;
        DELETE FROM prioritization_inbox WHERE feedback_id = @FeedbackId;
        DELETE FROM review_feedback WHERE feedback_id = @FeedbackId;
        DELETE FROM ingestion_stage_history WHERE feedback_id = @FeedbackId;
        UPDATE ingestion_feedback SET stage = 0, stage_changed_at = @LastMoved, nudged_at = NULL WHERE feedback_id = @FeedbackId;
        """;

    private const string Pending = """
        SELECT (SELECT COUNT(*) FROM ingestion_outbox) + (SELECT COUNT(*) FROM tagging_outbox) + (SELECT COUNT(*) FROM prioritization_outbox)
             + (SELECT COUNT(*) FROM review_outbox) + (SELECT COUNT(*) FROM portal_outbox)
        """;

    private const string Tagged = "SELECT COUNT(*) FROM tagging_items WHERE feedback_id = @FeedbackId";

    public static async Task LoseDownstreamStagesAsync(this AllInOneHost host, Guid feedbackId, DateTimeOffset lastMoved)
    {
        ArgumentNullException.ThrowIfNull(host);
        await host.OutboxesDrainedAsync();
        await using var connection = host.Connect();
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await connection.ExecuteAsync(Forget, new { FeedbackId = feedbackId, LastMoved = lastMoved }, transaction);
        await transaction.CommitAsync();
    }

    /// <summary>
    /// Waits until no service has an event left to publish, so no message of the item's first trip through the pipeline
    /// arrives after the "crash" and is taken for the reconciler's work.
    /// </summary>
    public static async Task OutboxesDrainedAsync(this AllInOneHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        await Eventually.Until(async () =>
        {
            await using var connection = host.Connect();
            return await connection.ExecuteScalarAsync<long>(Pending);
        }, pending => pending == 0, TimeSpan.FromSeconds(30), "every outbox to be published");
    }

    public static async Task<bool> IsTaggedAsync(this AllInOneHost host, Guid feedbackId)
    {
        ArgumentNullException.ThrowIfNull(host);
        await using var connection = host.Connect();
        return await connection.ExecuteScalarAsync<long>(Tagged, new { FeedbackId = feedbackId }) == 1;
    }
}
