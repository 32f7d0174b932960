using Dapper;
using MassTransit;
using Microsoft.Extensions.Options;
using VoiceOfCustomer.Contracts;
using VoiceOfCustomer.Hosting.Messaging;
using VoiceOfCustomer.Hosting.Storage;

namespace VoiceOfCustomer.Ingestion.Features.Pipeline;

/// <summary>
/// Re-publishes FeedbackSubmitted (same message id) for items that have not reached the last stage within
/// Ingestion:StuckAfter. Every consumer is idempotent and re-publishes what it already did, so one nudge
/// carries the item from wherever it stopped (a crash, a lost in-memory message) to the end.
/// </summary>
public sealed class StuckFeedbackReconciler(
    Database database, IBus bus, IOptions<IngestionOptions> options, TimeProvider clock, ILogger<StuckFeedbackReconciler> logger) : BackgroundService
{
    private const int BatchSize = 1_000;


    private const string StuckColumns = """
        feedback_id AS FeedbackId, correlation_id AS CorrelationId, submitted_at AS SubmittedAt, account_id AS AccountId, csm_id AS CsmId,
        source_channel AS SourceChannel, csm_importance AS CsmImportance, goal_proximity AS GoalProximity,
        declared_language AS Language, occurred_at AS OccurredAt, text AS Text
        """;

    private const string StuckFilter = """
        WHERE stage < @Last AND stage_changed_at < @Cutoff AND (nudged_at IS NULL OR nudged_at < @Cutoff)
        ORDER BY stage_changed_at
        """;

    private const string Nudged = "UPDATE ingestion_feedback SET nudged_at = @Now WHERE feedback_id = @FeedbackId";

    // The oldest row by id, read from the primary key: MIN(created_at) would scan an import's whole backlog.
    private readonly string _oldestOutboxRow = database.Pick(
        sqlite: "SELECT created_at FROM ingestion_outbox ORDER BY id LIMIT 1",
        postgreSql: "SELECT created_at FROM ingestion_outbox ORDER BY id LIMIT 1",
        sqlServer: "SELECT TOP (1) created_at FROM ingestion_outbox ORDER BY id");

    private readonly string _stuck = database.Pick(
        sqlite: $"SELECT {StuckColumns} FROM ingestion_feedback {StuckFilter} LIMIT {BatchSize}",
        postgreSql: $"SELECT {StuckColumns} FROM ingestion_feedback {StuckFilter} LIMIT {BatchSize}",
        sqlServer: $"SELECT TOP ({BatchSize}) {StuckColumns} FROM ingestion_feedback {StuckFilter}");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.ReconcileEvery, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await ReconcileAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Reconciling stuck feedback failed; trying again in {Interval}", options.Value.ReconcileEvery);
            }
        }
    }

    /// <summary>One pass; returns how many items were nudged.</summary>
    public async Task<int> ReconcileAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var cutoff = now - options.Value.StuckAfter;
        List<StuckItem> stuck;
        await using (var connection = await database.OpenAsync(cancellationToken))
        {
            // While the outbox itself is behind, items are waiting for the relay, not lost.
            var oldest = await connection.ExecuteScalarAsync<DateTimeOffset?>(new CommandDefinition(_oldestOutboxRow, cancellationToken: cancellationToken));
            if (oldest < cutoff)
            {
                logger.LogWarning("The outbox holds messages older than {StuckAfter}; reconciling waits for the relay", options.Value.StuckAfter);
                return 0;
            }

            stuck = (await connection.QueryAsync<StuckItem>(new CommandDefinition(
                _stuck, new { Last = (int)PipelineStage.Watched, Cutoff = cutoff }, cancellationToken: cancellationToken))).ToList();
        }

        if (stuck.Count == 0)
        {
            return 0;
        }

        await Task.WhenAll(stuck.Select(item => bus.PublishStageAsync(item.FeedbackId, item.CorrelationId, item.ToMessage(), cancellationToken)));
        await using var work = await database.BeginAsync(cancellationToken);
        await work.ExecuteAsync(Nudged, stuck.Select(item => new { item.FeedbackId, Now = now }), cancellationToken);
        await work.CommitAsync(cancellationToken);
        logger.LogWarning("Re-published {Count} feedback items stuck for more than {StuckAfter}", stuck.Count, options.Value.StuckAfter);
        return stuck.Count;
    }

    private sealed record StuckItem
    {
        public Guid FeedbackId { get; init; }

        public Guid CorrelationId { get; init; }

        public DateTimeOffset SubmittedAt { get; init; }

        public string AccountId { get; init; } = "";

        public string CsmId { get; init; } = "";

        public string SourceChannel { get; init; } = "";

        public int CsmImportance { get; init; }

        public int GoalProximity { get; init; }

        public string? Language { get; init; }

        public DateTimeOffset OccurredAt { get; init; }

        public string Text { get; init; } = "";

        public FeedbackSubmitted ToMessage() => new(FeedbackId, CorrelationId, SubmittedAt,
            new FeedbackDetails(AccountId, CsmId, SourceChannel, CsmImportance, GoalProximity, Language, OccurredAt), Text);
    }
}
