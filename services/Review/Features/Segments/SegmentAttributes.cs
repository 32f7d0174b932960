using System.Text.Json;
using VoiceOfCustomer.Review.Features.Disparity;

namespace VoiceOfCustomer.Review.Features.Segments;

/// <summary>
/// The attributes customers are grouped by, named as in review_segments and VoiceGapsChanged: the six columns of
/// review_accounts, then each custom attribute as custom.{key}. One place turns an account row into its segments.
/// </summary>
public static class SegmentAttributes
{
    public const string CustomPrefix = "custom.";

    /// <summary>The standard attributes in report order, with how "the others" read in a sentence.</summary>
    public static readonly IReadOnlyList<(string Name, string OthersLabel)> Standard =
    [
        ("region", "regions"), ("country", "countries"), ("language", "languages"),
        ("size_band", "size bands"), ("industry", "industries"), ("plan_tier", "plan tiers"),
    ];

    /// <summary>Custom attributes that describe the account's relationship, not a customer segment: never compared.</summary>
    public static readonly IReadOnlySet<string> NotSegments = new HashSet<string>(StringComparer.Ordinal) { "custom.csm", "custom.what_drives_us" };

    /// <summary>An account's segments: attribute name to value, blank values left out.</summary>
    public static Dictionary<string, string> Of(AccountRow account)
    {
        ArgumentNullException.ThrowIfNull(account);
        var segments = new Dictionary<string, string>(StringComparer.Ordinal);
        Add(segments, "region", account.Region);
        Add(segments, "country", account.Country);
        Add(segments, "language", account.Language);
        Add(segments, "size_band", account.SizeBand);
        Add(segments, "industry", account.Industry);
        Add(segments, "plan_tier", account.PlanTier);
        foreach (var (key, value) in Custom(account.Custom))
        {
            if (!NotSegments.Contains(CustomPrefix + key))
            {
                Add(segments, CustomPrefix + key, value);
            }
        }

        return segments;
    }

    /// <summary>The custom attributes as stored (a JSON object of strings).</summary>
    public static Dictionary<string, string> Custom(string json) =>
        string.IsNullOrWhiteSpace(json)
            ? new(StringComparer.Ordinal)
            : JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? new(StringComparer.Ordinal);

    /// <summary>How "the others" of an attribute read in a sentence.</summary>
    public static string OthersLabel(string attribute) =>
        Standard.FirstOrDefault(a => a.Name == attribute).OthersLabel ?? $"{attribute[(attribute.StartsWith(CustomPrefix, StringComparison.Ordinal) ? CustomPrefix.Length : 0)..]} values";

    /// <summary>A catalog of every attribute with at least two values among <paramref name="seen"/>: standard ones first, custom ones by name.</summary>
    public static SegmentCatalog Catalog(IEnumerable<IReadOnlyDictionary<string, string>> seen)
    {
        var values = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var segments in seen)
        {
            foreach (var (attribute, value) in segments)
            {
                if (!values.TryGetValue(attribute, out var set))
                {
                    values[attribute] = set = new SortedSet<string>(StringComparer.Ordinal);
                }

                set.Add(value);
            }
        }

        var order = Standard.Select(a => a.Name).Concat(values.Keys.Where(k => k.StartsWith(CustomPrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        return new SegmentCatalog([.. order
            .Where(name => values.TryGetValue(name, out var set) && set.Count >= 2)
            .Select(name => new SegmentDimension(name, OthersLabel(name), [.. values[name]]))]);
    }

    private static void Add(Dictionary<string, string> segments, string attribute, string value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            segments[attribute] = value;
        }
    }
}

/// <summary>An account as Review's copy holds it (review_accounts).</summary>
public sealed record AccountRow
{
    public string AccountId { get; init; } = "";

    public string Region { get; init; } = "";

    public string Country { get; init; } = "";

    public string Language { get; init; } = "";

    public string SizeBand { get; init; } = "";

    public string Industry { get; init; } = "";

    public string PlanTier { get; init; } = "";

    public string Custom { get; init; } = "{}";

    public const string Select = """
        SELECT account_id AS AccountId, region AS Region, country AS Country, language AS Language, size_band AS SizeBand,
               industry AS Industry, plan_tier AS PlanTier, custom AS Custom
        FROM review_accounts
        """;
}
