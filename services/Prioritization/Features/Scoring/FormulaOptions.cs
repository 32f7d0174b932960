using System.ComponentModel.DataAnnotations;

namespace VoiceOfCustomer.Prioritization.Features.Scoring;

/// <summary>
/// The weights of the request score (docs/prioritization.md). Any change of a weight or of the half-life changes every
/// ranking key, so it must come with a new <see cref="Version"/>: keys are comparable only within one version.
/// </summary>
public sealed class FormulaOptions
{
    public const string Section = "Prioritization:Formula";

    /// <summary>
    /// Shortest half-life accepted, in days: with it the ranking key and the score stay finite for every date from
    /// 2000-01-01 to 2200-01-01 (shorter half-lives overflow a double before 2200; docs/prioritization.md).
    /// </summary>
    public const double MinRecencyHalfLifeDays = 75;

    /// <summary>Longest half-life accepted, in days (a century: recency then hardly matters).</summary>
    public const double MaxRecencyHalfLifeDays = 36_500;

    /// <summary>Largest value of each weight; bounds the magnitudes that the overflow argument relies on.</summary>
    public const double MaxWeight = 100;

    /// <summary>Recorded with every score; a change of the weights below must come with a new version.</summary>
    [Range(1, int.MaxValue)]
    public int Version { get; set; } = 1;

    /// <summary>Reach: every account behind a request counts at least this much.</summary>
    [Range(0.01, MaxWeight)]
    public double BaseWeight { get; set; } = 1.0;

    /// <summary>Weight of the CSM's importance (0 to 3, scaled to 0 to 1).</summary>
    [Range(0.0, MaxWeight)]
    public double ImportanceWeight { get; set; } = 1.0;

    /// <summary>Weight of the business-goal proximity (0 to 3, scaled to 0 to 1).</summary>
    [Range(0.0, MaxWeight)]
    public double GoalWeight { get; set; } = 1.0;

    /// <summary>Weight of the severity from tagging (0 to 1; unknown counts as 0.5).</summary>
    [Range(0.0, MaxWeight)]
    public double SeverityWeight { get; set; } = 0.5;

    /// <summary>An account's weight halves for every this many days between its latest item and now.</summary>
    [Range(MinRecencyHalfLifeDays, MaxRecencyHalfLifeDays)]
    public double RecencyHalfLifeDays { get; set; } = 90;

    /// <summary>Whether revenue counts at all.</summary>
    public bool RevenueEnabled { get; set; } = true;

    /// <summary>Weight of the log-scaled revenue term.</summary>
    [Range(0.0, MaxWeight)]
    public double RevenueWeight { get; set; } = 1.0;

    /// <summary>The revenue term is at most this share of the whole score (0 turns revenue off; below 1).</summary>
    [Range(0.0, 1.0, MaximumIsExclusive = true)]
    public double RevenueCapShare { get; set; } = 0.25;

    /// <summary>Largest weight of an account from a segment with a voice gap (the weight is 1 / ratio, at most this).</summary>
    [Range(1.0, 10.0)]
    public double VoiceGapMaxWeight { get; set; } = 2.0;
}
