namespace VoiceOfCustomer.Hosting.Messaging;

public enum BusTransport
{
    InMemory,
    RabbitMq,
}
