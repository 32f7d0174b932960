namespace VoiceOfCustomer.Contracts;

/// <summary>
/// A user was created, changed role, was deactivated or had their password reset. Every sign-in and API key
/// carries the access version it was issued under; a service that has seen a newer version refuses it.
/// </summary>
public sealed record UserAccessChanged(
    Guid UserId,
    Guid CorrelationId,
    DateTimeOffset ChangedAt,
    string UserName,
    string Role,
    int AccessVersion,
    bool IsActive);
