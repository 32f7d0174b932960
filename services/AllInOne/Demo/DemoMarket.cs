namespace VoiceOfCustomer.AllInOne.Demo;

/// <summary>A country the demo company sells in, with its language, region, CSMs and share of accounts.</summary>
internal sealed record DemoMarket(string Region, string Country, string Language, IReadOnlyList<string> Csms, int Weight)
{
    public static readonly IReadOnlyList<DemoMarket> All =
    [
        new("NA", "US", "en", ["csm.alice", "csm.bob"], 30),
        new("NA", "CA", "en", ["csm.alice"], 5),
        new("EMEA", "GB", "en", ["csm.dana", "csm.bob"], 8),
        new("EMEA", "FR", "fr", ["csm.dana", "csm.bob"], 8),
        new("EMEA", "DE", "de", ["csm.eli", "csm.bob"], 8),
        new("EMEA", "ES", "es", ["csm.eli"], 4),
        new("EMEA", "IL", "he", ["csm.eli"], 2),
        new("EMEA", "RU", "ru", ["csm.dana"], 2),
        new("LATAM", "BR", "pt", ["csm.gabriel", "csm.bob"], 6),
        new("LATAM", "MX", "es", ["csm.gabriel"], 4),
        new("APAC", "JP", "ja", ["csm.hana"], 5),
        new("APAC", "KR", "ko", ["csm.hana"], 3),
        new("APAC", "CN", "zh", ["csm.chen"], 3),
        new("MEA", "EG", "ar", ["csm.fatima"], 2),
        new("MEA", "SA", "ar", ["csm.fatima"], 2),
    ];
}
