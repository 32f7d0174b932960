using Dapper;
using Npgsql;
using VoiceOfCustomer.Contracts;

namespace VoiceOfCustomer.Integration.Tests.Support;

/// <summary>Reads the services' own tables to check what each one recorded (tests may look; services never do).</summary>
internal sealed class PipelineTables(string connectionString) : IAsyncDisposable
{
    private const string Downstream = """
        SELECT (SELECT COUNT(*) FROM tagging_items WHERE feedback_id = ANY(@Ids)) AS TaggingItems,
               (SELECT COUNT(*) FROM prioritization_inbox WHERE feedback_id = ANY(@Ids)) AS PrioritizationInbox,
               (SELECT COUNT(*) FROM review_feedback WHERE feedback_id = ANY(@Ids)) AS ReviewFeedback
        """;

    private const string AtStage = "SELECT COUNT(*) FROM ingestion_feedback WHERE feedback_id = ANY(@Ids) AND stage = @Stage";

    private const string Account = """
        SELECT region AS Region, country AS Country, language AS Language, size_band AS SizeBand, industry AS Industry,
               plan_tier AS PlanTier, arr AS Arr, custom AS Custom
        FROM review_accounts WHERE account_id = @AccountId
        """;

    private const string Submitted = """
        SELECT feedback_id AS FeedbackId, correlation_id AS CorrelationId, submitted_at AS SubmittedAt, account_id AS AccountId,
               csm_id AS CsmId, source_channel AS SourceChannel, csm_importance AS CsmImportance, goal_proximity AS GoalProximity,
               declared_language AS DeclaredLanguage, occurred_at AS OccurredAt, text AS Text
        FROM ingestion_feedback WHERE feedback_id = @FeedbackId
        """;

    private const string VoiceGaps = "SELECT attribute AS Attribute, value AS Value, ratio AS Ratio FROM prioritization_voice_gaps ORDER BY attribute, value";

    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(connectionString);

    public async Task<DownstreamRows> DownstreamRowsAsync(IReadOnlyCollection<Guid> feedbackIds)
    {
        await using var connection = await _dataSource.OpenConnectionAsync();
        return await connection.QuerySingleAsync<DownstreamRows>(Downstream, new { Ids = feedbackIds.ToArray() });
    }

    /// <summary>How many of the items Ingestion has at the stage.</summary>
    public async Task<long> CountAtStageAsync(IReadOnlyCollection<Guid> feedbackIds, PipelineStage stage)
    {
        await using var connection = await _dataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<long>(AtStage, new { Ids = feedbackIds.ToArray(), Stage = (int)stage });
    }

    public async Task<ReviewAccount?> ReviewAccountAsync(string accountId)
    {
        await using var connection = await _dataSource.OpenConnectionAsync();
        return await connection.QuerySingleOrDefaultAsync<ReviewAccount>(Account, new { AccountId = accountId });
    }

    /// <summary>Prioritization's copy of the voice gaps Review announced.</summary>
    public async Task<IReadOnlyList<SegmentVoiceGap>> VoiceGapsAsync()
    {
        await using var connection = await _dataSource.OpenConnectionAsync();
        return [.. await connection.QueryAsync<SegmentVoiceGap>(VoiceGaps)];
    }

    /// <summary>The FeedbackSubmitted that Ingestion's outbox sent for an item, rebuilt from the item as stored (as its reconciler does).</summary>
    public async Task<FeedbackSubmitted> SubmittedMessageAsync(Guid feedbackId)
    {
        await using var connection = await _dataSource.OpenConnectionAsync();
        var row = await connection.QuerySingleAsync<SubmittedRow>(Submitted, new { FeedbackId = feedbackId });
        return new FeedbackSubmitted(row.FeedbackId, row.CorrelationId, Utc(row.SubmittedAt),
            new FeedbackDetails(row.AccountId, row.CsmId, row.SourceChannel, row.CsmImportance, row.GoalProximity, row.DeclaredLanguage, Utc(row.OccurredAt)),
            row.Text);
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    // Npgsql reads timestamptz as a UTC DateTime; read that way, these rows do not depend on the services' Dapper type handlers.
    private static DateTimeOffset Utc(DateTime instant) => new(DateTime.SpecifyKind(instant, DateTimeKind.Utc));

    private sealed record SubmittedRow
    {
        public Guid FeedbackId { get; init; }

        public Guid CorrelationId { get; init; }

        public DateTime SubmittedAt { get; init; }

        public string AccountId { get; init; } = "";

        public string CsmId { get; init; } = "";

        public string SourceChannel { get; init; } = "";

        public int CsmImportance { get; init; }

        public int GoalProximity { get; init; }

        public string? DeclaredLanguage { get; init; }

        public DateTime OccurredAt { get; init; }

        public string Text { get; init; } = "";
    }
}
