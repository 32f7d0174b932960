using Dapper;
using VoiceOfCustomer.Hosting.Storage;

namespace VoiceOfCustomer.Benchmarks.Measure;

/// <summary>
/// Reads how far the items got from Ingestion's own tables: ingestion_feedback.submitted_at and the
/// 'watched' (last stage) row of ingestion_stage_history. The timestamps are written by the services,
/// so polling slowly here changes none of the figures.
/// </summary>
internal sealed class PipelineProgress(Database database)
{
    private const string Watched = "SELECT COUNT(*) FROM ingestion_stage_history WHERE stage = 3";

    private const string Times = """
        SELECT f.submitted_at AS SubmittedAt, h.reached_at AS WatchedAt
        FROM ingestion_feedback f JOIN ingestion_stage_history h ON h.feedback_id = f.feedback_id AND h.stage = 3
        """;

    public async Task<long> WatchedAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(Watched, cancellationToken: cancellationToken));
    }

    /// <summary>Waits until <paramref name="expected"/> items are watched, or nothing moved for <paramref name="stall"/>.</summary>
    public async Task<long> WaitForAsync(long expected, TimeSpan stall, Action<long> report, CancellationToken cancellationToken)
    {
        long last = -1, watched = 0;
        var lastMove = DateTime.UtcNow;
        while (true)
        {
            watched = await WatchedAsync(cancellationToken);
            if (watched >= expected)
            {
                return watched;
            }

            if (watched != last)
            {
                report(watched);
                last = watched;
                lastMove = DateTime.UtcNow;
            }
            else if (DateTime.UtcNow - lastMove > stall)
            {
                return watched;
            }

            await Task.Delay(1_000, cancellationToken);
        }
    }

    /// <summary>
    /// Submit-to-watched latency (ms, sorted) of the items submitted since <paramref name="since"/>, and the
    /// span from the first of them submitted to the last of them watched.
    /// </summary>
    public async Task<(double[] LatencyMs, TimeSpan Span)> ReadAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = (await connection.QueryAsync<ItemTimes>(new CommandDefinition(Times, cancellationToken: cancellationToken)))
            .Where(r => r.SubmittedAt >= since).ToList();
        if (rows.Count == 0)
        {
            return ([], TimeSpan.Zero);
        }

        var latencies = rows.Select(r => (r.WatchedAt - r.SubmittedAt).TotalMilliseconds).Order().ToArray();
        return (latencies, rows.Max(r => r.WatchedAt) - rows.Min(r => r.SubmittedAt));
    }

    private sealed record ItemTimes
    {
        public DateTimeOffset SubmittedAt { get; init; }

        public DateTimeOffset WatchedAt { get; init; }
    }
}
