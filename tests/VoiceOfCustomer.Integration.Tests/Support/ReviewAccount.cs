namespace VoiceOfCustomer.Integration.Tests.Support;

/// <summary>Review's copy of an account's segment attributes (review_accounts).</summary>
internal sealed record ReviewAccount
{
    public string Region { get; init; } = "";

    public string Country { get; init; } = "";

    public string Language { get; init; } = "";

    public string SizeBand { get; init; } = "";

    public string Industry { get; init; } = "";

    public string PlanTier { get; init; } = "";

    public decimal Arr { get; init; }

    public string Custom { get; init; } = "";
}
