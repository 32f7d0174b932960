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
/// </summary>
internal sealed class OutboxRelay(Outbox outbox, Database database, IBus bus, ILogger<OutboxRelay> logger) : BackgroundService
{
    private const int BatchSize = 500;
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan BackOff = TimeSpan.FromSeconds(2);

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
                var sent = await RelayBatchAsync(stoppingToken);
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
