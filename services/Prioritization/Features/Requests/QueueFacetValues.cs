using Dapper;
using VoiceOfCustomer.Hosting.Http;
using VoiceOfCustomer.Hosting.Storage;

namespace VoiceOfCustomer.Prioritization.Features.Requests;

/// <summary>
/// GET /api/requests/facets/{facet}: the values a queue filter can take right now (product areas and themes Tagging
/// found, or a segment's values), each with how many open requests have it, most first, so a filter offers only
/// what exists.
/// </summary>
public static class QueueFacetValues
{
    public const int MaxValues = 200;

    public sealed record FacetValue(string Value, int Requests);

    public static async Task<IResult> ListAsync(string facet, Database database, CancellationToken cancellationToken)
    {
        if (facet is not (RequestFacets.Area or RequestFacets.Theme) && !RequestFacets.Segments.ContainsKey(facet))
        {
            var errors = new ValidationErrors();
            errors.Add("facet", $"'{facet}' is not a filter: use area, theme or one of {string.Join(", ", RequestFacets.Segments.Keys)}.");
            return errors.ToProblem();
        }

        var sql = database.Pick(
            sqlite: $"SELECT value AS Value, COUNT(*) AS Requests FROM prioritization_request_facets WHERE facet = @Facet GROUP BY value ORDER BY COUNT(*) DESC, value LIMIT {MaxValues}",
            postgreSql: $"SELECT value AS Value, COUNT(*) AS Requests FROM prioritization_request_facets WHERE facet = @Facet GROUP BY value ORDER BY COUNT(*) DESC, value LIMIT {MaxValues}",
            sqlServer: $"SELECT TOP ({MaxValues}) value AS Value, COUNT(*) AS Requests FROM prioritization_request_facets WHERE facet = @Facet GROUP BY value ORDER BY COUNT(*) DESC, value");
        await using var connection = await database.OpenAsync(cancellationToken);
        var values = await connection.QueryAsync<FacetRow>(new CommandDefinition(sql, new { Facet = facet }, cancellationToken: cancellationToken));
        return TypedResults.Ok(values.Select(v => new FacetValue(v.Value, (int)v.Requests)));
    }

    private sealed record FacetRow
    {
        public string Value { get; init; } = "";

        public long Requests { get; init; }
    }
}
