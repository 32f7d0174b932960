using System.Globalization;

namespace VoiceOfCustomer.Prioritization.Features.Requests;

/// <summary>Where the next page of the queue starts: after this ranking key and request id ("key~id").</summary>
public static class QueueCursor
{
    public static string After(double rankingKey, Guid requestId) =>
        $"{rankingKey.ToString("R", CultureInfo.InvariantCulture)}~{requestId:N}";

    public static (double RankingKey, Guid RequestId)? Parse(string? cursor) =>
        cursor?.Split('~') is [var key, var id]
        && double.TryParse(key, NumberStyles.Float, CultureInfo.InvariantCulture, out var rankingKey)
        && Guid.TryParseExact(id, "N", out var requestId)
            ? (rankingKey, requestId)
            : null;
}
