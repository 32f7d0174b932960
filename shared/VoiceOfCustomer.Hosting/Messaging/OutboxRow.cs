using System.Text.Json;

namespace VoiceOfCustomer.Hosting.Messaging;

internal sealed record OutboxRow
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public long Id { get; init; }

    public Guid MessageId { get; init; }

    public Guid CorrelationId { get; init; }

    public string MessageType { get; init; } = "";

    public string Body { get; init; } = "";

    public DateTimeOffset CreatedAt { get; init; }
}
