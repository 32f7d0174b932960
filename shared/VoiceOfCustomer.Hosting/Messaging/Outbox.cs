using System.Text.Json;
using VoiceOfCustomer.Hosting.Storage;

namespace VoiceOfCustomer.Hosting.Messaging;

/// <summary>
/// A service's outbox: messages are written in the same transaction as the change they announce, and
/// the <see cref="OutboxRelay"/> publishes them afterwards. Table: {service}_outbox.
/// </summary>
public sealed class Outbox : IDisposable
{
    private readonly SemaphoreSlim _pending = new(0, 1);
    private readonly string _insert;

    public Outbox(string service)
    {
        Service = service;
        Table = $"{service}_outbox";
        _insert = $"""
            INSERT INTO {Table} (message_id, correlation_id, message_type, body, created_at)
            VALUES (@MessageId, @CorrelationId, @MessageType, @Body, @CreatedAt)
            """;
    }

    public string Service { get; }

    public string Table { get; }

    public Task AddAsync<TMessage>(UnitOfWork work, Guid messageId, Guid correlationId, TMessage message, CancellationToken cancellationToken)
        where TMessage : class
    {
        ArgumentNullException.ThrowIfNull(work);
        return work.ExecuteAsync(_insert, Row(messageId, correlationId, message), cancellationToken);
    }

    /// <summary>Writes many messages with one prepared statement, or one round trip where the provider batches (imports).</summary>
    public Task AddManyAsync<TMessage>(UnitOfWork work, IEnumerable<(Guid MessageId, Guid CorrelationId, TMessage Message)> messages, CancellationToken cancellationToken)
        where TMessage : class
    {
        ArgumentNullException.ThrowIfNull(work);
        return work.ExecuteManyAsync(_insert, messages.Select(m => Row(m.MessageId, m.CorrelationId, m.Message)).ToList(), cancellationToken);
    }

    /// <summary>Wakes the relay after a commit, so messages leave without waiting for the next poll.</summary>
    public void Notify()
    {
        if (_pending.CurrentCount == 0)
        {
            try
            {
                _pending.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another writer woke the relay first; one wake-up is enough.
            }
        }
    }

    public void Dispose() => _pending.Dispose();

    internal Task<bool> WaitForWorkAsync(TimeSpan pollInterval, CancellationToken cancellationToken) =>
        _pending.WaitAsync(pollInterval, cancellationToken);

    private static OutboxRow Row<TMessage>(Guid messageId, Guid correlationId, TMessage message) => new()
    {
        MessageId = messageId,
        CorrelationId = correlationId,
        MessageType = typeof(TMessage).FullName!,
        Body = JsonSerializer.Serialize(message, OutboxRow.Json),
        CreatedAt = DateTimeOffset.UtcNow,
    };
}
