namespace VoiceOfCustomer.Client;

/// <summary>News for a CSM about a request their customers asked for (GET /api/notifications).</summary>
public sealed record Notification(Guid NotificationId, Guid RequestId, string Message, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);
