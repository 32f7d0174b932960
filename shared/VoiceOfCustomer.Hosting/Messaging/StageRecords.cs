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
    /// <summary>Records new items in one transaction; returns, per row, when the item was first recorded.</summary>
    public static async Task<IReadOnlyList<DateTimeOffset>> RecordOnceAsync<TRow>(
        this Database database, IReadOnlyList<TRow> rows, Func<TRow, DateTimeOffset> recordedAt, string insert, string readRecordedAt,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(recordedAt);
        var result = new DateTimeOffset[rows.Count];
        await using var work = await database.BeginAsync(cancellationToken);
        for (var i = 0; i < rows.Count; i++)
        {
            result[i] = await work.ExecuteAsync(insert, rows[i], cancellationToken) == 1
                ? recordedAt(rows[i])
                : (await work.QuerySingleOrDefaultAsync<DateTimeOffset?>(readRecordedAt, rows[i], cancellationToken))!.Value;
        }

        await work.CommitAsync(cancellationToken);
        return result;
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
}
