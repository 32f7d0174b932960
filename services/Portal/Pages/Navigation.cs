using VoiceOfCustomer.Hosting.Access;

namespace VoiceOfCustomer.Portal.Pages;

/// <summary>Each role's pages, in the order of the main navigation; the first is where the role lands after sign-in.</summary>
public static class Navigation
{
    private static readonly Dictionary<string, Link[]> ByRole = new(StringComparer.Ordinal)
    {
        [Roles.Csm] = [new("My feedback", "/feedback"), new("Triage", "/triage"), new("Log feedback", "/feedback/new"), new("Import feedback", "/imports/new")],
        [Roles.Pm] = [new("Prioritized queue", "/queue"), new("Feedback", "/feedback")],
        [Roles.Auditor] = [new("Review", "/review"), new("Reports", "/review/reports"), new("Holds", "/review/holds"), new("Feedback", "/feedback"), new("Prioritized queue", "/queue"), new("Audit log", "/audit")],
        [Roles.Admin] = [new("Users", "/admin/users"), new("API keys", "/admin/api-keys"), new("Import accounts", "/admin/accounts-import"), new("Erase personal data", "/admin/erasure"), new("Taxonomy", "/admin/taxonomy"), new("Audit log", "/audit")],
    };

    public static IReadOnlyList<Link> For(string role) => ByRole.TryGetValue(role, out var links) ? links : [];

    public static string StartPage(string role) => For(role) is [var first, ..] ? first.Path : "/sign-in";

    public sealed record Link(string Label, string Path);
}
