using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using VoiceOfCustomer.Contracts;
using VoiceOfCustomer.Hosting.Access;
using VoiceOfCustomer.Hosting.Messaging;
using VoiceOfCustomer.Hosting.Storage;
using VoiceOfCustomer.Portal.Features.Users;

namespace VoiceOfCustomer.Portal.Features.SignIn;

/// <summary>
/// Checks a user name and password. Unknown users, inactive users and wrong passwords get the same answer;
/// after <see cref="PortalOptions.MaxFailedSignIns"/> failures in a row the user is locked out for a while. Every refusal
/// is announced (SignInFailed, through the portal's outbox, in the transaction that counts it) for the audit log,
/// with a keyed hash of the user name instead of the name.
/// </summary>
public sealed class SignInCheck(
    UserAccounts users, Database database, [FromKeyedServices(PortalModule.Name)] Outbox outbox, IOptions<PortalOptions> options,
    IOptions<AccessOptions> access, TimeProvider clock)
{
    // Failed sign-ins announce a keyed hash of the user name, never the name: the audit log's key, so Review can match them.
    private readonly PersonalDataHash _nameHash = new(() => access.Value.KeysFolder is { Length: > 0 } folder
        ? Path.Combine(Path.GetFullPath(folder), PersonalDataHash.KeyFileName)
        : throw new InvalidOperationException(
            "Failed sign-ins are audited with a keyed hash of the user name, but Access:KeysFolder is empty: set it (every process of the installation shares it)."));

    // Verified against when the user does not exist, so an unknown name costs the same time as a wrong password.
    private static readonly PortalUser Nobody = UserAccounts.WithPassword(new PortalUser { UserName = "nobody" }, Guid.NewGuid().ToString());

    public async Task<SignInOutcome> CheckAsync(string? userName, string? password, CancellationToken cancellationToken)
    {
        var name = userName?.Trim().ToLowerInvariant() ?? "";
        var user = name.Length == 0 ? null : await users.FindAsync(name, cancellationToken);
        var now = clock.GetUtcNow();
        if (user is { LockedUntil: { } until } && until > now)
        {
            await SaveAsync(null, Failure(name, SignInFailureReason.LockedOut, now, until), cancellationToken);
            return SignInOutcome.Locked(until);
        }

        var verdict = UserAccounts.Verify(user ?? Nobody, password ?? "");
        if (user is null || !user.IsActive || verdict == PasswordVerificationResult.Failed)
        {
            if (user is not null)
            {
                return await FailAsync(user, now, cancellationToken);
            }

            await SaveAsync(null, Failure(name, SignInFailureReason.UnknownUser, now, null), cancellationToken);
            return SignInOutcome.Refused();
        }

        var signedIn = user with { FailedSignIns = 0, LockedUntil = null };
        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            signedIn = UserAccounts.WithPassword(signedIn, password!);
        }

        if (signedIn != user)
        {
            await SaveAsync(signedIn, null, cancellationToken);
        }

        return SignInOutcome.SignedIn(signedIn);
    }

    private async Task<SignInOutcome> FailAsync(PortalUser user, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var failures = user.FailedSignIns + 1;
        var lockout = failures >= options.Value.MaxFailedSignIns;
        DateTimeOffset? lockedUntil = lockout ? now + options.Value.LockoutFor : null;
        var reason = user.IsActive ? SignInFailureReason.WrongPassword : SignInFailureReason.Inactive;
        await SaveAsync(user with { FailedSignIns = lockout ? 0 : failures, LockedUntil = lockedUntil }, Failure(user.UserName, reason, now, lockedUntil), cancellationToken);
        return lockout ? SignInOutcome.Locked(now + options.Value.LockoutFor) : SignInOutcome.Refused();
    }

    private SignInFailed Failure(string userName, SignInFailureReason reason, DateTimeOffset at, DateTimeOffset? lockedUntil) =>
        new(Guid.CreateVersion7(), Guid.NewGuid(), at, _nameHash.Of(userName), reason, lockedUntil);

    /// <summary>Saves the user's sign-in bookkeeping (if any) and announces the failure (if any) in one transaction.</summary>
    private async Task SaveAsync(PortalUser? user, SignInFailed? failure, CancellationToken cancellationToken)
    {
        await using (var work = await database.BeginAsync(cancellationToken))
        {
            if (user is not null)
            {
                await users.SaveAsync(work, user, cancellationToken);
            }

            if (failure is not null)
            {
                await outbox.AddAsync(work, failure.AttemptId, failure.CorrelationId, failure, cancellationToken);
            }

            await work.CommitAsync(cancellationToken);
        }

        if (failure is not null)
        {
            outbox.Notify();
        }
    }
}

/// <summary>What a sign-in attempt came to.</summary>
public sealed record SignInOutcome(PortalUser? User, DateTimeOffset? LockedUntil)
{
    public static SignInOutcome SignedIn(PortalUser user) => new(user, null);

    public static SignInOutcome Refused() => new(null, null);

    public static SignInOutcome Locked(DateTimeOffset until) => new(null, until);
}
