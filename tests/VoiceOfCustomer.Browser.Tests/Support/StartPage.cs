namespace VoiceOfCustomer.Browser.Tests.Support;

/// <summary>Where each role lands after signing in, and the heading that page shows.</summary>
public sealed record StartPage(string Role, string Path, string Heading)
{
    public static readonly IReadOnlyList<StartPage> All =
    [
        new(Support.Role.Csm, "/feedback", "My feedback"),
        new(Support.Role.Pm, "/queue", "Prioritized queue"),
        new(Support.Role.Auditor, "/review", "Review"),
        new(Support.Role.Admin, "/admin/users", "Users"),
    ];

    /// <summary>The role alone, so a test case reads Lands_on_its_start_page(csm).</summary>
    public override string ToString() => Role;
}
