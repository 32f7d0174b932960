using Dapper;
using Microsoft.AspNetCore.Identity;
using VoiceOfCustomer.Contracts;
using VoiceOfCustomer.Hosting.Messaging;
using VoiceOfCustomer.Hosting.Storage;

namespace VoiceOfCustomer.Portal.Features.Users;

/// <summary>
/// The portal's users. Every change that matters to access (role, active, password) raises the user's access
/// version and announces it (UserAccessChanged) in the same transaction, so every service ends the old sessions and keys.
/// </summary>
public sealed class UserAccounts([FromKeyedServices(PortalModule.Name)] Outbox outbox, Database database, TimeProvider clock)
{
    private const string Columns = """
        user_id AS UserId, user_name AS UserName, display_name AS DisplayName, role AS Role, password_hash AS PasswordHash,
        access_version AS AccessVersion, is_active AS IsActive, failed_sign_ins AS FailedSignIns, locked_until AS LockedUntil, created_at AS CreatedAt
        """;

    private const string Insert = """
        INSERT INTO portal_users (user_id, user_name, display_name, role, password_hash, access_version, is_active, failed_sign_ins, locked_until, created_at, changed_at)
        VALUES (@UserId, @UserName, @DisplayName, @Role, @PasswordHash, @AccessVersion, @IsActive, 0, NULL, @CreatedAt, @CreatedAt)
        """;

    private const string Update = """
        UPDATE portal_users SET display_name = @DisplayName, role = @Role, password_hash = @PasswordHash, access_version = @AccessVersion,
            is_active = @IsActive, failed_sign_ins = @FailedSignIns, locked_until = @LockedUntil, changed_at = @ChangedAt
        WHERE user_id = @UserId
        """;

    private const string ByName = $"SELECT {Columns} FROM portal_users WHERE user_name = @UserName";
    private const string All = $"SELECT {Columns} FROM portal_users ORDER BY user_name";
    private const string Count = "SELECT COUNT(*) FROM portal_users";

    private static readonly PasswordHasher<PortalUser> Hasher = new();

    public async Task<PortalUser?> FindAsync(string userName, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<PortalUser>(new CommandDefinition(ByName, new { UserName = userName }, cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<PortalUser>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return [.. await connection.QueryAsync<PortalUser>(new CommandDefinition(All, cancellationToken: cancellationToken))];
    }

    public async Task<long> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(Count, cancellationToken: cancellationToken));
    }

    /// <summary>Creates the user, or answers null when the user name is taken.</summary>
    public async Task<PortalUser?> CreateAsync(NewUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var created = new PortalUser
        {
            UserId = Guid.CreateVersion7(), UserName = user.UserName, DisplayName = user.DisplayName, Role = user.Role,
            AccessVersion = 1, IsActive = true, CreatedAt = clock.GetUtcNow(),
        };
        created = created with { PasswordHash = Hasher.HashPassword(created, user.Password) };
        try
        {
            await using var work = await database.BeginAsync(cancellationToken);
            await work.ExecuteAsync(Insert, created, cancellationToken);
            await AnnounceAsync(work, created, cancellationToken);
            await work.CommitAsync(cancellationToken);
        }
        catch (Exception exception) when (Database.IsUniqueViolation(exception))
        {
            return null;
        }

        outbox.Notify();
        return created;
    }

    /// <summary>Applies an access change (role, active, password) under a new access version; null when there is no such user.</summary>
    public async Task<PortalUser?> ChangeAsync(string userName, Func<PortalUser, PortalUser> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        await using var work = await database.BeginAsync(cancellationToken);
        if (await work.QuerySingleOrDefaultAsync<PortalUser>(ByName, new { UserName = userName }, cancellationToken) is not { } user)
        {
            return null;
        }

        var changed = change(user) with { UserId = user.UserId, AccessVersion = user.AccessVersion + 1, FailedSignIns = 0, LockedUntil = null };
        await SaveAsync(work, changed, cancellationToken);
        await AnnounceAsync(work, changed, cancellationToken);
        await work.CommitAsync(cancellationToken);
        outbox.Notify();
        return changed;
    }

    public static PortalUser WithPassword(PortalUser user, string password) =>
        user with { PasswordHash = Hasher.HashPassword(user, password) };

    public static PasswordVerificationResult Verify(PortalUser user, string password) =>
        Hasher.VerifyHashedPassword(user, user.PasswordHash, password);

    /// <summary>Saves sign-in bookkeeping (failures, lockout, a rehashed password) without changing access.</summary>
    public Task SaveAsync(UnitOfWork work, PortalUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        return work.ExecuteAsync(Update, new
        {
            user.UserId, user.DisplayName, user.Role, user.PasswordHash, user.AccessVersion, user.IsActive, user.FailedSignIns,
            user.LockedUntil, ChangedAt = clock.GetUtcNow(),
        }, cancellationToken);
    }

    /// <summary>Announces every user's current access, so a service whose copy is new or behind catches up.</summary>
    public async Task AnnounceEveryoneAsync(CancellationToken cancellationToken)
    {
        await using var work = await database.BeginAsync(cancellationToken);
        foreach (var user in await work.QueryAsync<PortalUser>(All, null, cancellationToken))
        {
            await AnnounceAsync(work, user, cancellationToken);
        }

        await work.CommitAsync(cancellationToken);
        outbox.Notify();
    }

    private Task AnnounceAsync(UnitOfWork work, PortalUser user, CancellationToken cancellationToken)
    {
        var correlationId = Guid.NewGuid();
        var message = new UserAccessChanged(user.UserId, correlationId, clock.GetUtcNow(), user.UserName, user.Role, user.AccessVersion, user.IsActive);
        return outbox.AddAsync(work, Guid.NewGuid(), correlationId, message, cancellationToken);
    }
}
