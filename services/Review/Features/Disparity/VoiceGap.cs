using VoiceOfCustomer.Review.Features.Disparity.Statistics;

namespace VoiceOfCustomer.Review.Features.Disparity;

/// <summary>
/// Under-representation per segment (ARCHITECTURE.md "The reviewer"): a segment is under-represented when it is
/// policy-designated, or holds less than the minority share of active accounts, or has a voice gap (its share of
/// feedback over its share of accounts is below the ratio and the one-sided binomial P(X &lt;= x_g | N, s_g) is below
/// the p threshold). Shares are within the segment's attribute.
/// </summary>
public static class VoiceGap
{
    public static IReadOnlyList<VoiceGapRow> Assess(IReadOnlyList<SegmentVoice> segments, DisparityOptions options)
    {
        ArgumentNullException.ThrowIfNull(segments);
        ArgumentNullException.ThrowIfNull(options);
        var accounts = segments.GroupBy(s => s.Attribute, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(s => s.ActiveAccounts), StringComparer.Ordinal);
        var feedback = segments.GroupBy(s => s.Attribute, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(s => s.FeedbackItems), StringComparer.Ordinal);
        var rows = new List<VoiceGapRow>(segments.Count);
        foreach (var s in segments)
        {
            if (s.ActiveAccounts < 0 || s.FeedbackItems < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(segments), $"Counts of {s.Attribute} = {s.Value} must be non-negative.");
            }

            long totalAccounts = accounts[s.Attribute], totalFeedback = feedback[s.Attribute];
            var accountShare = totalAccounts > 0 ? (double)s.ActiveAccounts / totalAccounts : double.NaN;
            var feedbackShare = totalFeedback > 0 ? (double)s.FeedbackItems / totalFeedback : double.NaN;
            var ratio = feedbackShare / accountShare;
            var p = totalFeedback > 0 && accountShare is >= 0 and <= 1 ? BinomialTest.Less(s.FeedbackItems, totalFeedback, accountShare) : double.NaN;
            var rules = UnderRepresentation.None;
            if (s.PolicyDesignated)
            {
                rules |= UnderRepresentation.PolicyDesignated;
            }

            if (accountShare < options.MinorityShare)
            {
                rules |= UnderRepresentation.MinorityShare;
            }

            if (ratio < options.VoiceGapRatio && p < options.VoiceGapMaxP)
            {
                rules |= UnderRepresentation.VoiceGap;
            }

            rows.Add(new VoiceGapRow(s.Attribute, s.Value, s.ActiveAccounts, totalAccounts, s.FeedbackItems, totalFeedback,
                accountShare, feedbackShare, ratio, p, rules));
        }

        return rows;
    }
}

/// <summary>A segment's active accounts and logged feedback items over the window, and whether policy designates it.</summary>
public sealed record SegmentVoice(string Attribute, string Value, long ActiveAccounts, long FeedbackItems, bool PolicyDesignated);

/// <summary>A segment's voice: s_g, f_g, f_g / s_g, the binomial p-value and the rules that make it under-represented.</summary>
public sealed record VoiceGapRow(
    string Attribute,
    string Value,
    long ActiveAccounts,
    long TotalAccounts,
    long FeedbackItems,
    long TotalFeedback,
    double AccountShare,
    double FeedbackShare,
    double Ratio,
    double PValue,
    UnderRepresentation Rules)
{
    public bool UnderRepresented => Rules != UnderRepresentation.None;
}

/// <summary>Which rules found a segment under-represented (any may fire together).</summary>
[Flags]
public enum UnderRepresentation
{
    None = 0,
    PolicyDesignated = 1,
    MinorityShare = 2,
    VoiceGap = 4,
}
