using VoiceOfCustomer.Hosting.Http;

namespace VoiceOfCustomer.Portal.Features.Users;

/// <summary>What an admin does to users, validated the same way for the API and the Users page.</summary>
public sealed class UserAdministration(UserAccounts users)
{
    public async Task<UserOutcome> CreateAsync(NewUserInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new ValidationErrors();
        if (input.Validate(errors) is not { } user)
        {
            return UserOutcome.Invalid(errors);
        }

        if (await users.CreateAsync(user, cancellationToken) is { } created)
        {
            return UserOutcome.Done(created);
        }

        errors.Add("userName", $"A user named '{user.UserName}' already exists.");
        return UserOutcome.Invalid(errors, StatusCodes.Status409Conflict);
    }

    public async Task<UserOutcome> ChangeAsync(string userName, UserChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var errors = new ValidationErrors();
        var role = change.Role is null ? null : UserRules.Role(change.Role, errors);
        var displayName = change.DisplayName is null ? null : UserRules.DisplayName(change.DisplayName, null, errors);
        if (errors.Any)
        {
            return UserOutcome.Invalid(errors);
        }

        return UserOutcome.Of(userName, await users.ChangeAsync(userName, user => user with
        {
            Role = role ?? user.Role, DisplayName = displayName ?? user.DisplayName, IsActive = change.IsActive ?? user.IsActive,
        }, cancellationToken));
    }

    public async Task<UserOutcome> SetPasswordAsync(string userName, string? password, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (UserRules.Password(password, userName, errors) is not { } valid)
        {
            return UserOutcome.Invalid(errors);
        }

        return UserOutcome.Of(userName, await users.ChangeAsync(userName, user => UserAccounts.WithPassword(user, valid), cancellationToken));
    }
}

/// <summary>A change to a user's role, display name or active state; null leaves that part as it is.</summary>
public sealed record UserChange(string? DisplayName, string? Role, bool? IsActive);

/// <summary>The user after the change, or what was wrong (with the HTTP status that says it).</summary>
public sealed record UserOutcome(PortalUser? User, ValidationErrors? Errors, int Status)
{
    public static UserOutcome Done(PortalUser user) => new(user, null, StatusCodes.Status200OK);

    public static UserOutcome Invalid(ValidationErrors errors, int status = StatusCodes.Status400BadRequest) => new(null, errors, status);

    public static UserOutcome Of(string userName, PortalUser? user)
    {
        if (user is not null)
        {
            return Done(user);
        }

        var errors = new ValidationErrors();
        errors.Add("userName", $"No user is named '{userName}'.");
        return Invalid(errors, StatusCodes.Status404NotFound);
    }
}
