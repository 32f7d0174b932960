using Dapper;
using VoiceOfCustomer.Hosting.Http;
using VoiceOfCustomer.Hosting.Storage;
using VoiceOfCustomer.Prioritization.Features.Scoring;
using VoiceOfCustomer.Taggers.PersonalData;

namespace VoiceOfCustomer.Prioritization.Features.Requests;

/// <summary>
/// GET /api/requests: the queue, requests by score, filtered by status, title words (search), product area or theme
/// (as tagged), region, plan or any segment (segment=industry:health), paged by the last request seen. Ranks are positions in the filtered view;
/// compare=revenue adds each request's rank in the same view ordered by revenue alone. docs/prioritization.md,
/// "The queue at scale", says how each filter stays one index read.
/// </summary>
public static class QueueEndpoints
{
    private const string Columns = """
        r.request_id AS RequestId, r.title AS Title, r.status AS Status, r.ranking_key AS RankingKey, r.reach AS Reach,
        r.revenue_total AS RevenueTotal, r.formula_version AS FormulaVersion
        """;

    private const string NewestVerbatims = "ORDER BY occurred_at DESC, feedback_id";

    private const int WordCountCap = 2_000;

    private const string WordRows = "FROM prioritization_request_facets WHERE facet = 'word' AND value = @Value";

    /// <summary>A request on a queue page: Reach is its number of accounts, Regions the regions those accounts are in.</summary>
    public sealed record QueueRow(
        Guid RequestId, string Title, string Status, double Score, int Reach, decimal RevenueTotal, int FormulaVersion,
        int Rank, int? RevenueRank, IReadOnlyList<string> Verbatims, IReadOnlyList<string> Regions);

    public sealed record QueuePage(IReadOnlyList<QueueRow> Items, string? NextCursor);

    public static async Task<IResult> ListAsync(
        Database database, ScoreFormula formula, TimeProvider clock, string? status, string? search, string? area, string? theme, string? region,
        string? plan, string? segment, string? compare, string? cursor, int? limit, CancellationToken cancellationToken)
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

        var bySegment = segment is null ? null : RequestFacets.ParseSegment(segment);
        if (segment is not null && bySegment is null)
        {
            errors.Add("segment", $"segment takes NAME:VALUE with NAME one of {string.Join(", ", RequestFacets.Segments.Keys)} (e.g. industry:health).");
        }

        var words = search is null ? [] : RequestFacets.WordsOf(search);
        if (search is not null && words.Count == 0)
        {
            errors.Add("search", "search needs at least one word (letters or digits): requests whose title has every word are shown.");
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

        await using var connection = await database.OpenAsync(cancellationToken);

        // Title words first, the rarest first: they usually narrow the most, and the first facet drives the read.
        var facets = (await RarestFirstAsync(database, connection, words, cancellationToken)).Select(word => (RequestFacets.Word, word))
            .Concat(new (string Facet, string Value)?[]
            {
                area is null ? null : (RequestFacets.Area, area), theme is null ? null : (RequestFacets.Theme, theme),
                region is null ? null : ("region", region), plan is null ? null : ("plan", plan), bySegment,
            }
                .OfType<(string Facet, string Value)>())
            .ToList();
        var view = new QueueView(facets, status);
        var take = limit ?? 50;
        view.Parameters.Add("Take", take);
        var after = "";
        if (position is { } from)
        {
            view.Parameters.Add("Key", from.RankingKey);
            view.Parameters.Add("After", from.RequestId);
            after = $"({view.RankingKey} < @Key OR ({view.RankingKey} = @Key AND {view.RequestId} > @After))";
        }

        var filter = $"{view.Where([.. new[] { after }.Where(a => a.Length > 0)])} ORDER BY {view.RankingKey} DESC, {view.RequestId}";
        var sql = database.Pick(
            sqlite: $"SELECT {Columns} FROM {view.From} {filter} LIMIT @Take",
            postgreSql: $"SELECT {Columns} FROM {view.From} {filter} LIMIT @Take",
            sqlServer: $"SELECT TOP (@Take) {Columns} FROM {view.From} {filter}");
        var rows = (await connection.QueryAsync<RequestRow>(new CommandDefinition(sql, view.Parameters, cancellationToken: cancellationToken))).ToList();
        var verbatims = await VerbatimsAsync(database, connection, rows, cancellationToken);
        var regions = await RegionsAsync(database, connection, rows, cancellationToken);
        var revenueRanks = compare is null ? null : await RevenueRanksAsync(database, connection, view, rows, cancellationToken);
        var now = clock.GetUtcNow();
        var firstRank = (position?.Rank ?? 0) + 1;
        var items = rows.Select((row, index) => new QueueRow(
            row.RequestId, row.Title, row.Status, formula.ScoreAt(row.RankingKey, now), row.Reach, row.RevenueTotal, row.FormulaVersion,
            firstRank + index, revenueRanks?[row.RequestId], verbatims[row.RequestId].ToList(), [.. regions[row.RequestId].Order(StringComparer.Ordinal)])).ToList();
        var next = rows.Count == take ? QueueCursor.After(rows[^1].RankingKey, rows[^1].RequestId, items[^1].Rank) : null;
        return TypedResults.Ok(new QueuePage(items, next));
    }

