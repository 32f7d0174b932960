using System.Globalization;

namespace VoiceOfCustomer.Prioritization.Features.Requests;

/// <summary>Where the next page of the queue starts: after this ranking key and request id, which had this rank ("key~id~rank").</summary>
public static class QueueCursor
{
    public static string After(double rankingKey, Guid requestId, int rank) =>
        $"{rankingKey.ToString("R", CultureInfo.InvariantCulture)}~{requestId:N}~{rank.ToString(CultureInfo.InvariantCulture)}";

    public static (double RankingKey, Guid RequestId, int Rank)? Parse(string? cursor) =>
        cursor?.Split('~') is [var key, var id, var rank]
        && double.TryParse(key, NumberStyles.Float, CultureInfo.InvariantCulture, out var rankingKey)
        && Guid.TryParseExact(id, "N", out var requestId)
        && int.TryParse(rank, NumberStyles.None, CultureInfo.InvariantCulture, out var lastRank)
            ? (rankingKey, requestId, lastRank)
            : null;
}
