namespace VoiceOfCustomer.Portal.Features.Users;

/// <summary>A row of portal_users, as the portal reads it.</summary>
public sealed record PortalUser
{
    public Guid UserId { get; init; }

    public string UserName { get; init; } = "";

    public string DisplayName { get; init; } = "";

    public string Role { get; init; } = "";

    public string PasswordHash { get; init; } = "";

    public int AccessVersion { get; init; }

    public bool IsActive { get; init; }

    public int FailedSignIns { get; init; }

    public DateTimeOffset? LockedUntil { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
