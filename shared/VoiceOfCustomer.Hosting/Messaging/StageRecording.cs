namespace VoiceOfCustomer.Hosting.Messaging;

/// <summary>What a pipeline consumer recorded for a batch: per row, when the item was first recorded (null where it failed).</summary>
public sealed record StageRecording(IReadOnlyList<DateTimeOffset?> RecordedAt, IReadOnlyList<Exception> Failures)
{
    /// <summary>
    /// Publishes the next event of every recorded item, then, if some items failed, throws: the batch is retried
    /// and in the end parked in _error. Its recorded items were published already; replaying them is harmless.
    /// </summary>
    public async Task PublishRecordedAsync(Func<int, DateTimeOffset, Task> publish)
    {
        ArgumentNullException.ThrowIfNull(publish);
        await Task.WhenAll(RecordedAt.Select((at, i) => at is { } recorded ? publish(i, recorded) : Task.CompletedTask));
        if (Failures.Count > 0)
        {
            throw new AggregateException($"{Failures.Count} of {RecordedAt.Count} items of the batch could not be recorded.", Failures);
        }
    }
}
