using VoiceOfCustomer.Review.Features.Disparity;

namespace VoiceOfCustomer.Review.Features.Reports;

/// <summary>
/// The reports' rows as the API and CSV give them: flat, every figure a number or null (JSON has no NaN or infinity:
/// a rate with no items, a ratio over a zero rate), and each row's plain sentence.
/// </summary>
public static class ReportRows
{
    public static double? Finite(double value) => double.IsFinite(value) ? value : null;

    public static DisparityLine Line(DisparityRow r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(r.Attribute, r.Segment, r.Outcome == Outcome.Suppressed ? "suppress" : "deprioritize", r.K, r.N, r.KRest, r.NRest,
            Finite(r.Rate), Finite(r.RateInterval.Low), Finite(r.RateInterval.High), Finite(r.RestRate), Finite(r.RestInterval?.Low ?? double.NaN),
            Finite(r.RestInterval?.High ?? double.NaN), Finite(r.RiskRatio), Finite(r.Excess), Finite(r.FisherP), Finite(r.Q),
            Finite(r.Stratified?.PValue ?? double.NaN), Finite(r.Stratified?.PooledOddsRatio ?? double.NaN), r.Verdict.ToString(), r.Sentence);
    }

    public static CsmLine Line(CsmSegmentCell c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new(c.Csm, c.Attribute, c.Segment, c.K, c.N, c.KRest, c.NRest, Finite(c.CellPosterior.Mean), Finite(c.RestPosterior.Mean),
            Finite(c.Probability), c.Flagged, c.Sentence);
    }

    public static SegmentLine Line(VoiceGapRow v)
    {
        ArgumentNullException.ThrowIfNull(v);
        return new(v.Attribute, v.Value, v.UnderRepresented, Segments.SegmentVoices.Reasons(v.Rules), v.ActiveAccounts, v.FeedbackItems,
            Finite(v.AccountShare), Finite(v.FeedbackShare), Finite(v.Ratio), Finite(v.PValue), Sentence(v));
    }

    private static string Sentence(VoiceGapRow v)
    {
        var share = DisparitySentences.Percent(v.AccountShare);
        var voice = DisparitySentences.Percent(v.FeedbackShare);
        var why = v.Rules == UnderRepresentation.None
            ? "not under-represented"
            : "under-represented (" + Segments.SegmentVoices.Reasons(v.Rules).Replace("policy", "designated by policy", StringComparison.Ordinal)
                .Replace("minority_share", "few accounts", StringComparison.Ordinal).Replace("voice_gap", "voice gap", StringComparison.Ordinal)
                .Replace(",", ", ", StringComparison.Ordinal) + ")";
        return FormattableString.Invariant($"{v.Value} ({v.Attribute}) holds {share} of accounts and gave {voice} of feedback: {why}.");
    }
}

/// <summary>A segment (or intersection cell) against the rest, for one outcome.</summary>
public sealed record DisparityLine(
    string Attribute, string Segment, string Action, long K, long N, long KRest, long NRest, double? Rate, double? RateLow, double? RateHigh,
    double? RestRate, double? RestLow, double? RestHigh, double? RiskRatio, double? Excess, double? FisherP, double? Q, double? StratifiedP,
    double? StratifiedOddsRatio, string Verdict, string Sentence);

/// <summary>A CSM x segment cell of the beta-binomial model (suppressions).</summary>
public sealed record CsmLine(
    string Csm, string Attribute, string Segment, long K, long N, long KRest, long NRest, double? CellRate, double? RestRate, double? Probability,
    bool Flagged, string Sentence);

/// <summary>A segment's voice: shares of accounts and of feedback, the binomial test, and whether it is under-represented.</summary>
public sealed record SegmentLine(
    string Attribute, string Value, bool UnderRepresented, string Reasons, long Accounts, long Feedback, double? AccountShare, double? FeedbackShare,
    double? Ratio, double? PValue, string Sentence);
