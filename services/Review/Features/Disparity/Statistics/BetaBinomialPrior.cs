namespace VoiceOfCustomer.Review.Features.Disparity.Statistics;

/// <summary>
/// Fits the Beta(a, b) prior of CSMs' suppression rates by the method of moments for the beta-binomial (the weighted
/// estimator of Kleinman, 1973): the pooled rate gives the mean, the spread of the CSMs' rates beyond what binomial
/// noise explains gives the intra-class correlation rho = 1 / (a + b + 1). Closed form, so a recompute is fast and
/// always the same; docs/review-statistics.md says why this and not maximum likelihood.
/// </summary>
public static class BetaBinomialPrior
{
    /// <summary>The prior used when too little is known to fit one: Jeffreys' Beta(1/2, 1/2).</summary>
    public static readonly BetaDistribution Uninformative = new(0.5, 0.5);

    /// <summary>Weakest prior fitted (a + b): CSMs that each suppress all or nothing still leave a proper prior.</summary>
    public const double MinStrength = 0.1;

    /// <summary>
    /// The prior from each CSM's (suppressed, triaged) counts. When the CSMs vary no more than chance (rho &lt;= 0), the
    /// prior's strength a + b is capped at <paramref name="maxStrength"/>; with fewer than two CSMs with items, or
    /// none or all suppressed, the fit is undefined and <see cref="Uninformative"/> is returned.
    /// </summary>
    public static BetaDistribution Fit(IEnumerable<(long Suppressed, long Triaged)> csms, double maxStrength)
    {
        ArgumentNullException.ThrowIfNull(csms);
        if (!(maxStrength > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(maxStrength), maxStrength, "The prior strength cap must be positive.");
        }

        var rates = new List<(double Rate, double Weight)>();
        double suppressed = 0, triaged = 0, squares = 0;
        foreach (var (k, n) in csms)
        {
            if (k < 0 || n < k)
            {
                throw new ArgumentOutOfRangeException(nameof(csms), $"A CSM's counts need 0 <= suppressed <= triaged ({k} of {n}).");
            }

            if (n > 0)
            {
                rates.Add(((double)k / n, n));
                suppressed += k;
                triaged += n;
                squares += (double)n * n;
            }
        }

        var mean = triaged > 0 ? suppressed / triaged : 0;
        if (rates.Count < 2 || mean <= 0 || mean >= 1)
        {
            return Uninformative;
        }

        // E[sum n_c (r_c - mean)^2] = mean (1 - mean) [(C - 1) + rho (N - sum n_c^2 / N - (C - 1))].
        var spread = rates.Sum(r => r.Weight * (r.Rate - mean) * (r.Rate - mean)) / (mean * (1 - mean));
        var degrees = rates.Count - 1;
        var scale = triaged - (squares / triaged) - degrees;
        var rho = Math.Clamp(scale > 0 ? (spread - degrees) / scale : 0, 1 / (maxStrength + 1), 1 / (MinStrength + 1));
        var strength = (1 / rho) - 1;
        return new BetaDistribution(mean * strength, (1 - mean) * strength);
    }
}
