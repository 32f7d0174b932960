using Dapper;
using VoiceOfCustomer.Contracts;
using VoiceOfCustomer.Hosting.Http;
using VoiceOfCustomer.Hosting.Storage;

namespace VoiceOfCustomer.Ingestion.Features.Feedback;

/// <summary>GET /api/feedback: newest first, filtered by account, CSM or stage, paged by the last item seen.</summary>
public static class ListFeedbackEndpoint
{
    // Only the filters given become conditions (the SQL is built from these constants, never from values): a
    // "@Before IS NULL" test of an absent instant is a parameter PostgreSQL cannot type.
    private const string ByAccount = "account_id = @AccountId";
    private const string ByCsm = "csm_id = @CsmId";
    private const string ByStage = "stage = @Stage";
    private const string AfterCursor = "(submitted_at < @Before OR (submitted_at = @Before AND feedback_id < @BeforeId))";
    private const string Order = "ORDER BY submitted_at DESC, feedback_id DESC";

    private const string Columns = """
        feedback_id AS FeedbackId, account_id AS AccountId, csm_id AS CsmId, source_channel AS SourceChannel,
        substr(text, 1, 200) AS Excerpt, csm_importance AS CsmImportance, submitted_at AS SubmittedAt, stage AS StageNumber
        """;

    public sealed record Summary
    {
        public Guid FeedbackId { get; init; }

        public string AccountId { get; init; } = "";

        public string CsmId { get; init; } = "";

        public string SourceChannel { get; init; } = "";

        public string Excerpt { get; init; } = "";

        public int CsmImportance { get; init; }

        public DateTimeOffset SubmittedAt { get; init; }

        public string Stage => PipelineStages.Name(StageNumber);

        internal int StageNumber { get; init; }
    }

    public sealed record Page(IReadOnlyList<Summary> Items, string? NextCursor);

    public static async Task<IResult> HandleAsync(
        Database database, string? accountId, string? csmId, string? stage, string? cursor, int? limit, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        int? stageNumber = null;
        if (stage is not null)
        {
            if (Enum.TryParse<PipelineStage>(stage, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
            {
                stageNumber = (int)parsed;
            }
            else
            {
                errors.Add("stage", $"'{stage}' is not a stage: use one of {string.Join(", ", Enum.GetNames<PipelineStage>().Select(n => n.ToLowerInvariant()))}.");
            }
        }

        var position = FeedbackCursor.Parse(cursor);
        if (cursor is not null && position is null)
        {
            errors.Add("cursor", "The cursor is not one this API returned: pass nextCursor from the previous page.");
        }

        if (limit is < 1 or > 200)
        {
            errors.Add("limit", "limit must be from 1 to 200.");
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var take = limit ?? 50;
        var conditions = new (bool Given, string Condition)[] { (accountId is not null, ByAccount), (csmId is not null, ByCsm), (stageNumber is not null, ByStage), (position is not null, AfterCursor) }
            .Where(c => c.Given).Select(c => c.Condition).ToList();
        var filter = (conditions.Count == 0 ? "" : "WHERE " + string.Join(" AND ", conditions)) + " " + Order;
        var sql = database.Pick(
            sqlite: $"SELECT {Columns} FROM ingestion_feedback {filter} LIMIT @Take",
            postgreSql: $"SELECT {Columns} FROM ingestion_feedback {filter} LIMIT @Take",
            sqlServer: $"SELECT TOP (@Take) {Columns.Replace("substr(", "substring(", StringComparison.Ordinal)} FROM ingestion_feedback {filter}");
        await using var connection = await database.OpenAsync(cancellationToken);
        var items = (await connection.QueryAsync<Summary>(new CommandDefinition(
            sql, new { AccountId = accountId, CsmId = csmId, Stage = stageNumber, Before = position?.SubmittedAt, BeforeId = position?.FeedbackId, Take = take }, cancellationToken: cancellationToken))).ToList();
        return TypedResults.Ok(new Page(items, items.Count == take ? FeedbackCursor.After(items[^1].SubmittedAt, items[^1].FeedbackId) : null));
    }
}
