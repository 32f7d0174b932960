namespace VoiceOfCustomer.Hosting.Access;

/// <summary>The four roles. Every endpoint and page names the roles that may use it.</summary>
public static class Roles
{
    /// <summary>Customer success managers: log and triage the feedback of their customers.</summary>
    public const string Csm = "csm";

    /// <summary>Product managers: work the prioritized queue of requests.</summary>
    public const string Pm = "pm";

    /// <summary>Auditors: read everything, change only review dispositions.</summary>
    public const string Auditor = "auditor";

    /// <summary>Administrators: users, API keys, the accounts registry and configuration.</summary>
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [Csm, Pm, Auditor, Admin];

    public static bool IsKnown(string? role) => role is not null && All.Contains(role, StringComparer.Ordinal);
}
