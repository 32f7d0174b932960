namespace VoiceOfCustomer.Review.Features.Disparity.Statistics;

/// <summary>
/// Log-probabilities of single binomial, hypergeometric and beta terms, written with Stirling errors and the deviance
/// x ln(x / m) + m - x (Loader's method: C. Loader, "Fast and accurate computation of binomial probabilities", 2000)
/// so a term of a table with a million items keeps about 14 significant digits instead of the 8 left by a difference
/// of log-factorials of that size.
/// </summary>
public static class BinomialTerms
{
    private const double LogTwoPi = 1.8378770664093454836;

    /// <summary>ln of C(n, x) p^x q^(n - x) with q = 1 - p given separately (so a q near 0 keeps its digits); x and n may be real.</summary>
    public static double LogBinomial(double x, double n, double p, double q)
    {
        if (x < 0 || x > n)
        {
            return double.NegativeInfinity;
        }

        if (p == 0)
        {
            return x == 0 ? 0 : double.NegativeInfinity;
        }

        if (q == 0)
        {
            return x == n ? 0 : double.NegativeInfinity;
        }

        if (x == 0)
        {
            return n == 0 ? 0 : n * (p < 0.5 ? PreciseMath.Log1P(-p) : Math.Log(q));
        }

        if (x == n)
        {
            return n * (q < 0.5 ? PreciseMath.Log1P(-q) : Math.Log(p));
        }

        var exponent = GammaFunctions.StirlingError(n) - GammaFunctions.StirlingError(x) - GammaFunctions.StirlingError(n - x)
            - Deviance(x, n * p) - Deviance(n - x, n * q);
        return exponent - (0.5 * (LogTwoPi + Math.Log(x) + PreciseMath.Log1P(-x / n)));
    }

    /// <summary>
    /// ln P(X = x) for X hypergeometric: x marked among <paramref name="draws"/> taken without replacement from
    /// <paramref name="marked"/> marked and <paramref name="unmarked"/> unmarked items.
    /// </summary>
    public static double LogHypergeometric(long x, long marked, long unmarked, long draws)
    {
        var total = marked + unmarked;
        if (x < Math.Max(0, draws - unmarked) || x > Math.Min(draws, marked))
        {
            return double.NegativeInfinity;
        }

        // C(m, x) C(u, d - x) / C(m + u, d) is the same ratio of three binomial terms with any p; p = d / (m + u) keeps each near its mode.
        var p = (double)draws / total;
        var q = (double)(total - draws) / total;
        return LogBinomial(x, marked, p, q) + LogBinomial(draws - x, unmarked, p, q) - LogBinomial(draws, total, p, q);
    }

    /// <summary>ln of the Beta(a, b) density at 0 &lt; x &lt; 1.</summary>
    public static double LogBetaDensity(double x, double a, double b) => LogBetaDensity(x, 1 - x, a, b);

    /// <summary>ln of the Beta(a, b) density at x, with y = 1 - x given exactly (near 1, 1 - x would lose y's digits).</summary>
    public static double LogBetaDensity(double x, double y, double a, double b)
    {
        if (a >= 1 && b >= 1)
        {
            // x^(a-1) (1-x)^(b-1) / B(a, b) = (a + b - 1) C(a + b - 2, a - 1) x^(a-1) (1-x)^(b-1).
            return Math.Log(a + b - 1) + LogBinomial(a - 1, a + b - 2, x, y);
        }

        return ((a - 1) * Math.Log(x)) + ((b - 1) * Math.Log(y)) - GammaFunctions.LogBeta(a, b);
    }

    /// <summary>x ln(x / m) + m - x, by its series where x is near m (the plain formula cancels there).</summary>
    public static double Deviance(double x, double m)
    {
        if (Math.Abs(x - m) < 0.1 * (x + m))
        {
            // With v = (x - m) / (x + m): 2x [v^3/3 + v^5/5 + ...] + (x - m) v.
            var v = (x - m) / (x + m);
            var sum = (x - m) * v;
            var power = 2 * x * v;
            var v2 = v * v;
            for (var j = 1; j < 1000; j++)
            {
                power *= v2;
                var next = sum + (power / ((2 * j) + 1));
                if (next == sum)
                {
                    return next;
                }

                sum = next;
            }

            return sum;
        }

        return (x * Math.Log(x / m)) + m - x;
    }
}
