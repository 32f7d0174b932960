namespace VoiceOfCustomer.Ingestion.Features.Accounts;

/// <summary>Company size by employees.</summary>
public static class SizeBands
{
    public static readonly IReadOnlyList<string> All = ["1-10", "11-50", "51-200", "201-1000", "1001-5000", "5001+"];
}
