using System.Diagnostics;
using System.Text.Json;
using MassTransit;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using VoiceOfCustomer.Contracts;
using VoiceOfCustomer.Hosting.Storage;

namespace VoiceOfCustomer.Hosting.Messaging;

/// <summary>
/// Publishes what a service's outbox holds, oldest first, then deletes it. Rows are locked while being
/// published so competing copies of a service do not send the same rows; a crash between publish and
/// delete sends a row again, which consumers absorb (they are idempotent on the message's subject).
/// With a <see cref="IOutboxGate"/>, a batch goes only while the gate has room for it.
/// </summary>
internal sealed class OutboxRelay(Outbox outbox, Database database, IBus bus, ILogger<OutboxRelay> logger, IOutboxGate? gate = null) : BackgroundService
{
    private const int BatchSize = 500;
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan BackOff = TimeSpan.FromSeconds(2);

    /// <summary>How often a closed gate is asked again.</summary>
    private static readonly TimeSpan GateRecheck = TimeSpan.FromMilliseconds(200);

    /// <summary>How long the room a gate gave stays good: the pipeline (or another copy of the service) moves on meanwhile.</summary>
    private static readonly TimeSpan RoomLifetime = TimeSpan.FromSeconds(1);

    private int _room;
    private long _roomGivenAt;

    private readonly string _select = database.Pick(
        sqlite: $"SELECT {Columns} FROM {outbox.Table} ORDER BY id LIMIT {BatchSize}",
        postgreSql: $"SELECT {Columns} FROM {outbox.Table} ORDER BY id LIMIT {BatchSize} FOR UPDATE SKIP LOCKED",
        sqlServer: $"SELECT TOP ({BatchSize}) {Columns} FROM {outbox.Table} WITH (UPDLOCK, READPAST, ROWLOCK) ORDER BY id");

    private readonly string _delete = database.Pick(
        sqlite: $"DELETE FROM {outbox.Table} WHERE id = @Id",
        postgreSql: $"DELETE FROM {outbox.Table} WHERE id = ANY(@Ids)",
        sqlServer: $"DELETE FROM {outbox.Table} WHERE id = @Id");

    private const string Columns =
        "id AS Id, message_id AS MessageId, correlation_id AS CorrelationId, message_type AS MessageType, body AS Body, created_at AS CreatedAt";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!await HasRoomAsync(stoppingToken))
                {
                    await Task.Delay(GateRecheck, stoppingToken);
                    continue;
                }

                var sent = await RelayBatchAsync(stoppingToken);
                _room -= sent;
                if (sent < BatchSize)
                {
                    await outbox.WaitForWorkAsync(PollInterval, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                logger.LogWarning(exception, "{Outbox} outbox relay failed; retrying in {BackOff}", outbox.Service, BackOff);
                await Task.Delay(BackOff, stoppingToken);
            }
        }
    }

    /// <summary>Whether the next batch may go: asks the gate when the room it gave last is used up or too old.</summary>
    internal async Task<bool> HasRoomAsync(CancellationToken cancellationToken)
    {
        if (gate is null || (_room > 0 && Stopwatch.GetElapsedTime(_roomGivenAt) < RoomLifetime))
        {
            return true;
        }

        try
        {
            _room = await gate.RoomAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The gate only protects memory: one that cannot answer must not stop delivery.
            logger.LogWarning(exception, "{Outbox} outbox gate failed; publishing one batch without it", outbox.Service);
            _room = BatchSize;
        }

        _roomGivenAt = Stopwatch.GetTimestamp();
        return _room > 0;
    }

    /// <summary>Publishes one batch; returns how many messages left the outbox.</summary>
    internal async Task<int> RelayBatchAsync(CancellationToken cancellationToken)
    {
        await using var work = await database.BeginAsync(cancellationToken);
        var rows = (await work.QueryAsync<OutboxRow>(_select, null, cancellationToken)).ToList();
        if (rows.Count == 0)
        {
            return 0;
        }

        await Task.WhenAll(rows.Select(row => PublishAsync(row, cancellationToken)));
        object parameters = database.Provider == StorageProvider.PostgreSql
            ? new { Ids = rows.Select(row => row.Id).ToArray() }
            : rows.Select(row => new { row.Id });
        await work.ExecuteAsync(_delete, parameters, cancellationToken);
        await work.CommitAsync(cancellationToken);
        return rows.Count;
    }

    private Task PublishAsync(OutboxRow row, CancellationToken cancellationToken)
    {
        var type = typeof(FeedbackSubmitted).Assembly.GetType(row.MessageType)
            ?? throw new InvalidOperationException($"Outbox row {row.Id} holds unknown message type {row.MessageType}.");
        var message = JsonSerializer.Deserialize(row.Body, type, OutboxRow.Json)!;
        return bus.Publish(message, type, context =>
        {
            context.MessageId = row.MessageId;
            context.CorrelationId = row.CorrelationId;
        }, cancellationToken);
    }
}
