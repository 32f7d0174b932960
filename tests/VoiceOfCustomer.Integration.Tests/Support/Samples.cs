namespace VoiceOfCustomer.Integration.Tests.Support;

/// <summary>Valid request bodies for Ingestion's API.</summary>
internal static class Samples
{
    public static object Account(string region = "EMEA", string country = "PT", string language = "pt-PT", decimal arr = 48_000m) => new
    {
        name = "Padaria Lusitana",
        region,
        country,
        language,
        sizeBand = "11-50",
        industry = "Food",
        planTier = "growth",
        arr,
        custom = new Dictionary<string, string> { ["accessibility_needs"] = "screen_reader" },
    };

    public static object Feedback(string accountId, string text) => new
    {
        accountId,
        text,
        sourceChannel = "call",
        csmId = "csm-ana",
        csmImportance = 2,
        goalProximity = 0,
        language = "pt",
    };
}
