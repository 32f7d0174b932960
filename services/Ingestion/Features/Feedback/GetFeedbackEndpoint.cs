using Dapper;
using VoiceOfCustomer.Hosting.Storage;

namespace VoiceOfCustomer.Ingestion.Features.Feedback;

/// <summary>GET /api/feedback/{id}: the item as logged, where it is in the pipeline, and when it reached each stage.</summary>
public static class GetFeedbackEndpoint
{
    public const string RouteName = "GetFeedback";

    private const string Item = """
        SELECT feedback_id AS FeedbackId, account_id AS AccountId, contact_name AS ContactName, contact_email AS ContactEmail,
            text AS Text, source_channel AS SourceChannel, csm_id AS CsmId, csm_importance AS CsmImportance,
            business_goal AS BusinessGoal, goal_proximity AS GoalProximity, declared_language AS Language,
            occurred_at AS OccurredAt, submitted_at AS SubmittedAt, idempotency_key AS IdempotencyKey,
            import_job_id AS ImportJobId, stage AS StageNumber
        FROM ingestion_feedback WHERE feedback_id = @Id
        """;

    private const string History = """
        SELECT stage AS Stage, reached_at AS ReachedAt FROM ingestion_stage_history WHERE feedback_id = @Id ORDER BY stage
        """;

    public sealed record StageReached(string Stage, DateTimeOffset ReachedAt);

    public sealed record FeedbackItem
    {
        public Guid FeedbackId { get; init; }

        public string AccountId { get; init; } = "";

        public string? ContactName { get; init; }

        public string? ContactEmail { get; init; }

        public string Text { get; init; } = "";

        public string SourceChannel { get; init; } = "";

        public string CsmId { get; init; } = "";

        public int CsmImportance { get; init; }

        public string? BusinessGoal { get; init; }

        public int GoalProximity { get; init; }

        public string? Language { get; init; }

        public DateTimeOffset OccurredAt { get; init; }

        public DateTimeOffset SubmittedAt { get; init; }

        public string? IdempotencyKey { get; init; }

        public Guid? ImportJobId { get; init; }

        public string Stage => PipelineStages.Name(StageNumber);

        internal int StageNumber { get; init; }

        public IReadOnlyList<StageReached> History { get; init; } = [];
    }

    public static async Task<IResult> HandleAsync(Guid id, Database database, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var item = await connection.QuerySingleOrDefaultAsync<FeedbackItem>(new CommandDefinition(Item, new { Id = id }, cancellationToken: cancellationToken));
        if (item is null)
        {
            return TypedResults.Problem(title: "No such feedback item.", detail: $"No feedback item has id {id}.", statusCode: StatusCodes.Status404NotFound);
        }

        var reached = await connection.QueryAsync<HistoryRow>(new CommandDefinition(History, new { Id = id }, cancellationToken: cancellationToken));
        var history = reached.Select(r => new StageReached(PipelineStages.Name(r.Stage), r.ReachedAt)).Prepend(new StageReached("submitted", item.SubmittedAt));
        return TypedResults.Ok(item with { History = history.ToList() });
    }

    private sealed record HistoryRow
    {
        public int Stage { get; init; }

        public DateTimeOffset ReachedAt { get; init; }
    }
}
