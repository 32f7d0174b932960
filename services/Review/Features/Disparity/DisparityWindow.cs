namespace VoiceOfCustomer.Review.Features.Disparity;

/// <summary>Every report the reviewer derives from a window's triage counts, recomputed in one call.</summary>
public static class DisparityWindow
{
    public static WindowReport Compute(DecisionAccumulator counts, DisparityOptions options) =>
        new(SuppressionDisparity.Compute(counts, options), CsmSegmentFlags.Compute(counts, options));
}

/// <summary>The disparity report (segments and intersections) and the per-CSM report of one window.</summary>
public sealed record WindowReport(DisparityReport Disparity, CsmSegmentReport PerCsm);
