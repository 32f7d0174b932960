using VoiceOfCustomer.Review.Features.Disparity;
using static VoiceOfCustomer.Review.Tests.Disparity.DisparitySupport;

namespace VoiceOfCustomer.Review.Tests.Disparity;

public sealed class When_a_segment_goes_to_stricter_csms
{
    [Test]
    public void The_test_stratified_by_csm_clears_it()
    {
        // csm.strict suppresses 40% of everyone's items, csm.lenient 5%; APAC items mostly go to csm.strict.
        // Crude: APAC 33 of 100 vs 17 of 200 (RR 3.9). Within each CSM APAC and the rest are suppressed alike.
        var counts = Accumulator();
        Decide(counts, "csm.strict", "APAC", "pro", 32, 80);
        Decide(counts, "csm.strict", "EMEA", "pro", 8, 20);
        Decide(counts, "csm.lenient", "APAC", "pro", 1, 20);
        Decide(counts, "csm.lenient", "EMEA", "pro", 9, 180);

        var apac = Row(SuppressionDisparity.Compute(counts, new DisparityOptions()), "APAC");

        Assert.That(apac.RiskRatio, Is.EqualTo(0.33 / 0.085).Within(1e-12));
        Assert.That(apac.Q, Is.LessThan(0.001));
        Assert.That(apac.Stratified!.Statistic, Is.Zero);
        Assert.That(apac.Stratified.PValue, Is.EqualTo(1));
        Assert.That(apac.Verdict, Is.EqualTo(Verdict.ExplainedByCsmMix));
        Assert.That(apac.Sentence, Does.Contain("mostly goes to CSMs who suppressed more for everyone"));
    }

    [Test]
    public void A_disparity_within_each_csm_stays_flagged()
    {
        var counts = Accumulator();
        Decide(counts, "csm.strict", "APAC", "pro", 40, 80);
        Decide(counts, "csm.strict", "EMEA", "pro", 4, 20);
        Decide(counts, "csm.lenient", "APAC", "pro", 6, 20);
        Decide(counts, "csm.lenient", "EMEA", "pro", 9, 180);

        var apac = Row(SuppressionDisparity.Compute(counts, new DisparityOptions()), "APAC");

        Assert.That(apac.Stratified!.PValue, Is.LessThan(0.05));
        Assert.That(apac.Verdict, Is.EqualTo(Verdict.Flagged));
    }
}
