namespace VoiceOfCustomer.Review.Features.Disparity.Statistics;

/// <summary>
/// The Cochran-Mantel-Haenszel test of a common odds ratio of 1 across K 2x2 tables, and the Mantel-Haenszel pooled
/// odds ratio, as statsmodels StratifiedTable(tables).test_null_odds(correction) and .oddsratio_pooled. Differences,
/// on purpose (docs/review-statistics.md): strata with fewer than two items are left out (they carry no information
/// and statsmodels divides by n - 1 = 0); the continuity correction is max(0, |x| - 1/2), where statsmodels squares a
/// negative |x| - 1/2; the p-value is the chi-square survival function, not 1 - cdf, so small p-values keep their digits.
/// </summary>
public static class MantelHaenszel
{
    public static MantelHaenszelResult Test(IEnumerable<Table2x2> tables, bool continuityCorrection)
    {
        ArgumentNullException.ThrowIfNull(tables);
        double deviation = 0, variance = 0, concordant = 0, discordant = 0;
        foreach (var t in tables)
        {
            double n = t.Total;
            if (n < 2)
            {
                continue;
            }

            double row1 = t.A + t.B, column1 = t.A + t.C, row2 = t.C + t.D, column2 = t.B + t.D;
            deviation += t.A - (row1 * column1 / n);
            variance += row1 * column1 * column2 * row2 / (n * n * (n - 1));
            concordant += (double)t.A * t.D / n;
            discordant += (double)t.B * t.C / n;
        }

        var magnitude = Math.Abs(deviation);
        if (continuityCorrection)
        {
            magnitude = Math.Max(0, magnitude - 0.5);
        }

        var statistic = magnitude * magnitude / variance;
        return new MantelHaenszelResult(statistic, ChiSquare.OneDegreeSurvival(statistic), concordant / discordant);
    }
}

/// <summary>A Cochran-Mantel-Haenszel result: the chi-square(1) statistic, its p-value (two-sided) and the pooled odds ratio; NaN where no stratum informs them.</summary>
public sealed record MantelHaenszelResult(double Statistic, double PValue, double PooledOddsRatio);
