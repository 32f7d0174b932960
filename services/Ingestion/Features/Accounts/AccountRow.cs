using System.Text.Json;
using VoiceOfCustomer.Contracts;

namespace VoiceOfCustomer.Ingestion.Features.Accounts;

internal sealed record AccountRow
{
    public const string Columns = """
        account_id AS AccountId, name AS Name, region AS Region, country AS Country, language AS Language, size_band AS SizeBand,
        industry AS Industry, plan_tier AS PlanTier, arr AS Arr, custom AS Custom
        """;

    public string AccountId { get; init; } = "";

    public string Name { get; init; } = "";

    public string Region { get; init; } = "";

    public string Country { get; init; } = "";

    public string Language { get; init; } = "";

    public string SizeBand { get; init; } = "";

    public string Industry { get; init; } = "";

    public string PlanTier { get; init; } = "";

    public decimal Arr { get; init; }

    public string Custom { get; init; } = "{}";

    public AccountProfile ToProfile() => new(AccountId, Name, Region, Country, Language, SizeBand, Industry, PlanTier, Arr,
        JsonSerializer.Deserialize<Dictionary<string, string>>(Custom) ?? []);
}
