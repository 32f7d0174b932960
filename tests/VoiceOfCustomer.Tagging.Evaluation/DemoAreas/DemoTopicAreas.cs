namespace VoiceOfCustomer.Tagging.Evaluation.DemoAreas;

/// <summary>
/// The product area of each demo request topic (services/AllInOne/Demo) in the default taxonomy: what a CSM would
/// correct the demo's items to, so the truth of the area learning curve.
/// </summary>
internal static class DemoTopicAreas
{
    public static readonly IReadOnlyDictionary<string, string> AreaOf = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["export-excel"] = "reporting",
        ["sso-azure-ad"] = "access",
        ["mobile-offline"] = "mobile",
        ["invoice-currency"] = "billing",
        ["dashboard-speed"] = "performance",
        ["screen-reader"] = "usability",
        ["api-webhooks"] = "integrations",
        ["bulk-edit"] = "usability",
    };
}