    /// <summary>
    /// Several words: the one on the fewest titles drives the read (its rows are walked until a page of titles with
    /// every word is found), counted up to a cap so counting a common word costs no more than reading a page.
    /// </summary>
    private static async Task<IReadOnlyList<string>> RarestFirstAsync(
        Database database, System.Data.Common.DbConnection connection, IReadOnlyList<string> words, CancellationToken cancellationToken)
    {
        if (words.Count < 2)
        {
            return words;
        }

        var countWord = database.Pick(
            sqlite: $"SELECT COUNT(*) FROM (SELECT 1 AS x {WordRows} LIMIT @Cap) w",
            postgreSql: $"SELECT COUNT(*) FROM (SELECT 1 AS x {WordRows} LIMIT @Cap) w",
            sqlServer: $"SELECT COUNT(*) FROM (SELECT TOP (@Cap) 1 AS x {WordRows}) w");
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            counts[word] = await connection.ExecuteScalarAsync<long>(new CommandDefinition(countWord, new { Value = word, Cap = WordCountCap }, cancellationToken: cancellationToken));
        }

        return [.. words.OrderBy(word => counts[word])];
    }

    /// <summary>
    /// Each row's rank in the same view ordered by revenue alone: one read of the view down to the page's smallest
    /// revenue, numbered in order.
    /// </summary>
    private static async Task<Dictionary<Guid, int>> RevenueRanksAsync(
        Database database, System.Data.Common.DbConnection connection, QueueView view, List<RequestRow> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return [];
        }

        view.Parameters.Add("MinRevenue", rows.Min(r => r.RevenueTotal));
        view.Parameters.Add("Ids", rows.Select(r => r.RequestId).ToArray());
        var sql = $"""
            SELECT RequestId, RevenueRank FROM (
                SELECT {view.RequestId} AS RequestId, ROW_NUMBER() OVER (ORDER BY {view.Revenue} DESC, {view.RequestId}) AS RevenueRank
                FROM {view.From} {view.Where($"{view.Revenue} >= @MinRevenue")}) ranked
            WHERE {database.InList("RequestId", "Ids")}
            """;
        var ranks = await connection.QueryAsync<RevenueRankRow>(new CommandDefinition(sql, view.Parameters, cancellationToken: cancellationToken));
        return ranks.ToDictionary(r => r.RequestId, r => (int)r.RevenueRank);
    }

    /// <summary>The regions of each request's accounts, from its facets (one index read for the page).</summary>
    private static async Task<ILookup<Guid, string>> RegionsAsync(
        Database database, System.Data.Common.DbConnection connection, List<RequestRow> rows, CancellationToken cancellationToken)
    {
        var sql = $"SELECT request_id AS RequestId, value AS Text FROM prioritization_request_facets WHERE facet = 'region' AND {database.InList("request_id", "RequestIds")}";
        var regions = rows.Count == 0
            ? []
            : await connection.QueryAsync<Verbatim>(new CommandDefinition(sql, new { RequestIds = rows.Select(r => r.RequestId).ToArray() }, cancellationToken: cancellationToken));
        return regions.ToLookup(r => r.RequestId, r => r.Text);
    }

    /// <summary>
    /// The two newest items of each request on the page, read newest first from the request's own index range, with
    /// personal data masked (the queue is a report: PMs need what was asked, not the contact's email or card).
    /// </summary>
    private static async Task<ILookup<Guid, string>> VerbatimsAsync(
        Database database, System.Data.Common.DbConnection connection, List<RequestRow> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return Array.Empty<Verbatim>().ToLookup(v => v.RequestId, v => v.Text);
        }

        var sql = database.Pick(
            sqlite: $"""
                SELECT request_id AS RequestId, text AS Text FROM (
                    SELECT request_id, text, ROW_NUMBER() OVER (PARTITION BY request_id {NewestVerbatims}) AS n
                    FROM prioritization_inbox WHERE request_id IN @RequestIds) ranked
                WHERE n <= 2
                """,
            postgreSql: $"""
                SELECT r.request_id AS RequestId, i.text AS Text FROM prioritization_requests r
                CROSS JOIN LATERAL (SELECT text FROM prioritization_inbox WHERE request_id = r.request_id {NewestVerbatims} LIMIT 2) i
                WHERE r.request_id = ANY(@RequestIds)
                """,
            sqlServer: $"""
                SELECT r.request_id AS RequestId, i.text AS Text FROM prioritization_requests r
                CROSS APPLY (SELECT TOP (2) text FROM prioritization_inbox WHERE request_id = r.request_id {NewestVerbatims}) i
                WHERE r.request_id IN @RequestIds
                """);
        var verbatims = await connection.QueryAsync<Verbatim>(new CommandDefinition(sql, new { RequestIds = rows.Select(r => r.RequestId).ToArray() }, cancellationToken: cancellationToken));
        return verbatims.ToLookup(v => v.RequestId, v => PersonalDataDetector.Mask(v.Text));
    }

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

    private sealed record RevenueRankRow
    {
        public Guid RequestId { get; init; }

        public long RevenueRank { get; init; }
    }

    private sealed record Verbatim
    {
        public Guid RequestId { get; init; }

        public string Text { get; init; } = "";
    }
}
