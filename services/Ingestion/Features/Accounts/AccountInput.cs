namespace VoiceOfCustomer.Ingestion.Features.Accounts;

/// <summary>An account as sent to PUT /api/accounts/{accountId} (or read from a CSV row).</summary>
public sealed record AccountInput(
    string? Name,
    string? Region,
    string? Country,
    string? Language,
    string? SizeBand,
    string? Industry,
    string? PlanTier,
    decimal? Arr,
    IReadOnlyDictionary<string, string>? Custom);
