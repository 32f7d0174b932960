using MassTransit;
using VoiceOfCustomer.Hosting.Storage;

namespace VoiceOfCustomer.Hosting.Messaging;

/// <summary>
/// How a pipeline consumer stays idempotent: it records each item once (an INSERT ... WHERE NOT EXISTS
/// keyed by the item), reads back what was recorded the first time for items it has seen, and publishes
/// the same downstream event with the same message id either way.
/// </summary>
public static class StageRecords
{
    private static readonly long PostgresEpochTicks = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;

    /// <summary>
    /// Records new items in one transaction and returns, per row, when the item was first recorded. If that
    /// transaction fails, each row is tried in its own, so one poisoned item cannot hold back its batch-mates:
    /// the recording then lists the rows that failed.
    /// </summary>
    public static async Task<StageRecording> RecordOnceAsync<TRow>(
        this Database database, IReadOnlyList<TRow> rows, Func<TRow, DateTimeOffset> recordedAt, string insert, string readRecordedAt,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(recordedAt);
        try
        {
            return new StageRecording(await RecordTogetherAsync(database, rows, recordedAt, insert, readRecordedAt, cancellationToken), []);
        }
        catch (Exception) when (rows.Count > 1 && !cancellationToken.IsCancellationRequested)
        {
            var times = new DateTimeOffset?[rows.Count];
            var failures = new List<Exception>();
            for (var i = 0; i < rows.Count; i++)
            {
                try
                {
                    times[i] = (await RecordTogetherAsync(database, [rows[i]], recordedAt, insert, readRecordedAt, cancellationToken))[0];
                }
                catch (Exception failure) when (!cancellationToken.IsCancellationRequested)
                {
                    failures.Add(failure);
                }
            }

            return new StageRecording(times, failures);
        }
    }

    /// <summary>Publishes a stage event with the id derived from the item and the event, so a re-publish is the same message.</summary>
    public static Task PublishStageAsync<TEvent>(this IPublishEndpoint publish, Guid feedbackId, Guid correlationId, TEvent message, CancellationToken cancellationToken)
        where TEvent : class
    {
        ArgumentNullException.ThrowIfNull(publish);
        return publish.Publish(message, context =>
        {
            context.MessageId = MessageIds.For(feedbackId, typeof(TEvent).Name);
            context.CorrelationId = correlationId;
        }, cancellationToken);
    }

    private static async Task<DateTimeOffset?[]> RecordTogetherAsync<TRow>(
        Database database, IReadOnlyList<TRow> rows, Func<TRow, DateTimeOffset> recordedAt, string insert, string readRecordedAt,
        CancellationToken cancellationToken)
    {
        var result = new DateTimeOffset?[rows.Count];
        await using var work = await database.BeginAsync(cancellationToken);
        var inserted = await work.ExecuteEachAsync(insert, rows, cancellationToken);
        for (var i = 0; i < rows.Count; i++)
        {
            // Only an item seen before (a redelivery) reads back what was recorded the first time.
            result[i] = inserted[i] == 1
                ? AsStored(database.Provider, recordedAt(rows[i]))
                : await work.QuerySingleOrDefaultAsync<DateTimeOffset?>(readRecordedAt, rows[i], cancellationToken)
                    ?? throw new InvalidOperationException("The item was neither inserted nor found: the insert and the read do not match.");
        }

        await work.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>
    /// The instant as the database keeps it, so the first answer is the one a redelivery reads back: PostgreSQL
    /// keeps whole microseconds (Npgsql drops the rest, toward 2000-01-01), the other providers 100 ns ticks.
    /// </summary>
    private static DateTimeOffset AsStored(StorageProvider provider, DateTimeOffset instant)
    {
        var ticks = instant.UtcTicks;
        if (provider == StorageProvider.PostgreSql)
        {
            ticks -= (ticks - PostgresEpochTicks) % TimeSpan.TicksPerMicrosecond;
        }

        return new DateTimeOffset(ticks, TimeSpan.Zero);
    }
}
