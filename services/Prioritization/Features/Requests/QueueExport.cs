using System.Globalization;
using System.Text;
using Dapper;
using VoiceOfCustomer.Hosting.Storage;
using VoiceOfCustomer.Prioritization.Features.Scoring;

namespace VoiceOfCustomer.Prioritization.Features.Requests;

/// <summary>GET /api/requests/export: every open request as CSV, by score, with its rank in a revenue-only ranking beside it.</summary>
public static class QueueExport
{
    private const string Open = """
        SELECT request_id AS RequestId, title AS Title, status AS Status, ranking_key AS RankingKey, reach AS Reach, revenue_total AS RevenueTotal
        FROM prioritization_requests WHERE merged_into IS NULL
        ORDER BY ranking_key DESC, request_id
        """;

    private static readonly char[] NeedsQuotes = [',', '"', '\r', '\n'];
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public static async Task ExportAsync(HttpContext context, Database database, ScoreFormula formula, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await using var connection = await database.OpenAsync(cancellationToken);
        var requests = (await connection.QueryAsync<Row>(new CommandDefinition(Open, cancellationToken: cancellationToken))).ToList();
        var revenueRanks = requests.OrderByDescending(r => r.RevenueTotal).ThenBy(r => r.RequestId)
            .Select((request, index) => (request.RequestId, Rank: index + 1)).ToDictionary(r => r.RequestId, r => r.Rank);
        var now = clock.GetUtcNow();
        context.Response.ContentType = "text/csv; charset=utf-8";
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"queue-{now:yyyy-MM-dd}.csv\"";
        await using var writer = new StreamWriter(context.Response.Body, new UTF8Encoding(false)) { NewLine = "\r\n" };
        await writer.WriteLineAsync("rank,revenue_rank,request_id,title,status,score,accounts,revenue_total");
        foreach (var (request, index) in requests.Select((request, index) => (request, index)))
        {
            await writer.WriteLineAsync(string.Join(',',
                (index + 1).ToString(CultureInfo.InvariantCulture), revenueRanks[request.RequestId].ToString(CultureInfo.InvariantCulture), request.RequestId.ToString(),
                Cell(request.Title), request.Status, formula.ScoreAt(request.RankingKey, now).ToString("0.####", CultureInfo.InvariantCulture),
                request.Reach.ToString(CultureInfo.InvariantCulture), request.RevenueTotal.ToString("0.##", CultureInfo.InvariantCulture)));
        }
    }

    /// <summary>A title is text: quoted when it must be, and kept from starting a spreadsheet formula.</summary>
    private static string Cell(string value)
    {
        if (value.Length > 0 && FormulaStarts.Contains(value[0]))
        {
            value = "'" + value;
        }

        return value.IndexOfAny(NeedsQuotes) < 0 ? value : $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
    }

    private sealed record Row
    {
        public Guid RequestId { get; init; }

        public string Title { get; init; } = "";

        public string Status { get; init; } = "";

        public double RankingKey { get; init; }

        public int Reach { get; init; }

        public decimal RevenueTotal { get; init; }
    }
}
