using Dapper;
using VoiceOfCustomer.Contracts;
using VoiceOfCustomer.Hosting.Access;
using VoiceOfCustomer.Hosting.Http;
using VoiceOfCustomer.Hosting.Messaging;
using VoiceOfCustomer.Hosting.Storage;
using VoiceOfCustomer.Portal.Features.Users;

namespace VoiceOfCustomer.Portal.Features.ApiKeys;

/// <summary>
/// API keys for the HTTP API, each tied to a user and so to a role. The key is shown once, when issued; only
/// its SHA-256 is stored. Revoking announces ApiKeyRevoked so every service refuses the key.
/// </summary>
public sealed class ApiKeys(
    [FromKeyedServices(PortalModule.Name)] Outbox outbox, Database database, ApiKeyFormat format, UserAccounts users, TimeProvider clock)
{
    private const string Insert = """
        INSERT INTO portal_api_keys (key_id, user_id, name, access_version, key_hash, created_by, created_at, revoked_at, revoked_by)
        VALUES (@KeyId, @UserId, @Name, @AccessVersion, @KeyHash, @CreatedBy, @CreatedAt, NULL, NULL)
        """;

    private const string Select = """
        SELECT k.key_id AS KeyId, u.user_name AS UserName, u.role AS Role, k.name AS Name, k.created_by AS CreatedBy,
               k.created_at AS CreatedAt, k.revoked_at AS RevokedAt, k.revoked_by AS RevokedBy, u.user_id AS UserId,
               k.access_version AS IssuedUnderVersion, u.access_version AS UserAccessVersion, u.is_active AS UserIsActive
        FROM portal_api_keys k JOIN portal_users u ON u.user_id = k.user_id
        """;

    private const string All = $"{Select} ORDER BY k.created_at DESC";
    private const string One = $"{Select} WHERE k.key_id = @KeyId";
    private const string Revoke = "UPDATE portal_api_keys SET revoked_at = @RevokedAt, revoked_by = @RevokedBy WHERE key_id = @KeyId AND revoked_at IS NULL";

    public const int MaxNameLength = 100;

    /// <summary>Issues a key to an active user, or answers null with what was wrong (and its HTTP status) in <paramref name="errors"/>.</summary>
    public async Task<(IssuedApiKey? Key, int Status)> IssueAsync(NewApiKey input, string createdBy, ValidationErrors errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(errors);
        var name = input.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > MaxNameLength)
        {
            errors.Add("name", $"Name the key (1 to {MaxNameLength} characters), e.g. after the integration that will use it.");
        }

        var userName = UserRules.UserName(input.UserName, errors);
        if (errors.Any)
        {
            return (null, StatusCodes.Status400BadRequest);
        }

        if (await users.FindAsync(userName!, cancellationToken) is not { IsActive: true } user)
        {
            errors.Add("userName", $"No active user is named '{userName}'.");
            return (null, StatusCodes.Status422UnprocessableEntity);
        }

        return (await IssueAsync(user, name!, createdBy, cancellationToken), StatusCodes.Status201Created);
    }

    public async Task<IssuedApiKey> IssueAsync(PortalUser user, string name, string createdBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var keyId = Guid.CreateVersion7();
        var key = format.Issue(new ApiKeyPayload(keyId, user.UserId, user.UserName, user.Role, user.AccessVersion));
        var row = new ApiKeyRow
        {
            KeyId = keyId, UserId = user.UserId, UserName = user.UserName, Role = user.Role, Name = name, CreatedBy = createdBy, CreatedAt = clock.GetUtcNow(),
            IssuedUnderVersion = user.AccessVersion, UserAccessVersion = user.AccessVersion, UserIsActive = user.IsActive,
        };
        await using var work = await database.BeginAsync(cancellationToken);
        await work.ExecuteAsync(Insert, new { row.KeyId, row.UserId, row.Name, AccessVersion = row.IssuedUnderVersion, KeyHash = ApiKeyFormat.Hash(key), row.CreatedBy, row.CreatedAt }, cancellationToken);
        await work.CommitAsync(cancellationToken);
        return new IssuedApiKey(row, key);
    }

    public async Task<IReadOnlyList<ApiKeyRow>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return [.. await connection.QueryAsync<ApiKeyRow>(new CommandDefinition(All, cancellationToken: cancellationToken))];
    }

    /// <summary>Revokes the key; null when there is no such key. Revoking a revoked key changes nothing.</summary>
    public async Task<ApiKeyRow?> RevokeAsync(Guid keyId, string revokedBy, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var work = await database.BeginAsync(cancellationToken);
        if (await work.QuerySingleOrDefaultAsync<ApiKeyRow>(One, new { KeyId = keyId }, cancellationToken) is not { } key)
        {
            return null;
        }

        if (key.RevokedAt is not null)
        {
            return key;
        }

        await work.ExecuteAsync(Revoke, new { KeyId = keyId, RevokedAt = now, RevokedBy = revokedBy }, cancellationToken);
        var correlationId = Guid.NewGuid();
        await outbox.AddAsync(work, Guid.NewGuid(), correlationId, new ApiKeyRevoked(keyId, correlationId, now, key.UserId), cancellationToken);
        await work.CommitAsync(cancellationToken);
        outbox.Notify();
        return key with { RevokedAt = now, RevokedBy = revokedBy };
    }
}
