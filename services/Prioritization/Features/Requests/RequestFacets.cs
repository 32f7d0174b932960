using System.Text;
using VoiceOfCustomer.Hosting.Storage;

namespace VoiceOfCustomer.Prioritization.Features.Requests;

/// <summary>
/// What a queue can be filtered by, kept beside each open request (prioritization_request_facets): the segment values
/// of its accounts, the product areas and themes Tagging found in its items, and the words of its title, each row with the request's ranking key and revenue copied in, so a
/// filtered or searched page reads one index range in rank order instead of searching every request. Rebuilt for a
/// request whenever it is scored or renamed; a merged request has none.
/// </summary>
public static class RequestFacets
{
    /// <summary>The segment facets (segment=NAME:VALUE in the API) and their account column.</summary>
    public static readonly IReadOnlyDictionary<string, string> Segments = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["region"] = "region", ["country"] = "country", ["language"] = "language", ["sizeBand"] = "size_band",
        ["industry"] = "industry", ["plan"] = "plan_tier",
    };

    /// <summary>The facet holding each word of the title, lower case (search=WORDS).</summary>
    public const string Word = "word";

    /// <summary>The product area and theme ids of the request's items, as Tagging tagged them (area=ID, theme=ID).</summary>
    public const string Area = "area";

    public const string Theme = "theme";

    private const int LongestWord = 100;

    private const string Forget = "DELETE FROM prioritization_request_facets WHERE request_id = @RequestId";

    private const string Request = """
        SELECT title AS Title, ranking_key AS RankingKey, revenue_total AS RevenueTotal FROM prioritization_requests
        WHERE request_id = @RequestId AND merged_into IS NULL
        """;

    private static readonly string InsertSegments = $"""
        INSERT INTO prioritization_request_facets (request_id, facet, value, ranking_key, revenue_total)
        SELECT DISTINCT ra.request_id, f.facet, f.value, @RankingKey, @RevenueTotal
        FROM prioritization_request_accounts ra
        JOIN ({string.Join(" UNION ALL ", Segments.Select(c => $"SELECT account_id, '{c.Key}' AS facet, {c.Value} AS value FROM prioritization_accounts"))}) f
          ON f.account_id = ra.account_id
        WHERE ra.request_id = @RequestId
        """;

    private const string InsertTopics = """
        INSERT INTO prioritization_request_facets (request_id, facet, value, ranking_key, revenue_total)
        SELECT DISTINCT request_id, 'area', area_id, @RankingKey, @RevenueTotal FROM prioritization_inbox WHERE request_id = @RequestId AND area_id IS NOT NULL
        UNION
        SELECT DISTINCT request_id, 'theme', theme_id, @RankingKey, @RevenueTotal FROM prioritization_inbox WHERE request_id = @RequestId AND theme_id IS NOT NULL
        """;

    private const string InsertWord = """
        INSERT INTO prioritization_request_facets (request_id, facet, value, ranking_key, revenue_total)
        VALUES (@RequestId, 'word', @Value, @RankingKey, @RevenueTotal)
        """;

    /// <summary>Replaces the request's facets by those of its accounts and title now (none once it is merged).</summary>
    public static async Task RebuildAsync(UnitOfWork work, Guid requestId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        await work.ExecuteAsync(Forget, new { RequestId = requestId }, cancellationToken);
        if (await work.QuerySingleOrDefaultAsync<OpenRequest>(Request, new { RequestId = requestId }, cancellationToken) is not { } request)
        {
            return;
        }

        await work.ExecuteAsync(InsertSegments, new { RequestId = requestId, request.RankingKey, request.RevenueTotal }, cancellationToken);
        await work.ExecuteAsync(InsertTopics, new { RequestId = requestId, request.RankingKey, request.RevenueTotal }, cancellationToken);
        await work.ExecuteAsync(InsertWord, WordsOf(request.Title).Select(value => new { RequestId = requestId, Value = value, request.RankingKey, request.RevenueTotal }), cancellationToken);
    }

    /// <summary>Splits a segment filter "name:value" into a facet and its value, or null when the name is not a segment.</summary>
    public static (string Facet, string Value)? ParseSegment(string segment) =>
        segment.Split(':', 2) is [var name, var value] && Segments.ContainsKey(name) && value.Length > 0 ? (name, value) : null;

    /// <summary>The distinct words of a text as search matches them: runs of letters and digits, lower case (invariant).</summary>
    public static IReadOnlyList<string> WordsOf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var rune in (text + " ").EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                word.Append(Rune.ToLowerInvariant(rune).ToString());
                continue;
            }

            if (word.Length > 0 && word.ToString() is var found && !words.Contains(found, StringComparer.Ordinal))
            {
                words.Add(found.Length > LongestWord ? found[..LongestWord] : found);
            }

            word.Clear();
        }

        return words;
    }

    private sealed record OpenRequest
    {
        public string Title { get; init; } = "";

        public double RankingKey { get; init; }

        public decimal RevenueTotal { get; init; }
    }
}
