namespace VoiceOfCustomer.Review.Features.Disparity.Statistics;

/// <summary>
/// The 95% Wilson score interval of a proportion, as statsmodels proportion_confint(count, nobs, alpha=0.05,
/// method='wilson') with the same arithmetic, clamped to [0, 1] (statsmodels can return -1e-18 at count 0).
/// </summary>
public static class WilsonInterval
{
    /// <summary>The standard normal quantile for 97.5%, scipy.stats.norm.isf(0.025) to the last bit.</summary>
    public const double Z = 1.9599639845400545;

    /// <summary>The interval of count / nobs; nobs must be positive.</summary>
    public static Interval Of(long count, long nobs)
    {
        if (nobs <= 0 || count < 0 || count > nobs)
        {
            throw new ArgumentOutOfRangeException(nameof(count), $"A proportion needs 0 <= count <= nobs and nobs > 0 (count = {count}, nobs = {nobs}).");
        }

        var q = (double)count / nobs;
        const double z2 = Z * Z;
        var denominator = 1 + (z2 / nobs);
        var center = (q + (z2 / (2.0 * nobs))) / denominator;
        var half = Z * Math.Sqrt((q * (1 - q) / nobs) + (z2 / (4.0 * (nobs * nobs))));
        half /= denominator;
        return new Interval(Math.Max(0, center - half), Math.Min(1, center + half));
    }
}

/// <summary>A closed interval [Low, High] of a proportion.</summary>
public readonly record struct Interval(double Low, double High);
