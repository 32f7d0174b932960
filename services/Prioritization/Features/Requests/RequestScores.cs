using System.Data.Common;
using Dapper;
using VoiceOfCustomer.Hosting.Storage;
using VoiceOfCustomer.Prioritization.Features.Scoring;
using VoiceOfCustomer.Prioritization.Features.VoiceGaps;

namespace VoiceOfCustomer.Prioritization.Features.Requests;

/// <summary>
/// Keeps each request's score up to date, one request at a time: when an item joins or leaves a request, the item's
/// account gets its latest assessment in that request again and the request is scored from its accounts. Nothing
/// else is recomputed.
/// </summary>
public sealed class RequestScores(ScoreFormula formula, Database database)
{
    private const string AccountItems = """
        SELECT COALESCE(importance, csm_importance) AS Importance, goal_proximity AS GoalProximity, occurred_at AS OccurredAt, severity AS Severity
        FROM prioritization_inbox WHERE request_id = @RequestId AND account_id = @AccountId
        ORDER BY occurred_at DESC
        """;

    private const string ForgetAccount = "DELETE FROM prioritization_request_accounts WHERE request_id = @RequestId AND account_id = @AccountId";

    private const string InsertAccount = """
        INSERT INTO prioritization_request_accounts (request_id, account_id, importance, goal_proximity, latest_at, items, severity)
        VALUES (@RequestId, @AccountId, @Importance, @GoalProximity, @LatestAt, @Items, @Severity)
        """;

    private const string Accounts = $"""
        SELECT ra.account_id AS AccountId, ra.importance AS Importance, ra.goal_proximity AS GoalProximity, ra.latest_at AS LatestAt, ra.severity AS Severity,
               @Arr@ AS Arr, {VoiceGapAccounts.RatioOfAccount} AS VoiceGapRatio
        FROM prioritization_request_accounts ra LEFT JOIN prioritization_accounts a ON a.account_id = ra.account_id
        WHERE ra.request_id = @RequestId
        """;

    // SQLite gives a NUMERIC column back as an integer or a real, row by row; Dapper reads a query's rows with one type.
    private readonly string _accounts = database.Pick(
        sqlite: Accounts.Replace("@Arr@", "CAST(COALESCE(a.arr, 0) AS REAL)", StringComparison.Ordinal),
        postgreSql: Accounts.Replace("@Arr@", "COALESCE(a.arr, 0)", StringComparison.Ordinal),
        sqlServer: Accounts.Replace("@Arr@", "COALESCE(a.arr, 0)", StringComparison.Ordinal));

    private const string Save = """
        UPDATE prioritization_requests SET ranking_key = @RankingKey, revenue_total = @RevenueTotal, reach = @Reach,
            formula_version = @FormulaVersion, scored_at = @ScoredAt, updated_at = @ScoredAt
        WHERE request_id = @RequestId
        """;

    private const int RescoreBatch = 500;

    private readonly string _requestsOfAccounts = $"""
        SELECT DISTINCT ra.request_id FROM prioritization_request_accounts ra
        JOIN prioritization_requests r ON r.request_id = ra.request_id
        WHERE {database.InList("ra.account_id", "AccountIds")} AND r.merged_into IS NULL
        """;

    /// <summary>Refreshes <paramref name="accountId"/> in each of the requests (null ones are skipped) and scores them again.</summary>
    public async Task RefreshAsync(UnitOfWork work, IEnumerable<Guid?> requestIds, string accountId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        foreach (var requestId in requestIds.OfType<Guid>().Distinct())
        {
            var items = (await work.QueryAsync<AccountItem>(AccountItems, new { RequestId = requestId, AccountId = accountId }, cancellationToken)).ToList();
            await work.ExecuteAsync(ForgetAccount, new { RequestId = requestId, AccountId = accountId }, cancellationToken);
            if (items is [var latest, ..])
            {
                await work.ExecuteAsync(InsertAccount, new
                {
                    RequestId = requestId, AccountId = accountId, latest.Importance, latest.GoalProximity, LatestAt = latest.OccurredAt, Items = items.Count,
                    latest.Severity,
                }, cancellationToken);
            }

            await ScoreAsync(work, requestId, now, cancellationToken);
        }
    }

    /// <summary>
    /// Scores again every open request an account is behind, after the accounts' segments or ARR changed (the revenue
    /// term and the queue's segment filters read them). A batch at a time, so a large accounts import never holds one
    /// long transaction.
    /// </summary>
    public async Task RescoreAccountsAsync(IReadOnlyCollection<string> accountIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var accounts in accountIds.Chunk(RescoreBatch))
        {
            await using var work = await database.BeginAsync(cancellationToken);
            foreach (var requestId in await work.QueryAsync<Guid>(_requestsOfAccounts, new { AccountIds = accounts }, cancellationToken))
            {
                await ScoreAsync(work, requestId, now, cancellationToken);
            }

            await work.CommitAsync(cancellationToken);
        }
    }

    /// <summary>The request's score as of <paramref name="now"/>, term by term and account by account, from its accounts as stored.</summary>
    public async Task<ScoreBreakdown> BreakdownAsync(DbConnection connection, DbTransaction? transaction, Guid requestId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var accounts = await connection.QueryAsync<RequestAccount>(new CommandDefinition(_accounts, new { RequestId = requestId }, transaction, cancellationToken: cancellationToken));
        return formula.Score(accounts.Select(a => new AccountAssessment(a.AccountId, a.Importance, a.GoalProximity, a.Severity, a.LatestAt, a.Arr, a.VoiceGapRatio)), now);
    }

    /// <summary>Scores a request from its accounts as they are now, and stores the ranking key.</summary>
    public async Task<ScoreBreakdown> ScoreAsync(UnitOfWork work, Guid requestId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        var score = await BreakdownAsync(work.Connection, work.Transaction, requestId, now, cancellationToken);
        await work.ExecuteAsync(Save, new
        {
            RequestId = requestId, score.RankingKey, RevenueTotal = score.RevenueOnlyKey, score.Reach, score.FormulaVersion, ScoredAt = now,
        }, cancellationToken);
        await RequestFacets.RebuildAsync(work, requestId, cancellationToken);
        return score;
    }

    private sealed record AccountItem
    {
        public int Importance { get; init; }

        public int GoalProximity { get; init; }

        public DateTimeOffset OccurredAt { get; init; }

        public double? Severity { get; init; }
    }

    private sealed record RequestAccount
    {
        public string AccountId { get; init; } = "";

        public int Importance { get; init; }

        public int GoalProximity { get; init; }

        public DateTimeOffset LatestAt { get; init; }

        public double? Severity { get; init; }

        public decimal Arr { get; init; }

        public double? VoiceGapRatio { get; init; }
    }
}
