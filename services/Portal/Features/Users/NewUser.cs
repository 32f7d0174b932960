using VoiceOfCustomer.Hosting.Http;

namespace VoiceOfCustomer.Portal.Features.Users;

/// <summary>A user as an admin creates one (API body or the Users page).</summary>
public sealed record NewUserInput(string? UserName, string? DisplayName, string? Role, string? Password)
{
    /// <summary>The validated user, or null with every error named in <paramref name="errors"/>.</summary>
    public NewUser? Validate(ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var userName = UserRules.UserName(UserName, errors);
        var displayName = UserRules.DisplayName(DisplayName, userName, errors);
        var role = UserRules.Role(Role, errors);
        var password = UserRules.Password(Password, userName, errors);
        return errors.Any ? null : new NewUser(userName!, displayName!, role!, password!);
    }
}

public sealed record NewUser(string UserName, string DisplayName, string Role, string Password);
