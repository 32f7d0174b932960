using VoiceOfCustomer.Hosting.Storage;

namespace VoiceOfCustomer.Prioritization.Features.Requests;

/// <summary>
/// The segment values behind each open request (prioritization_request_facets), with the request's ranking key and
/// revenue copied beside them, so a queue filtered by region, plan or any segment reads one index range in rank
/// order instead of searching every request's accounts. Rebuilt for a request each time it is scored.
/// </summary>
public static class RequestFacets
{
    /// <summary>The facets a queue can be filtered by, as named in the API (segment=NAME:VALUE), and their account column.</summary>
    public static readonly IReadOnlyDictionary<string, string> Columns = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["region"] = "region", ["country"] = "country", ["language"] = "language", ["sizeBand"] = "size_band",
        ["industry"] = "industry", ["plan"] = "plan_tier",
    };

    private const string Forget = "DELETE FROM prioritization_request_facets WHERE request_id = @RequestId";

    private static readonly string Rebuild = $"""
        INSERT INTO prioritization_request_facets (request_id, facet, value, ranking_key, revenue_total)
        SELECT DISTINCT ra.request_id, f.facet, f.value, @RankingKey, @RevenueTotal
        FROM prioritization_request_accounts ra
        JOIN ({string.Join(" UNION ALL ", Columns.Select(c => $"SELECT account_id, '{c.Key}' AS facet, {c.Value} AS value FROM prioritization_accounts"))}) f
          ON f.account_id = ra.account_id
        WHERE ra.request_id = @RequestId
        """;

    /// <summary>Replaces the request's facets by those of its accounts now (none when it has no accounts, or was merged).</summary>
    public static async Task RebuildAsync(UnitOfWork work, Guid requestId, double rankingKey, decimal revenueTotal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        await work.ExecuteAsync(Forget, new { RequestId = requestId }, cancellationToken);
        await work.ExecuteAsync(Rebuild, new { RequestId = requestId, RankingKey = rankingKey, RevenueTotal = revenueTotal }, cancellationToken);
    }

    /// <summary>Splits a segment filter "name:value" into a facet and its value, or null when the name is not a facet.</summary>
    public static (string Facet, string Value)? ParseSegment(string segment) =>
        segment.Split(':', 2) is [var name, var value] && Columns.ContainsKey(name) && value.Length > 0 ? (name, value) : null;
}
