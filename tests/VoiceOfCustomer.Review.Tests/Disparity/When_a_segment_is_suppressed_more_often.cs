using VoiceOfCustomer.Review.Features.Disparity;
using static VoiceOfCustomer.Review.Tests.Disparity.DisparitySupport;

namespace VoiceOfCustomer.Review.Tests.Disparity;

public sealed class When_a_segment_is_suppressed_more_often
{
    [Test]
    public void It_is_flagged_with_the_rate_ratio_excess_and_a_plain_sentence()
    {
        // APAC 31 of 90; the rest 30 of 200 = 15%: RR = (31/90) / 0.15 = 2.30, excess = 31 - 90 x 0.15 = 17.5.
        var counts = Accumulator();
        Decide(counts, "csm.ann", "APAC", "pro", 31, 90);
        Decide(counts, "csm.ann", "EMEA", "pro", 15, 100);
        Decide(counts, "csm.ann", "AMER", "pro", 15, 100);

        var apac = Row(SuppressionDisparity.Compute(counts, new DisparityOptions()), "APAC");

        Assert.That(apac.K, Is.EqualTo(31));
        Assert.That(apac.N, Is.EqualTo(90));
        Assert.That(apac.RestRate, Is.EqualTo(0.15).Within(1e-15));
        Assert.That(apac.RiskRatio, Is.EqualTo(31.0 / 90 / 0.15).Within(1e-12));
        Assert.That(apac.Excess, Is.EqualTo(17.5).Within(1e-12));
        Assert.That(apac.Q, Is.LessThanOrEqualTo(0.10));
        Assert.That(apac.Verdict, Is.EqualTo(Verdict.Flagged));
        Assert.That(apac.Sentence, Is.EqualTo("Feedback from APAC accounts was suppressed 2.3 times as often as from other regions (31 of 90 vs 15%); unlikely to be chance."));
    }

    [Test]
    public void It_is_not_flagged_when_the_ratio_is_below_the_threshold()
    {
        // APAC 36 of 200 = 18% against 15%: RR 1.2 < 1.25, however many items.
        var counts = Accumulator();
        Decide(counts, "csm.ann", "APAC", "pro", 360, 2000);
        Decide(counts, "csm.ann", "EMEA", "pro", 300, 2000);
        Decide(counts, "csm.ann", "AMER", "pro", 300, 2000);

        var apac = Row(SuppressionDisparity.Compute(counts, new DisparityOptions()), "APAC");

        Assert.That(apac.RiskRatio, Is.EqualTo(1.2).Within(1e-12));
        Assert.That(apac.Q, Is.LessThan(0.10), "significant, yet too small a ratio to flag");
        Assert.That(apac.Verdict, Is.EqualTo(Verdict.NoDisparityFound));
    }

    [Test]
    public void Deprioritizations_are_reported_separately()
    {
        var counts = Accumulator();
        var profile = counts.Profile([0, 4]);
        var csm = counts.Csm("csm.ann");
        counts.Record(Guid.NewGuid(), csm, profile, TriageAction.Deprioritized);
        counts.Record(Guid.NewGuid(), csm, counts.Profile([1, 4]), TriageAction.Forwarded);

        var report = SuppressionDisparity.Compute(counts, new DisparityOptions());

        Assert.That(Row(report, "APAC", Outcome.Deprioritized).K, Is.EqualTo(1));
        Assert.That(Row(report, "APAC", Outcome.Suppressed).K, Is.Zero);
    }
}
