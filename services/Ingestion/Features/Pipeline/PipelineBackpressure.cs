using System.Text.Json;
using Dapper;
using Microsoft.Extensions.Options;
using VoiceOfCustomer.Contracts;
using VoiceOfCustomer.Hosting.Messaging;
using VoiceOfCustomer.Hosting.Storage;

namespace VoiceOfCustomer.Ingestion.Features.Pipeline;

/// <summary>
/// Ingestion's outbox gate. In flight are the items published to the pipeline and not yet watched: the items past the
/// first stage, and the first-stage items submitted before the oldest FeedbackSubmitted still waiting in the outbox
/// (the relay publishes in order). The relay publishes while they are fewer than Ingestion:MaxInFlight, so a large
/// import's backlog waits in the outbox table, not in the bus's memory. Asked by one relay at a time.
/// </summary>
public sealed class PipelineBackpressure(Database database, IOptions<IngestionOptions> options, TimeProvider clock, ILogger<PipelineBackpressure> logger)
    : IOutboxGate
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly string _oldestQueued = database.Pick(
        sqlite: "SELECT body FROM ingestion_outbox WHERE message_type = @Type ORDER BY id LIMIT 1",
        postgreSql: "SELECT body FROM ingestion_outbox WHERE message_type = @Type ORDER BY id LIMIT 1",
        sqlServer: "SELECT TOP (1) body FROM ingestion_outbox WHERE message_type = @Type ORDER BY id");

    // Two ranges of ix_ingestion_feedback_stage, each read no further than @Cap: the answer only needs to say whether the limit is reached.
    // Items submitted in the same instant as the oldest waiting one (one slice of an import batch) are left out, so the count errs low, never high.
    private readonly string _inFlight = database.Pick(
        sqlite: """
            SELECT (SELECT COUNT(*) FROM (SELECT 1 AS one FROM ingestion_feedback WHERE stage = 0 AND stage_changed_at < @Before LIMIT @Cap) AS submitted)
                 + (SELECT COUNT(*) FROM (SELECT 1 AS one FROM ingestion_feedback WHERE stage > 0 AND stage < @Last LIMIT @Cap) AS moving)
            """,
        postgreSql: """
            SELECT (SELECT COUNT(*) FROM (SELECT 1 AS one FROM ingestion_feedback WHERE stage = 0 AND stage_changed_at < @Before LIMIT @Cap) AS submitted)
                 + (SELECT COUNT(*) FROM (SELECT 1 AS one FROM ingestion_feedback WHERE stage > 0 AND stage < @Last LIMIT @Cap) AS moving)
            """,
        sqlServer: """
            SELECT (SELECT COUNT(*) FROM (SELECT TOP (@Cap) 1 AS one FROM ingestion_feedback WHERE stage = 0 AND stage_changed_at < @Before) AS submitted)
                 + (SELECT COUNT(*) FROM (SELECT TOP (@Cap) 1 AS one FROM ingestion_feedback WHERE stage > 0 AND stage < @Last) AS moving)
            """);

    private long _stuck;
    private DateTimeOffset? _closedSince;

    public async Task<int> RoomAsync(CancellationToken cancellationToken)
    {
        var limit = options.Value.MaxInFlight;
        var inFlight = await InFlightAsync(limit, cancellationToken);
        _stuck = Math.Min(_stuck, inFlight);
        var room = limit - (inFlight - _stuck);
        if (room > 0)
        {
            _closedSince = null;
            return (int)room;
        }

        var now = clock.GetUtcNow();
        _closedSince ??= now;
        if (now - _closedSince < options.Value.StuckAfter)
        {
            return 0;
        }

        // Closed for StuckAfter without a single item finishing: what is in flight is stuck (a message in _error, a consumer down), not slow, so it stops counting and the pipeline goes on; the reconciler deals with those items.
        logger.LogWarning("{Count} items published to the pipeline have not moved for {StuckAfter}; the outbox relay stops waiting for them", inFlight, options.Value.StuckAfter);
        _stuck = inFlight;
        _closedSince = null;
        return limit;
    }

    /// <summary>Items published and not yet watched, counted up to what the decision needs (the limit plus the items known stuck).</summary>
    private async Task<long> InFlightAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var oldest = await connection.QueryFirstOrDefaultAsync<string>(new CommandDefinition(
            _oldestQueued, new { Type = typeof(FeedbackSubmitted).FullName }, cancellationToken: cancellationToken));
        // Nothing waiting: every first-stage item has been published.
        var before = oldest is null ? clock.GetUtcNow().AddYears(100) : JsonSerializer.Deserialize<FeedbackSubmitted>(oldest, Json)!.SubmittedAt;
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            _inFlight, new { Before = before, Last = (int)PipelineStage.Watched, Cap = limit + _stuck }, cancellationToken: cancellationToken));
    }
}
