using System.Globalization;
using VoiceOfCustomer.Hosting.Storage;

namespace VoiceOfCustomer.Review.Features.Holds;

/// <summary>
/// Which of an account's segment values are under-represented, as the reports last decided them (review_segments),
/// each with the rule that decided it, in words fit for the hold's "why".
/// </summary>
public static class UnderRepresentedSegments
{
    private const string Account = $"SELECT {AccountSegments.Columns} FROM review_accounts WHERE account_id = @AccountId";

    private const string Flagged = """
        SELECT attribute AS Attribute, value AS Value, reasons AS Reasons, account_share AS AccountShare, feedback_share AS FeedbackShare,
            ratio AS Ratio, p_value AS PValue
        FROM review_segments WHERE under_represented = @Yes
        """;

    public static async Task<AccountSegments> SegmentsAsync(UnitOfWork work, string accountId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        return await work.QuerySingleOrDefaultAsync<AccountSegments.Row>(Account, new { AccountId = accountId }, cancellationToken) is { } row
            ? AccountSegments.Of(row)
            : AccountSegments.None;
    }

    /// <summary>One sentence per under-represented value the account has, in attribute order; empty when it has none.</summary>
    public static async Task<IReadOnlyList<string>> MatchAsync(UnitOfWork work, AccountSegments account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(account);
        var flagged = await work.QueryAsync<Segment>(Flagged, new { Yes = true }, cancellationToken);
        return [.. flagged
            .Where(segment => string.Equals(account.ValueOf(segment.Attribute), segment.Value, StringComparison.Ordinal))
            .OrderBy(segment => segment.Attribute, StringComparer.Ordinal).ThenBy(segment => segment.Value, StringComparer.Ordinal)
            .Select(Why)];
    }

    private static string Why(Segment segment)
    {
        var figures = new List<string>();
        if (segment.AccountShare is { } share)
        {
            figures.Add(string.Create(CultureInfo.InvariantCulture, $"{share:P1} of accounts"));
        }

        if (segment.Ratio is { } ratio)
        {
            figures.Add(string.Create(CultureInfo.InvariantCulture, $"feedback/account share ratio {ratio:0.00}"));
        }

        if (segment.PValue is { } p)
        {
            figures.Add(string.Create(CultureInfo.InvariantCulture, $"p = {p:0.####}"));
        }

        var rule = string.IsNullOrWhiteSpace(segment.Reasons) ? "under-represented" : segment.Reasons.Trim();
        return $"under-represented segment {segment.Attribute} = {segment.Value} ({rule}" + (figures.Count > 0 ? "; " + string.Join(", ", figures) : "") + ")";
    }

    /// <summary>A row of review_segments that says a value is under-represented.</summary>
    private sealed record Segment
    {
        public string Attribute { get; init; } = "";

        public string Value { get; init; } = "";

        public string? Reasons { get; init; }

        public double? AccountShare { get; init; }

        public double? FeedbackShare { get; init; }

        public double? Ratio { get; init; }

        public double? PValue { get; init; }
    }
}
