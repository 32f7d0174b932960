namespace VoiceOfCustomer.Integration.Tests.Support;

/// <summary>The exchange MassTransit publishes a message type to on RabbitMQ: "Namespace:TypeName".</summary>
internal static class MessageExchange
{
    public static string Of<TMessage>() => $"{typeof(TMessage).Namespace}:{typeof(TMessage).Name}";
}
