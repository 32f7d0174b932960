using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace VoiceOfCustomer.Integration.Tests.Support;

/// <summary>Looks into the run's virtual host with the plain RabbitMQ client, beside the services' buses.</summary>
internal sealed class BrokerQueues(IConnection connection) : IAsyncDisposable
{
    private const ushort NotFound = 404;

    public static async Task<BrokerQueues> ConnectAsync(BrokerAddress broker, string virtualHost)
    {
        ArgumentNullException.ThrowIfNull(broker);
        var factory = new ConnectionFactory
        {
            HostName = broker.Host,
            Port = broker.Port,
            UserName = broker.Username,
            Password = broker.Password,
            VirtualHost = virtualHost,
        };
        return new BrokerQueues(await factory.CreateConnectionAsync("voc-integration-tests"));
    }

    /// <summary>Messages ready in a queue (not those a consumer holds); null while the queue does not exist.</summary>
    public async Task<uint?> ReadyMessagesAsync(string queue)
    {
        // A passive declare of a missing queue closes its channel, so each look gets a channel of its own.
        await using var channel = await connection.CreateChannelAsync();
        try
        {
            return (await channel.QueueDeclarePassiveAsync(queue)).MessageCount;
        }
        catch (OperationInterruptedException exception) when (exception.ShutdownReason?.ReplyCode == NotFound)
        {
            return null;
        }
    }

    /// <summary>Takes the next message off a queue, or null when it is empty.</summary>
    public async Task<BasicGetResult?> TakeAsync(string queue)
    {
        await using var channel = await connection.CreateChannelAsync();
        return await channel.BasicGetAsync(queue, autoAck: true);
    }

    /// <summary>Copies, from now on, every message published to a message type's exchange into a queue of the test's own.</summary>
    public async Task<MessageTap> TapAsync(string exchange)
    {
        var channel = await connection.CreateChannelAsync();
        try
        {
            var queue = await channel.QueueDeclareAsync(queue: "", durable: false, exclusive: true, autoDelete: true);
            await channel.QueueBindAsync(queue.QueueName, exchange, routingKey: "");
            return new MessageTap(channel, queue.QueueName);
        }
        catch
        {
            await channel.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await connection.CloseAsync();
        await connection.DisposeAsync();
    }
}
