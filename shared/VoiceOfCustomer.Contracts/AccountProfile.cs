namespace VoiceOfCustomer.Contracts;

/// <summary>An account of the customer base with the segment attributes the reviewer measures.</summary>
public sealed record AccountProfile(
    string AccountId,
    string Name,
    string Region,
    string Country,
    string Language,
    string SizeBand,
    string Industry,
    string PlanTier,
    decimal Arr,
    IReadOnlyDictionary<string, string> Custom);
