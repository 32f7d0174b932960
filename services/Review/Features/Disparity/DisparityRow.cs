using VoiceOfCustomer.Review.Features.Disparity.Statistics;

namespace VoiceOfCustomer.Review.Features.Disparity;

/// <summary>
/// One segment against the rest of its attribute (or one two-way intersection cell against every other cell), for
/// one outcome: k of n, the rates with Wilson intervals, RR, excess, the one-sided Fisher p, its BH q over the
/// window, the CMH test stratified by CSM (attribute rows only), the verdict and a sentence anyone can read.
/// </summary>
public sealed record DisparityRow(
    string Attribute,
    string Segment,
    Outcome Outcome,
    long K,
    long N,
    long KRest,
    long NRest,
    double Rate,
    Interval RateInterval,
    double RestRate,
    Interval? RestInterval,
    double RiskRatio,
    double Excess,
    double FisherP,
    double Q,
    MantelHaenszelResult? Stratified,
    Verdict Verdict,
    string Sentence);

/// <summary>What a disparity row concludes. There is no "fair": only that no disparity was found with enough evidence.</summary>
public enum Verdict
{
    /// <summary>q, RR and excess all pass the thresholds, and (for a segment) the test stratified by CSM agrees.</summary>
    Flagged,

    /// <summary>Enough items, and no disparity passing the thresholds.</summary>
    NoDisparityFound,

    /// <summary>Fewer than the minimum triaged items, or too few expected suppressions, to tell either way.</summary>
    InsufficientEvidence,

    /// <summary>The crude comparison passes, but within each CSM it does not: the segment goes to stricter CSMs.</summary>
    ExplainedByCsmMix,
}
