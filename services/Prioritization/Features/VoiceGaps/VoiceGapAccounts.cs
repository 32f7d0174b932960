namespace VoiceOfCustomer.Prioritization.Features.VoiceGaps;

/// <summary>
/// Which accounts a voice gap concerns, and each account's gap ratio in the score: the six segment columns of
/// prioritization_accounts. Custom attributes (custom.{key}) are not re-weighted here: their values sit in a JSON
/// column that the three databases query differently.
/// </summary>
public static class VoiceGapAccounts
{
    private static readonly string[] Columns = ["region", "country", "language", "size_band", "industry", "plan_tier"];

    /// <summary>The SQL listing the accounts of a segment, or null for an attribute that is not re-weighted.</summary>
    public static string? QueryFor(string attribute) => Columns.Contains(attribute, StringComparer.Ordinal)
        ? $"SELECT account_id FROM prioritization_accounts WHERE {attribute} = @Value"
        : null;

    /// <summary>
    /// The smallest gap ratio among an account's segments (the strongest re-weighting), as a scalar subquery over the
    /// account row aliased <c>a</c>; NULL when none of its segments has a gap.
    /// </summary>
    public const string RatioOfAccount = """
        (SELECT MIN(g.ratio) FROM prioritization_voice_gaps g
         WHERE (g.attribute = 'region' AND g.value = a.region) OR (g.attribute = 'country' AND g.value = a.country)
            OR (g.attribute = 'language' AND g.value = a.language) OR (g.attribute = 'size_band' AND g.value = a.size_band)
            OR (g.attribute = 'industry' AND g.value = a.industry) OR (g.attribute = 'plan_tier' AND g.value = a.plan_tier))
        """;
}
