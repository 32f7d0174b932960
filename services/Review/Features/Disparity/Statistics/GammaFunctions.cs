namespace VoiceOfCustomer.Review.Features.Disparity.Statistics;

/// <summary>
/// Log-gamma, log-beta and Stirling's correction, accurate to about 1e-15 absolute (docs/review-statistics.md): the
/// building blocks every probability of the reviewer is computed from, in log space so large counts do not overflow.
/// </summary>
public static class GammaFunctions
{
    /// <summary>ln(sqrt(2 pi)).</summary>
    public const double LogSqrtTwoPi = 0.91893853320467274178;

    /// <summary>Below this the Stirling series is not used directly: the argument is shifted up first.</summary>
    private const double SeriesFrom = 10;

    /// <summary>ln Gamma(x) for x &gt; 0.</summary>
    public static double LogGamma(double x)
    {
        if (double.IsNaN(x) || x <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(x), x, "ln Gamma is defined here for x > 0.");
        }

        if (x is 1 or 2)
        {
            return 0;
        }

        if (double.IsPositiveInfinity(x))
        {
            return double.PositiveInfinity;
        }

        // Gamma(x) = Gamma(x + k) / (x (x + 1) ... (x + k - 1)): shift into the range where the series is exact.
        var product = 1.0;
        while (x < SeriesFrom)
        {
            product *= x;
            x += 1;
        }

        return ((x - 0.5) * Math.Log(x)) - x + LogSqrtTwoPi + StirlingCorrection(x) - Math.Log(product);
    }

    /// <summary>
    /// ln Gamma(n + 1) - (n + 1/2) ln n + n - ln sqrt(2 pi) for n &gt; 0: what Stirling's formula misses. Computing
    /// it directly (not as a difference of large log-gammas) is what keeps probabilities of large counts accurate.
    /// </summary>
    public static double StirlingError(double n) => n >= SeriesFrom
        ? StirlingCorrection(n)
        : LogGamma(n + 1) - ((n + 0.5) * Math.Log(n)) + n - LogSqrtTwoPi;

    /// <summary>ln B(a, b) = ln Gamma(a) + ln Gamma(b) - ln Gamma(a + b), without the cancellation of that sum when a or b is large.</summary>
    public static double LogBeta(double a, double b)
    {
        var p = Math.Min(a, b);
        var q = Math.Max(a, b);
        if (p <= 0 || double.IsNaN(p))
        {
            throw new ArgumentOutOfRangeException(nameof(a), "ln B(a, b) is defined here for a, b > 0.");
        }

        var share = p / (p + q);
        if (q < SeriesFrom)
        {
            return LogGamma(p) + LogGamma(q) - LogGamma(p + q);
        }

        if (p < SeriesFrom)
        {
            // ln Gamma(q) - ln Gamma(p + q) written out with Stirling's formula for both.
            return LogGamma(p) + StirlingCorrection(q) - StirlingCorrection(p + q) + p - (p * Math.Log(p + q))
                + ((q - 0.5) * PreciseMath.Log1P(-share));
        }

        return LogSqrtTwoPi - (0.5 * Math.Log(p + q)) + ((p - 0.5) * Math.Log(share)) + ((q - 0.5) * PreciseMath.Log1P(-share))
            + StirlingCorrection(p) + StirlingCorrection(q) - StirlingCorrection(p + q);
    }

    /// <summary>The Stirling series ln Gamma(x) - [(x - 1/2) ln x - x + ln sqrt(2 pi)], eight terms; below 1e-17 for x &gt;= 10.</summary>
    private static double StirlingCorrection(double x)
    {
        var r = 1 / x;
        var r2 = r * r;
        // Coefficients B(2k) / (2k (2k - 1)) of the asymptotic series, k = 1..8.
        var series = -3617.0 / 122400;
        series = (series * r2) + (1.0 / 156);
        series = (series * r2) - (691.0 / 360360);
        series = (series * r2) + (1.0 / 1188);
        series = (series * r2) - (1.0 / 1680);
        series = (series * r2) + (1.0 / 1260);
        series = (series * r2) - (1.0 / 360);
        series = (series * r2) + (1.0 / 12);
        return series * r;
    }
}
