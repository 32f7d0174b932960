using Dapper;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using VoiceOfCustomer.Contracts;
using VoiceOfCustomer.Hosting.Storage;

namespace VoiceOfCustomer.Hosting.Access;

/// <summary>
/// This process's copy of who may still act: each user's latest access version and whether they are active,
/// and the revoked API keys. The portal owns users and keys and announces every change; a credential issued
/// under an older version than the copy knows, or for an inactive user or a revoked key, is refused.
/// A user the copy has not heard of yet is trusted on the strength of the key ring's signature.
/// </summary>
public sealed class AccessReplica(Database database, IMemoryCache cache, IOptions<AccessOptions> options)
{
    private const string SelectUser = "SELECT access_version AS AccessVersion, is_active AS IsActive FROM access_users WHERE user_id = @UserId";
    private const string SelectRevoked = "SELECT COUNT(*) FROM access_revoked_keys WHERE key_id = @KeyId";

    private const string UpsertUser = """
        INSERT INTO access_users (user_id, access_version, is_active, changed_at) VALUES (@UserId, @AccessVersion, @IsActive, @ChangedAt)
        ON CONFLICT (user_id) DO UPDATE SET access_version = excluded.access_version, is_active = excluded.is_active, changed_at = excluded.changed_at
        WHERE access_users.access_version < excluded.access_version
        """;

    private const string MergeUser = """
        MERGE access_users WITH (HOLDLOCK) AS target
        USING (SELECT @UserId AS user_id) AS source ON target.user_id = source.user_id
        WHEN MATCHED AND target.access_version < @AccessVersion THEN
            UPDATE SET access_version = @AccessVersion, is_active = @IsActive, changed_at = @ChangedAt
        WHEN NOT MATCHED THEN INSERT (user_id, access_version, is_active, changed_at) VALUES (@UserId, @AccessVersion, @IsActive, @ChangedAt);
        """;

    private const string InsertRevoked = "INSERT INTO access_revoked_keys (key_id, revoked_at) VALUES (@KeyId, @RevokedAt) ON CONFLICT (key_id) DO NOTHING";

    private const string InsertRevokedSqlServer = """
        IF NOT EXISTS (SELECT 1 FROM access_revoked_keys WHERE key_id = @KeyId)
            INSERT INTO access_revoked_keys (key_id, revoked_at) VALUES (@KeyId, @RevokedAt)
        """;

    private readonly string _upsertUser = database.Pick(sqlite: UpsertUser, postgreSql: UpsertUser, sqlServer: MergeUser);
    private readonly string _insertRevoked = database.Pick(sqlite: InsertRevoked, postgreSql: InsertRevoked, sqlServer: InsertRevokedSqlServer);

    /// <summary>Whether a credential issued to this user under this version (and this key, for an API key) still holds.</summary>
    public async Task<bool> StillHoldsAsync(Guid userId, int accessVersion, Guid? keyId, CancellationToken cancellationToken)
    {
        var user = await UserAsync(userId, cancellationToken);
        if (user is not null && (!user.IsActive || user.AccessVersion > accessVersion))
        {
            return false;
        }

        return keyId is not { } key || !await IsRevokedAsync(key, cancellationToken);
    }

    public async Task ApplyAsync(UserAccessChanged change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        await using var work = await database.BeginAsync(cancellationToken);
        await work.ExecuteAsync(_upsertUser, new { change.UserId, change.AccessVersion, change.IsActive, change.ChangedAt }, cancellationToken);
        await work.CommitAsync(cancellationToken);
        cache.Remove(UserKey(change.UserId));
    }

    public async Task ApplyAsync(ApiKeyRevoked revocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(revocation);
        await using var work = await database.BeginAsync(cancellationToken);
        await work.ExecuteAsync(_insertRevoked, new { revocation.KeyId, revocation.RevokedAt }, cancellationToken);
        await work.CommitAsync(cancellationToken);
        cache.Remove(KeyKey(revocation.KeyId));
    }

    private Task<ReplicatedUser?> UserAsync(Guid userId, CancellationToken cancellationToken) =>
        cache.GetOrCreateAsync(UserKey(userId), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = options.Value.ReplicaCacheFor;
            await using var connection = await database.OpenAsync(cancellationToken);
            return await connection.QuerySingleOrDefaultAsync<ReplicatedUser>(new CommandDefinition(SelectUser, new { UserId = userId }, cancellationToken: cancellationToken));
        });

    private async Task<bool> IsRevokedAsync(Guid keyId, CancellationToken cancellationToken) =>
        await cache.GetOrCreateAsync(KeyKey(keyId), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = options.Value.ReplicaCacheFor;
            await using var connection = await database.OpenAsync(cancellationToken);
            return await connection.ExecuteScalarAsync<long>(new CommandDefinition(SelectRevoked, new { KeyId = keyId }, cancellationToken: cancellationToken)) > 0;
        });

    private static string UserKey(Guid userId) => $"access:user:{userId}";

    private static string KeyKey(Guid keyId) => $"access:key:{keyId}";

    private sealed record ReplicatedUser
    {
        public int AccessVersion { get; init; }

        public bool IsActive { get; init; }
    }
}
