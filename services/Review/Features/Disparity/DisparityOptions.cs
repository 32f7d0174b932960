using System.ComponentModel.DataAnnotations;

namespace VoiceOfCustomer.Review.Features.Disparity;

/// <summary>
/// The thresholds of the reviewer's reports (docs/review-statistics.md, ARCHITECTURE.md "The reviewer"): when a
/// disparity is flagged, when the evidence is too thin to say, when a segment is under-represented.
/// </summary>
public sealed class DisparityOptions
{
    public const string Section = "Review:Disparity";

    /// <summary>Flag only when the Benjamini-Hochberg q-value is at most this.</summary>
    [Range(0.0, 1.0)]
    public double FlagMaxQ { get; set; } = 0.10;

    /// <summary>Flag only when the segment's rate is at least this multiple of the rest's (also the per-CSM ratio).</summary>
    [Range(1.0, 100.0)]
    public double FlagMinRiskRatio { get; set; } = 1.25;

    /// <summary>Flag only when at least this many more items were suppressed than the rest's rate would give.</summary>
    [Range(0.0, 1e9)]
    public double FlagMinExcess { get; set; } = 1;

    /// <summary>Below this many triaged items a segment gets "insufficient evidence".</summary>
    [Range(1, int.MaxValue)]
    public int MinTriaged { get; set; } = 10;

    /// <summary>Below this many expected suppressions (n_g p_rest) a segment gets "insufficient evidence".</summary>
    [Range(0.0, 1e9)]
    public double MinExpected { get; set; } = 5;

    /// <summary>
    /// A CSM x segment cell is flagged when P(RR &gt;= FlagMinRiskRatio) is at least this. 0.99, not ARCHITECTURE's 0.9:
    /// every CSM has a cell per segment value, and at 0.9 honest CSMs collect flags by chance (docs/review-statistics.md).
    /// </summary>
    [Range(0.5, 1.0)]
    public double CsmFlagProbability { get; set; } = 0.99;

    /// <summary>Largest strength a + b of the prior fitted across CSMs (reached when CSMs differ no more than chance).</summary>
    [Range(1.0, 1e9)]
    public double PriorMaxStrength { get; set; } = 1000;

    /// <summary>The CMH test stratified by CSM must reach this p-value for a crude flag to stand.</summary>
    [Range(0.0, 1.0)]
    public double StratifiedMaxP { get; set; } = 0.05;

    /// <summary>Whether the CMH statistic uses the 1/2 continuity correction (default no: docs/review-statistics.md).</summary>
    public bool StratifiedContinuityCorrection { get; set; }

    /// <summary>A two-way intersection cell is reported only with at least this many triaged items.</summary>
    [Range(1, int.MaxValue)]
    public int IntersectionMinItems { get; set; } = 30;

    /// <summary>A segment with a smaller share of active accounts is under-represented.</summary>
    [Range(0.0, 1.0)]
    public double MinorityShare { get; set; } = 0.10;

    /// <summary>Voice gap: feedback share over account share below this ...</summary>
    [Range(0.0, 1.0)]
    public double VoiceGapRatio { get; set; } = 0.8;

    /// <summary>... and the one-sided binomial p-value below this.</summary>
    [Range(0.0, 1.0)]
    public double VoiceGapMaxP { get; set; } = 0.05;
}
