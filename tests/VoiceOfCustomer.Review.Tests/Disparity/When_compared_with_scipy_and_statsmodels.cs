using VoiceOfCustomer.Review.Features.Disparity.Statistics;
using static VoiceOfCustomer.Review.Tests.Disparity.ReferenceData;

namespace VoiceOfCustomer.Review.Tests.Disparity;

/// <summary>Every statistic against the values make_reference.py computed with scipy and statsmodels (Data/), to 1e-9 relative.</summary>
public sealed class When_compared_with_scipy_and_statsmodels
{
    private const int AtLeast = 1000;

    [Test]
    public void Log_gamma_agrees_with_scipy_gammaln()
    {
        var check = new Disagreements();
        foreach (var c in Read("log_gamma.tsv"))
        {
            check.Check($"lgamma({c["x"]})", GammaFunctions.LogGamma(Number(c["x"])), Number(c["lgamma"]));
        }

        check.AssertNone(AtLeast);
    }

    [Test]
    public void The_regularized_incomplete_beta_agrees_with_scipy_betainc_where_scipy_is_exact()
    {
        // scipy's betainc (cephes) is off by up to 2e-9 for b near 1e6: every case is held to mpmath at 40 digits, and to
        // scipy wherever scipy is within 9e-10 of mpmath (elsewhere an exact answer cannot be within 1e-9 of scipy).
        var check = new Disagreements();
        var scipyOff = 0;
        foreach (var c in Read("incomplete_beta.tsv"))
        {
            var actual = IncompleteBeta.Regularized(Number(c["a"]), Number(c["b"]), Number(c["x"]));
            var exact = Number(c["ibeta_mpmath"]);
            check.Check($"I({c["x"]}; {c["a"]}, {c["b"]}) against mpmath", actual, exact);
            if (Agrees(Number(c["ibeta"]), exact, 9e-10))
            {
                check.Check($"I({c["x"]}; {c["a"]}, {c["b"]}) against scipy", actual, Number(c["ibeta"]));
            }
            else
            {
                scipyOff++;
            }
        }

        check.AssertNone(2 * AtLeast - 20);
        Assert.That(scipyOff, Is.LessThanOrEqualTo(20), "cases where scipy itself is off by more than 9e-10");
    }

    [Test]
    public void The_chi_square_survival_agrees_with_scipy_chi2_sf()
    {
        var check = new Disagreements();
        foreach (var c in Read("chi_square_1_survival.tsv"))
        {
            check.Check($"sf({c["x"]})", ChiSquare.OneDegreeSurvival(Number(c["x"])), Number(c["sf"]));
        }

        check.AssertNone(AtLeast);
    }

    [Test]
    public void The_wilson_interval_agrees_with_statsmodels_proportion_confint()
    {
        // statsmodels does not clamp: at count 0 (or n) its end can be -1e-18 (or 1 + 1e-16) where ours is 0 (or 1).
        var check = new Disagreements();
        foreach (var c in Read("wilson.tsv"))
        {
            var interval = WilsonInterval.Of(Count(c["count"]), Count(c["nobs"]));
            check.Check($"low({c["count"]}/{c["nobs"]})", interval.Low, Clamped(Number(c["low"])));
            check.Check($"high({c["count"]}/{c["nobs"]})", interval.High, Clamped(Number(c["high"])));
        }

        check.AssertNone(2 * AtLeast);
    }

    [Test]
    public void The_one_sided_fisher_test_agrees_with_scipy_fisher_exact()
    {
        var check = new Disagreements();
        foreach (var c in Read("fisher_greater.tsv"))
        {
            var table = $"[[{c["a"]}, {c["b"]}], [{c["c"]}, {c["d"]}]]";
            var result = FisherExact.Greater(Count(c["a"]), Count(c["b"]), Count(c["c"]), Count(c["d"]));
            check.Check($"p{table}", result.PValue, Number(c["p"]));
            check.Check($"odds{table}", result.OddsRatio, Number(c["odds_ratio"]));
        }

        check.AssertNone(2 * AtLeast);
    }

