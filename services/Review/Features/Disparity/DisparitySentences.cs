using System.Globalization;

namespace VoiceOfCustomer.Review.Features.Disparity;

/// <summary>The one plain-language sentence each report row carries, for readers who are not statisticians.</summary>
public static class DisparitySentences
{
    public static string For(DisparityRow row, string othersLabel)
    {
        ArgumentNullException.ThrowIfNull(row);
        var verb = row.Outcome == Outcome.Suppressed ? "suppressed" : "deprioritized";
        var counts = Invariant($"{row.K} of {row.N} vs {Percent(row.RestRate)}");
        return row.Verdict switch
        {
            Verdict.InsufficientEvidence => Invariant(
                $"Too few {row.Segment} items to tell: {row.K} of {row.N} {verb} ({Percent(row.Rate)}, plausibly {Percent(row.RateInterval.Low)} to {Percent(row.RateInterval.High)}) vs {Percent(row.RestRate)} for other {othersLabel}."),
            Verdict.Flagged => Invariant(
                $"Feedback from {row.Segment} accounts {Compared(row, verb, othersLabel)} ({counts}); unlikely to be chance."),
            Verdict.ExplainedByCsmMix => Invariant(
                $"Feedback from {row.Segment} accounts {Compared(row, verb, othersLabel)} ({counts}), but it mostly goes to CSMs who {verb} more for everyone; within each CSM the difference is not clear."),
            _ => row.RiskRatio >= 1
                ? Invariant($"Feedback from {row.Segment} accounts {Compared(row, verb, othersLabel)} ({counts}); no disparity beyond the thresholds.")
                : Invariant($"Feedback from {row.Segment} accounts was {verb} less often than from other {othersLabel} ({counts})."),
        };
    }

    public static string For(CsmSegmentCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        var rest = cell.NRest > 0 ? (double)cell.KRest / cell.NRest : double.NaN;
        return Invariant(
            $"{cell.Csm} suppressed {cell.K} of {cell.N} items from {cell.Segment} accounts vs {Percent(rest)} of their other items; {Percent(cell.Probability)} likely that the rate is at least {cell.RiskRatio:0.##} times their usual{(cell.Flagged ? " (flagged)." : ".")}");
    }

    public static string Percent(double share) => double.IsNaN(share)
        ? "n/a"
        : (share * 100).ToString(share is > 0 and < 0.01 ? "0.#" : "0", CultureInfo.InvariantCulture) + "%";

    private static string Compared(DisparityRow row, string verb, string othersLabel) => double.IsPositiveInfinity(row.RiskRatio)
        ? $"was {verb}, and never that from other {othersLabel}"
        : $"was {verb} {row.RiskRatio.ToString("0.0", CultureInfo.InvariantCulture)} times as often as from other {othersLabel}";

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
