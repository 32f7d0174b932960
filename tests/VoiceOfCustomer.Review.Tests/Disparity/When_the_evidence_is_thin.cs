using VoiceOfCustomer.Review.Features.Disparity;
using static VoiceOfCustomer.Review.Tests.Disparity.DisparitySupport;

namespace VoiceOfCustomer.Review.Tests.Disparity;

public sealed class When_the_evidence_is_thin
{
    [Test]
    public void Fewer_than_ten_triaged_items_give_insufficient_evidence_with_the_interval()
    {
        var counts = Accumulator();
        Decide(counts, "csm.ann", "APAC", "pro", 6, 8);
        Decide(counts, "csm.ann", "EMEA", "pro", 20, 200);

        var apac = Row(SuppressionDisparity.Compute(counts, new DisparityOptions()), "APAC");

        Assert.That(apac.Verdict, Is.EqualTo(Verdict.InsufficientEvidence));
        Assert.That(apac.Sentence, Does.StartWith("Too few APAC items to tell: 6 of 8 suppressed (75%, plausibly 41% to 93%)"));
    }

    [Test]
    public void Fewer_than_five_expected_suppressions_give_insufficient_evidence_even_when_the_ratio_is_large()
    {
        // 40 items x 10% = 4 expected suppressions < 5, although 12 of 40 is three times the rest's rate.
        var counts = Accumulator();
        Decide(counts, "csm.ann", "APAC", "pro", 12, 40);
        Decide(counts, "csm.ann", "EMEA", "pro", 20, 200);

        var apac = Row(SuppressionDisparity.Compute(counts, new DisparityOptions()), "APAC");

        Assert.That(apac.N * apac.RestRate, Is.EqualTo(4).Within(1e-12));
        Assert.That(apac.Verdict, Is.EqualTo(Verdict.InsufficientEvidence));
    }

    [Test]
    public void Enough_items_with_no_difference_never_read_as_fair()
    {
        var counts = Accumulator();
        Decide(counts, "csm.ann", "APAC", "pro", 15, 100);
        Decide(counts, "csm.ann", "EMEA", "pro", 15, 100);

        var apac = Row(SuppressionDisparity.Compute(counts, new DisparityOptions()), "APAC");

        Assert.That(apac.Verdict, Is.EqualTo(Verdict.NoDisparityFound));
        Assert.That(apac.Sentence, Does.Not.Contain("fair"));
    }
}
