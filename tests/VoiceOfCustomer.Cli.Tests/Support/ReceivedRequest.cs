namespace VoiceOfCustomer.Cli.Tests.Support;

public sealed record ReceivedRequest(HttpMethod Method, Uri Uri, string? ContentType, long BodyLength);
