using Dapper;

namespace VoiceOfCustomer.Prioritization.Features.Requests;

/// <summary>
/// The set of open requests one queue page shows, as SQL: filtered by facets (title words and segment values; the first
/// one drives the read, from prioritization_request_facets in rank order, further ones are EXISTS checks) and status.
/// The page query and the revenue-only ranking both read the same view, so a rank and its revenue rank compare.
/// </summary>
public sealed class QueueView
{
    private readonly List<string> _conditions = ["r.merged_into IS NULL"];

    public QueueView(IReadOnlyList<(string Facet, string Value)> facets, string? status)
    {
        ArgumentNullException.ThrowIfNull(facets);
        var byFacet = facets.Count > 0;
        From = byFacet ? "prioritization_request_facets f JOIN prioritization_requests r ON r.request_id = f.request_id" : "prioritization_requests r";
        var table = byFacet ? "f" : "r";
        RankingKey = $"{table}.ranking_key";
        Revenue = $"{table}.revenue_total";
        RequestId = $"{table}.request_id";
        foreach (var ((facet, value), i) in facets.Select((f, i) => (f, i)))
        {
            Parameters.Add($"Facet{i}", facet);
            Parameters.Add($"Value{i}", value);
            _conditions.Add(i == 0
                ? "f.facet = @Facet0 AND f.value = @Value0"
                : $"EXISTS (SELECT 1 FROM prioritization_request_facets g{i} WHERE g{i}.request_id = r.request_id AND g{i}.facet = @Facet{i} AND g{i}.value = @Value{i})");
        }

        if (status is not null)
        {
            Parameters.Add("Status", status);
            _conditions.Add("r.status = @Status");
        }
    }

    public string From { get; }

    public string RankingKey { get; }

    public string Revenue { get; }

    public string RequestId { get; }

    public DynamicParameters Parameters { get; } = new();

    /// <summary>The view's conditions joined by AND, with any extra ones.</summary>
    public string Where(params string[] more) => "WHERE " + string.Join(" AND ", _conditions.Concat(more));
}
