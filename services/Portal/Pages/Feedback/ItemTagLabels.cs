using System.Globalization;
using VoiceOfCustomer.Client;

namespace VoiceOfCustomer.Portal.Pages.Feedback;

/// <summary>Tags and corrections in the words a CSM reads on the item page: "Kind", "problem report", "83%".</summary>
public static class ItemTagLabels
{
    /// <summary>The kinds a correction may name, in the order of the form.</summary>
    public static IReadOnlyList<string> CorrectableKinds { get; } = ["problem_report", "feature_request", "question", "praise", "other"];

    /// <summary>The sentiment labels a correction may name.</summary>
    public static IReadOnlyList<string> SentimentLabels { get; } = ["negative", "neutral", "positive"];

    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["language"] = "Language",
        ["sentiment"] = "Sentiment",
        ["kind"] = "Kind",
        ["churn_risk"] = "Churn risk",
        ["area"] = "Product area",
        ["theme"] = "Theme",
        ["personal_data"] = "Personal data",
        ["similar_request"] = "Similar request",
        ["severity"] = "Severity",
    };

    public static string Name(string tag) => Names.TryGetValue(tag, out var name) ? name : Words(tag);

    /// <summary>snake_case as words: problem_report is "problem report".</summary>
    public static string Words(string value) => value.Replace('_', ' ');

    /// <summary>0.834 as "83%" in the reader's culture.</summary>
    public static string Percent(double confidence) => confidence.ToString("P0", CultureInfo.CurrentCulture);

    /// <summary>What the tag says: words for kinds and labels, the sentiment with its score.</summary>
    public static string Value(TagReading tag, TagSet tags)
    {
        ArgumentNullException.ThrowIfNull(tag);
        ArgumentNullException.ThrowIfNull(tags);
        return tag.Name == "sentiment"
            ? $"{tag.Value} (score {tags.SentimentScore.ToString("+0.00;-0.00;0.00", CultureInfo.CurrentCulture)})"
            : Words(tag.Value);
    }

    /// <summary>
    /// What a correction changed: "kinds: problem report; area: Billing &amp; pricing / Invoices; sentiment: negative".
    /// Areas and themes are named from <paramref name="areas"/>; one the taxonomy no longer has shows its id.
    /// </summary>
    public static string Changes(TagCorrection correction, TaxonomyAreas? areas)
    {
        ArgumentNullException.ThrowIfNull(correction);
        var parts = new List<string>();
        if (correction.Kinds is { } kinds)
        {
            parts.Add($"kinds: {string.Join(", ", kinds.Select(Words))}");
        }

        if (correction.AreaId is { } area)
        {
            var known = areas?.Areas.FirstOrDefault(a => a.Id == area);
            var theme = correction.ThemeId is { } themeId ? known?.Themes.FirstOrDefault(t => t.Id == themeId)?.Name ?? themeId : null;
            parts.Add($"area: {known?.Name ?? area}{(theme is null ? "" : $" / {theme}")}");
        }

        if (correction.Sentiment is { } sentiment)
        {
            parts.Add($"sentiment: {sentiment}");
        }

        return string.Join("; ", parts);
    }
}