    [Test]
    public void The_one_sided_binomial_test_agrees_with_scipy_binomtest()
    {
        var check = new Disagreements();
        foreach (var c in Read("binomial_less.tsv"))
        {
            check.Check($"P(X <= {c["x"]} | {c["n"]}, {c["p"]})",
                BinomialTest.Less(Count(c["x"]), Count(c["n"]), Number(c["p"])), Number(c["p_value"]));
        }

        check.AssertNone(AtLeast);
    }

    [Test]
    public void Benjamini_hochberg_agrees_with_statsmodels_multipletests()
    {
        var check = new Disagreements();
        var row = 0;
        foreach (var c in Read("benjamini_hochberg.tsv"))
        {
            row++;
            var q = BenjaminiHochberg.Adjust(Numbers(c["p"]));
            var expected = Numbers(c["q"]);
            Assert.That(q, Has.Length.EqualTo(expected.Length));
            for (var i = 0; i < q.Length; i++)
            {
                check.Check($"case {row} q[{i}]", q[i], expected[i]);
            }
        }

        check.AssertNone(AtLeast);
    }

    [Test]
    public void Cochran_mantel_haenszel_agrees_with_statsmodels_stratified_table()
    {
        var check = new Disagreements();
        var row = 0;
        foreach (var c in Read("mantel_haenszel.tsv"))
        {
            row++;
            var tables = c["tables"].Split(' ').Select(t => t.Split(',').Select(Count).ToArray()).Select(t => new Table2x2(t[0], t[1], t[2], t[3])).ToList();
            var plain = MantelHaenszel.Test(tables, continuityCorrection: false);
            check.Check($"case {row} statistic", plain.Statistic, Number(c["statistic"]));
            // statsmodels' own p is 1 - cdf (absolute error a few 1e-16, 0 below that): it is held to 1e-14 absolute, and
            // to 1e-9 relative the same statistic's p from scipy.stats.chi2.sf.
            check.Check($"case {row} p", plain.PValue, Number(c["p_sf"]));
            check.CheckAbsolute($"case {row} p against statsmodels' 1 - cdf", plain.PValue, Number(c["p_statsmodels"]), 1e-14);
            check.Check($"case {row} pooled odds ratio", plain.PooledOddsRatio, Number(c["odds_ratio_pooled"]));
            if (c["statistic_corrected"].Length > 0)
            {
                var corrected = MantelHaenszel.Test(tables, continuityCorrection: true);
                check.Check($"case {row} corrected statistic", corrected.Statistic, Number(c["statistic_corrected"]));
                check.Check($"case {row} corrected p", corrected.PValue, Number(c["p_corrected_sf"]));
            }
        }

        check.AssertNone(4 * AtLeast);
    }

    [Test]
    public void The_posterior_risk_ratio_probability_agrees_with_quadpack()
    {
        var check = new Disagreements();
        foreach (var c in Read("risk_ratio_posterior.tsv"))
        {
            var cell = new BetaDistribution(Number(c["a1"]), Number(c["b1"]));
            var rest = new BetaDistribution(Number(c["a2"]), Number(c["b2"]));
            check.Check($"P(RR >= {c["ratio"]} | {cell}, {rest})",
                RiskRatioPosterior.ProbabilityAtLeast(cell, rest, Number(c["ratio"])), Number(c["probability"]));
        }

        check.AssertNone(AtLeast);
    }

    [Test]
    public void The_per_csm_report_probability_is_within_its_absolute_tolerance_of_quadpack()
    {
        // The report integrates to an absolute tolerance (tiny probabilities need no relative digits there): every
        // reference case must still be that close.
        var worst = 0.0;
        var cases = 0;
        foreach (var c in Read("risk_ratio_posterior.tsv"))
        {
            var cell = new BetaDistribution(Number(c["a1"]), Number(c["b1"]));
            var rest = new BetaDistribution(Number(c["a2"]), Number(c["b2"]));
            var actual = RiskRatioPosterior.ProbabilityAtLeast(cell, rest, Number(c["ratio"]), RiskRatioPosterior.ReportTolerance);
            worst = Math.Max(worst, Math.Abs(actual - Number(c["probability"])));
            cases++;
        }

        Assert.That(cases, Is.GreaterThanOrEqualTo(AtLeast));
        Assert.That(worst, Is.LessThanOrEqualTo(RiskRatioPosterior.ReportTolerance));
    }

    private static double Clamped(double value) => Math.Clamp(value, 0, 1);
}
