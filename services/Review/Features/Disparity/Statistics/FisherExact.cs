namespace VoiceOfCustomer.Review.Features.Disparity.Statistics;

/// <summary>
/// One-sided Fisher exact test on [[a, b], [c, d]] with alternative "greater" (the odds of the first row exceed the
/// second's), as scipy.stats.fisher_exact(table, alternative='greater'): P(X &gt;= a) for X hypergeometric with the
/// table's margins, and the sample odds ratio ad / bc.
/// </summary>
public static class FisherExact
{
    /// <summary>Terms below this share of the running sum no longer change it.</summary>
    private const double NegligibleShare = 1e-18;

    /// <summary>The test on [[a, b], [c, d]]; a table with an empty row or column gives odds ratio NaN and p = 1, as scipy.</summary>
    public static FisherResult Greater(long a, long b, long c, long d)
    {
        if (a < 0 || b < 0 || c < 0 || d < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(a), $"Table counts must be non-negative: [[{a}, {b}], [{c}, {d}]].");
        }

        if (a + b == 0 || c + d == 0 || a + c == 0 || b + d == 0)
        {
            return new FisherResult(double.NaN, 1);
        }

        var oddsRatio = b > 0 && c > 0 ? (double)(a * d) / (b * c) : double.PositiveInfinity;
        return new FisherResult(oddsRatio, Math.Min(1, UpperTail(a, a + b, c + d, a + c)));
    }

    /// <summary>P(X &gt;= k) for X hypergeometric: marked items among <paramref name="draws"/> from marked + unmarked.</summary>
    public static double UpperTail(long k, long marked, long unmarked, long draws)
    {
        var lowest = Math.Max(0, draws - unmarked);
        var highest = Math.Min(marked, draws);
        if (k <= lowest)
        {
            return 1;
        }

        if (k > highest)
        {
            return 0;
        }

        var mode = (long)Math.Floor((draws + 1.0) * (marked + 1.0) / (marked + unmarked + 2.0));
        if (k > mode)
        {
            // Terms fall from k upwards: sum them relative to the first, whose log carries the scale.
            return Math.Exp(BinomialTerms.LogHypergeometric(k, marked, unmarked, draws) + Math.Log(SumUpwards(k, highest, marked, unmarked, draws)));
        }

        // At or below the mode the tail holds at least the mode's mass: 1 - P(X <= k - 1) keeps its relative accuracy.
        return 1 - Math.Exp(BinomialTerms.LogHypergeometric(k - 1, marked, unmarked, draws) + Math.Log(SumDownwards(k - 1, lowest, marked, unmarked, draws)));
    }

    private static double SumUpwards(long from, long highest, long marked, long unmarked, long draws)
    {
        double sum = 1, term = 1;
        for (var x = from; x < highest; x++)
        {
            term *= (double)(marked - x) * (draws - x) / ((x + 1.0) * (unmarked - draws + x + 1.0));
            sum += term;
            if (term < sum * NegligibleShare)
            {
                break;
            }
        }

        return sum;
    }

    private static double SumDownwards(long from, long lowest, long marked, long unmarked, long draws)
    {
        double sum = 1, term = 1;
        for (var x = from; x > lowest; x--)
        {
            term *= x * (double)(unmarked - draws + x) / ((marked - x + 1.0) * (draws - x + 1.0));
            sum += term;
            if (term < sum * NegligibleShare)
            {
                break;
            }
        }

        return sum;
    }
}

/// <summary>A one-sided Fisher exact test's result: the sample odds ratio (NaN or +infinity as scipy gives them) and the p-value.</summary>
public sealed record FisherResult(double OddsRatio, double PValue);
