using VoiceOfCustomer.Review.Features.Disparity;
using VoiceOfCustomer.Review.Features.Disparity.Statistics;
using static VoiceOfCustomer.Review.Tests.Disparity.DisparitySupport;

namespace VoiceOfCustomer.Review.Tests.Disparity;

public sealed class When_a_csm_suppresses_one_segment_more
{
    [Test]
    public void That_csm_and_segment_cell_is_flagged_and_an_even_csm_is_not()
    {
        var counts = Accumulator();
        Decide(counts, "csm.bob", "APAC", "pro", 45, 60);
        Decide(counts, "csm.bob", "EMEA", "pro", 20, 200);
        Decide(counts, "csm.ann", "APAC", "pro", 2, 20);
        Decide(counts, "csm.ann", "EMEA", "pro", 20, 200);
        Decide(counts, "csm.cy", "EMEA", "pro", 25, 200);

        var report = CsmSegmentFlags.Compute(counts, new DisparityOptions());
        var bob = report.Cells.Single(c => c.Csm == "csm.bob" && c.Segment == "APAC");
        var ann = report.Cells.Single(c => c.Csm == "csm.ann" && c.Segment == "APAC");

        Assert.That(bob.CellPosterior, Is.EqualTo(report.Prior.After(45, 60)));
        Assert.That(bob.RestPosterior, Is.EqualTo(report.Prior.After(20, 200)));
        Assert.That(bob.Probability, Is.GreaterThanOrEqualTo(0.9));
        Assert.That(bob.Flagged, Is.True);
        Assert.That(ann.Probability, Is.LessThan(0.5));
        Assert.That(ann.Flagged, Is.False);
    }

    [Test]
    public void The_prior_is_as_strong_as_allowed_when_csms_differ_no_more_than_chance()
    {
        var prior = BetaBinomialPrior.Fit([(10, 100), (10, 100), (10, 100)], maxStrength: 1000);

        Assert.That(prior.Mean, Is.EqualTo(0.1).Within(1e-12));
        Assert.That(prior.A + prior.B, Is.EqualTo(1000).Within(1e-9));
    }

    [Test]
    public void The_prior_follows_the_spread_of_csm_rates_by_the_method_of_moments()
    {
        // Rates 0.1 and 0.3 over 100 items each: mean 0.2, sum n (r - mean)^2 / (mean (1 - mean)) = 2 / 0.16 = 12.5;
        // rho = (12.5 - 1) / (200 - 100 - 1) = 11.5 / 99, so a + b = 99 / 11.5 - 1.
        var prior = BetaBinomialPrior.Fit([(10, 100), (30, 100)], maxStrength: 1000);

        Assert.That(prior.A + prior.B, Is.EqualTo((99 / 11.5) - 1).Within(1e-9));
        Assert.That(prior.Mean, Is.EqualTo(0.2).Within(1e-12));
    }

    [Test]
    public void Equal_posteriors_give_the_probability_of_a_ratio_of_one_as_a_half()
    {
        var p = RiskRatioPosterior.ProbabilityAtLeast(new BetaDistribution(3, 7), new BetaDistribution(3, 7), 1);

        Assert.That(p, Is.EqualTo(0.5).Within(1e-12));
    }
}
