using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using VoiceOfCustomer.Hosting.Storage;
using VoiceOfCustomer.Portal.Features.Users;

namespace VoiceOfCustomer.Portal.Features.SignIn;

/// <summary>
/// Checks a user name and password. Unknown users, inactive users and wrong passwords get the same answer;
/// after <see cref="PortalOptions.MaxFailedSignIns"/> failures in a row the user is locked out for a while.
/// </summary>
public sealed class SignInCheck(UserAccounts users, Database database, IOptions<PortalOptions> options, TimeProvider clock)
{
    // Verified against when the user does not exist, so an unknown name costs the same time as a wrong password.
    private static readonly PortalUser Nobody = UserAccounts.WithPassword(new PortalUser { UserName = "nobody" }, Guid.NewGuid().ToString());

    public async Task<SignInOutcome> CheckAsync(string? userName, string? password, CancellationToken cancellationToken)
    {
        var name = userName?.Trim().ToLowerInvariant() ?? "";
        var user = name.Length == 0 ? null : await users.FindAsync(name, cancellationToken);
        var now = clock.GetUtcNow();
        if (user is { LockedUntil: { } until } && until > now)
        {
            return SignInOutcome.Locked(until);
        }

        var verdict = UserAccounts.Verify(user ?? Nobody, password ?? "");
        if (user is null || !user.IsActive || verdict == PasswordVerificationResult.Failed)
        {
            return user is null ? SignInOutcome.Refused() : await FailAsync(user, now, cancellationToken);
        }

        var signedIn = user with { FailedSignIns = 0, LockedUntil = null };
        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            signedIn = UserAccounts.WithPassword(signedIn, password!);
        }

        if (signedIn != user)
        {
            await SaveAsync(signedIn, cancellationToken);
        }

        return SignInOutcome.SignedIn(signedIn);
    }

    private async Task<SignInOutcome> FailAsync(PortalUser user, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var failures = user.FailedSignIns + 1;
        var lockout = failures >= options.Value.MaxFailedSignIns;
        await SaveAsync(user with { FailedSignIns = lockout ? 0 : failures, LockedUntil = lockout ? now + options.Value.LockoutFor : null }, cancellationToken);
        return lockout ? SignInOutcome.Locked(now + options.Value.LockoutFor) : SignInOutcome.Refused();
    }

    private async Task SaveAsync(PortalUser user, CancellationToken cancellationToken)
    {
        await using var work = await database.BeginAsync(cancellationToken);
        await users.SaveAsync(work, user, cancellationToken);
        await work.CommitAsync(cancellationToken);
    }
}

/// <summary>What a sign-in attempt came to.</summary>
public sealed record SignInOutcome(PortalUser? User, DateTimeOffset? LockedUntil)
{
    public static SignInOutcome SignedIn(PortalUser user) => new(user, null);

    public static SignInOutcome Refused() => new(null, null);

    public static SignInOutcome Locked(DateTimeOffset until) => new(null, until);
}
