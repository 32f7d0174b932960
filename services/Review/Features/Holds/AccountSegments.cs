using System.Globalization;
using System.Text.Json;

namespace VoiceOfCustomer.Review.Features.Holds;

/// <summary>
/// An account's segment values by attribute, as Review's account copy holds them (review_accounts), with custom
/// attributes under their own names. Attribute names compare without case, '_' or '-' ("size_band" = "sizeBand").
/// </summary>
public sealed record AccountSegments(IReadOnlyDictionary<string, string> Values)
{
    public const string Columns = """
        account_id AS AccountId, region AS Region, country AS Country, language AS Language, size_band AS SizeBand,
        industry AS Industry, plan_tier AS PlanTier, custom AS Custom
        """;

    public static AccountSegments None { get; } = new(new Dictionary<string, string>());

    public static AccountSegments Of(Row row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var values = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["region"] = row.Region, ["country"] = row.Country, ["language"] = row.Language, ["sizeBand"] = row.SizeBand,
            ["industry"] = row.Industry, ["planTier"] = row.PlanTier,
        };
        foreach (var (name, value) in JsonSerializer.Deserialize<Dictionary<string, string>>(row.Custom) ?? [])
        {
            values.TryAdd(name, value);
        }

        return new AccountSegments(values);
    }

    /// <summary>The account's value of <paramref name="attribute"/> ("custom.tier" and "custom:tier" also find custom "tier").</summary>
    public string? ValueOf(string attribute)
    {
        ArgumentNullException.ThrowIfNull(attribute);
        var wanted = Normal(attribute);
        foreach (var (name, value) in Values)
        {
            var normal = Normal(name);
            if (normal == wanted || "custom" + normal == wanted)
            {
                return value;
            }
        }

        return null;
    }

    private static string Normal(string name) =>
        string.Concat(name.Where(c => c is not ('_' or '-' or '.' or ':' or ' '))).ToLower(CultureInfo.InvariantCulture);

    /// <summary>A row of review_accounts.</summary>
    public sealed record Row(string AccountId, string Region, string Country, string Language, string SizeBand, string Industry, string PlanTier, string Custom);
}
