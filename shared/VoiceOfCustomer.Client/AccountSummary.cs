namespace VoiceOfCustomer.Client;

/// <summary>An account of the registry with its segment attributes (GET /api/accounts).</summary>
public sealed record AccountSummary(
    string AccountId, string Name, string Region, string Country, string Language, string SizeBand, string Industry, string PlanTier, decimal Arr);

public sealed record AccountPage(IReadOnlyList<AccountSummary> Items, string? NextAfter);
