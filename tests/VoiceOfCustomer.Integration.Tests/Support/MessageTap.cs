using RabbitMQ.Client;

namespace VoiceOfCustomer.Integration.Tests.Support;

/// <summary>A test's own copy of what was published to an exchange, counted by message id.</summary>
internal sealed class MessageTap(IChannel channel, string queue) : IAsyncDisposable
{
    private readonly List<string?> _messageIds = [];

    /// <summary>How many messages with this id were published since the tap was opened.</summary>
    public async Task<int> CountAsync(Guid messageId)
    {
        while (await channel.BasicGetAsync(queue, autoAck: true) is { } message)
        {
            _messageIds.Add(message.BasicProperties.MessageId);
        }

        var id = messageId.ToString();
        return _messageIds.Count(seen => string.Equals(seen, id, StringComparison.OrdinalIgnoreCase));
    }

    public async ValueTask DisposeAsync()
    {
        await channel.CloseAsync();
        await channel.DisposeAsync();
    }
}
