using Dapper;
using VoiceOfCustomer.Hosting.Http;
using VoiceOfCustomer.Hosting.Storage;
using VoiceOfCustomer.Prioritization.Features.Scoring;

namespace VoiceOfCustomer.Prioritization.Features.Requests;

/// <summary>
/// GET /api/requests: the queue, requests by score, filtered by status, search, region or plan, paged by the last
/// request seen. compare=revenue adds each request's rank in a revenue-only ranking and how far it moved.
/// </summary>
public static class QueueEndpoints
{
    private const string ByStatus = "r.status = @Status";
    private const string BySearch = "lower(r.title) LIKE @Search";
    private const string ByRegion = "EXISTS (SELECT 1 FROM prioritization_request_accounts ra JOIN prioritization_accounts a ON a.account_id = ra.account_id WHERE ra.request_id = r.request_id AND a.region = @Region)";
    private const string ByPlan = "EXISTS (SELECT 1 FROM prioritization_request_accounts ra JOIN prioritization_accounts a ON a.account_id = ra.account_id WHERE ra.request_id = r.request_id AND a.plan_tier = @Plan)";
    private const string AfterCursor = "(r.ranking_key < @Key OR (r.ranking_key = @Key AND r.request_id > @After))";
    private const string Open = "r.merged_into IS NULL";
    private const string Order = "ORDER BY r.ranking_key DESC, r.request_id";

    private const string Columns = """
        r.request_id AS RequestId, r.title AS Title, r.status AS Status, r.ranking_key AS RankingKey, r.reach AS Reach,
        r.revenue_total AS RevenueTotal, r.formula_version AS FormulaVersion
        """;

    private const string RevenueRank = """
        SELECT COUNT(*) + 1 FROM prioritization_requests r WHERE r.merged_into IS NULL AND r.revenue_total > @RevenueTotal
        """;

    private const string ScoreRank = """
        SELECT COUNT(*) + 1 FROM prioritization_requests r WHERE r.merged_into IS NULL
          AND (r.ranking_key > @RankingKey OR (r.ranking_key = @RankingKey AND r.request_id < @RequestId))
        """;

    private const string Verbatims = """
        SELECT request_id AS RequestId, text AS Text FROM (
            SELECT request_id, text, ROW_NUMBER() OVER (PARTITION BY request_id ORDER BY occurred_at DESC, feedback_id) AS n
            FROM prioritization_inbox WHERE request_id IN @RequestIds) ranked
        WHERE n <= 2
        """;

    public sealed record QueueRow(
        Guid RequestId, string Title, string Status, double Score, int Reach, decimal RevenueTotal, int FormulaVersion,
        int Rank, int? RevenueRank, IReadOnlyList<string> Verbatims);

    public sealed record QueuePage(IReadOnlyList<QueueRow> Items, string? NextCursor);

    public static async Task<IResult> ListAsync(
        Database database, ScoreFormula formula, TimeProvider clock, string? status, string? search, string? region, string? plan,
        string? compare, string? cursor, int? limit, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var position = QueueCursor.Parse(cursor);
        if (cursor is not null && position is null)
        {
            errors.Add("cursor", "The cursor is not one this API returned: pass nextCursor from the previous page.");
        }

        if (status is not null && !RequestStatuses.IsKnown(status))
        {
            errors.Add("status", $"'{status}' is not a status: use one of {string.Join(", ", RequestStatuses.All)}.");
        }

        if (compare is not null and not "revenue")
        {
            errors.Add("compare", "compare takes the value revenue.");
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
        var conditions = new (bool Given, string Condition)[]
        {
            (true, Open), (status is not null, ByStatus), (!string.IsNullOrWhiteSpace(search), BySearch),
            (region is not null, ByRegion), (plan is not null, ByPlan), (position is not null, AfterCursor),
        }.Where(c => c.Given).Select(c => c.Condition);
        var filter = "WHERE " + string.Join(" AND ", conditions) + " " + Order;
        var sql = database.Pick(
            sqlite: $"SELECT {Columns} FROM prioritization_requests r {filter} LIMIT @Take",
            postgreSql: $"SELECT {Columns} FROM prioritization_requests r {filter} LIMIT @Take",
            sqlServer: $"SELECT TOP (@Take) {Columns} FROM prioritization_requests r {filter}");
        var now = clock.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken);
        var parameters = new
        {
            Status = status, Search = $"%{search?.Trim().ToLowerInvariant().Replace("%", "", StringComparison.Ordinal)}%", Region = region, Plan = plan,
            Key = position?.RankingKey, After = position?.RequestId, Take = take,
        };
        var rows = (await connection.QueryAsync<RequestRow>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken))).ToList();
        var verbatims = rows.Count == 0
            ? []
            : (await connection.QueryAsync<Verbatim>(new CommandDefinition(Verbatims, new { RequestIds = rows.Select(r => r.RequestId).ToList() }, cancellationToken: cancellationToken))).ToList();
        // Ranks are among all open requests: unfiltered, rows are consecutive, so only a later page's first rank is counted;
        // filtered, rows skip requests, so each row's rank is counted.
        var filtered = status is not null || !string.IsNullOrWhiteSpace(search) || region is not null || plan is not null;
        var firstRank = rows.Count == 0 || position is null || filtered
            ? 1
            : await RankAsync(connection, rows[0], cancellationToken);
        var items = new List<QueueRow>();
        foreach (var (row, index) in rows.Select((row, index) => (row, index)))
        {
            var rank = filtered ? await RankAsync(connection, row, cancellationToken) : firstRank + index;
            int? revenueRank = compare is null
                ? null
                : await connection.ExecuteScalarAsync<int>(new CommandDefinition(RevenueRank, new { row.RevenueTotal }, cancellationToken: cancellationToken));
            items.Add(new QueueRow(
                row.RequestId, row.Title, row.Status, formula.ScoreAt(row.RankingKey, now), row.Reach, row.RevenueTotal, row.FormulaVersion, rank, revenueRank,
                [.. verbatims.Where(v => v.RequestId == row.RequestId).Select(v => v.Text)]));
        }

        var next = rows.Count == take ? QueueCursor.After(rows[^1].RankingKey, rows[^1].RequestId) : null;
        return TypedResults.Ok(new QueuePage(items, next));
    }

    private static Task<int> RankAsync(System.Data.Common.DbConnection connection, RequestRow row, CancellationToken cancellationToken) =>
        connection.ExecuteScalarAsync<int>(new CommandDefinition(ScoreRank, new { row.RankingKey, row.RequestId }, cancellationToken: cancellationToken));

    private sealed record RequestRow
    {
        public Guid RequestId { get; init; }

        public string Title { get; init; } = "";

        public string Status { get; init; } = "";

        public double RankingKey { get; init; }

        public int Reach { get; init; }

        public decimal RevenueTotal { get; init; }

        public int FormulaVersion { get; init; }
    }

    private sealed record Verbatim
    {
        public Guid RequestId { get; init; }

        public string Text { get; init; } = "";
    }
}
