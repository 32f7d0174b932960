namespace VoiceOfCustomer.Portal.Features.ApiKeys;

/// <summary>An API key as listed: whose it is, never the key itself.</summary>
public sealed record ApiKeyRow
{
    public Guid KeyId { get; init; }

    public Guid UserId { get; init; }

    public string UserName { get; init; } = "";

    public string Role { get; init; } = "";

    public string Name { get; init; } = "";

    public string CreatedBy { get; init; } = "";

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? RevokedAt { get; init; }

    public string? RevokedBy { get; init; }

    public int IssuedUnderVersion { get; init; }

    public int UserAccessVersion { get; init; }

    public bool UserIsActive { get; init; }

    /// <summary>False once revoked, or once the user was deactivated or changed role or password after the key was issued.</summary>
    public bool StillValid => RevokedAt is null && UserIsActive && IssuedUnderVersion == UserAccessVersion;
}

/// <summary>A key just issued: the only moment the key itself exists outside its holder.</summary>
public sealed record IssuedApiKey(ApiKeyRow Row, string Key);

/// <summary>A key an admin asks for: whose it is and what it is for.</summary>
public sealed record NewApiKey(string? UserName, string? Name);
