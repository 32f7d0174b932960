using System.Text.RegularExpressions;
using VoiceOfCustomer.Hosting.Access;
using VoiceOfCustomer.Hosting.Http;

namespace VoiceOfCustomer.Portal.Features.Users;

/// <summary>What a user name, display name, role and password must be. Errors name the field.</summary>
public static partial class UserRules
{
    public const int MinPasswordLength = 12;
    public const int MaxPasswordLength = 256;

    public static string? UserName(string? value, ValidationErrors errors)
    {
        var name = value?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(name))
        {
            errors.Add("userName", "A user name is required.");
            return null;
        }

        if (!UserNamePattern().IsMatch(name))
        {
            errors.Add("userName", "A user name is 2 to 64 letters a-z, digits, '.', '_' or '-', starting with a letter or digit.");
            return null;
        }

        return name;
    }

    public static string? DisplayName(string? value, string? userName, ValidationErrors errors)
    {
        var name = string.IsNullOrWhiteSpace(value) ? userName : value.Trim();
        if (name is { Length: > 200 })
        {
            errors.Add("displayName", "A display name has at most 200 characters.");
            return null;
        }

        return name;
    }

    public static string? Role(string? value, ValidationErrors errors)
    {
        if (Roles.IsKnown(value))
        {
            return value;
        }

        errors.Add("role", $"The role must be one of {string.Join(", ", Roles.All)}.");
        return null;
    }

    public static string? Password(string? value, string? userName, ValidationErrors errors)
    {
        if (value is null || value.Length < MinPasswordLength)
        {
            errors.Add("password", $"A password has at least {MinPasswordLength} characters.");
            return null;
        }

        if (value.Length > MaxPasswordLength)
        {
            errors.Add("password", $"A password has at most {MaxPasswordLength} characters.");
            return null;
        }

        if (userName is not null && value.Contains(userName, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add("password", "The password must not contain the user name.");
            return null;
        }

        return value;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{1,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex UserNamePattern();
}
