namespace VoiceOfCustomer.Portal.Features.Users;

/// <summary>
/// The first administrator, created at start when no user exists yet (Access:FirstAdmin:UserName and
/// Access:FirstAdmin:Password, e.g. from environment variables). There is no built-in default password.
/// </summary>
public sealed class FirstAdminOptions
{
    public const string Section = "Access:FirstAdmin";

    public string? UserName { get; set; }

    public string? Password { get; set; }
}
