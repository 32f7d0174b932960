namespace VoiceOfCustomer.Contracts;

/// <summary>An API key was revoked: every service refuses it from now on.</summary>
public sealed record ApiKeyRevoked(
    Guid KeyId,
    Guid CorrelationId,
    DateTimeOffset RevokedAt,
    Guid UserId);
