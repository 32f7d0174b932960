namespace VoiceOfCustomer.Review.Features.Disparity.Statistics;

/// <summary>
/// One-sided binomial test, alternative "less": P(X &lt;= x) for X ~ Binomial(n, p), as
/// scipy.stats.binomtest(x, n, p, alternative='less').pvalue. Used for the voice gap: is a segment's feedback count
/// lower than its share of accounts would give by chance?
/// </summary>
public static class BinomialTest
{
    private const double NegligibleShare = 1e-18;

    /// <summary>P(X &lt;= x) for X ~ Binomial(n, p), 0 &lt;= p &lt;= 1.</summary>
    public static double Less(long x, long n, double p)
    {
        if (n < 0 || !(p >= 0 && p <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(p), $"Binomial(n = {n}, p = {p}) needs n >= 0 and 0 <= p <= 1.");
        }

        if (x < 0)
        {
            return 0;
        }

        if (x >= n || p == 0)
        {
            return 1;
        }

        if (p == 1)
        {
            return 0;
        }

        var q = 1 - p;
        var mode = (long)Math.Floor((n + 1) * p);
        if (x < mode)
        {
            // Terms fall from x downwards: sum them relative to the first, whose log carries the scale.
            double sum = 1, term = 1;
            for (var k = x; k > 0; k--)
            {
                term *= k * q / ((n - k + 1) * p);
                sum += term;
                if (term < sum * NegligibleShare)
                {
                    break;
                }
            }

            return Math.Exp(BinomialTerms.LogBinomial(x, n, p, q) + Math.Log(sum));
        }

        // At or above the mode, P(X <= x) holds the mode's mass, so 1 - P(X > x) keeps its relative accuracy.
        double upper = 1, next = 1;
        for (var k = x + 1; k < n; k++)
        {
            next *= (n - k) * p / ((k + 1) * q);
            upper += next;
            if (next < upper * NegligibleShare)
            {
                break;
            }
        }

        return Math.Max(0, 1 - Math.Exp(BinomialTerms.LogBinomial(x + 1, n, p, q) + Math.Log(upper)));
    }
}
