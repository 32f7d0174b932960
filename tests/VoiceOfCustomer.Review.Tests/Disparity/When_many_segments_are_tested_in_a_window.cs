using VoiceOfCustomer.Review.Features.Disparity;
using VoiceOfCustomer.Review.Features.Disparity.Statistics;
using static VoiceOfCustomer.Review.Tests.Disparity.DisparitySupport;

namespace VoiceOfCustomer.Review.Tests.Disparity;

public sealed class When_many_segments_are_tested_in_a_window
{
    [Test]
    public void Every_q_value_is_adjusted_over_all_the_window_tests()
    {
        var counts = Accumulator();
        Decide(counts, "csm.ann", "APAC", "free", 30, 100);
        Decide(counts, "csm.ann", "EMEA", "pro", 20, 100);
        Decide(counts, "csm.ann", "AMER", "enterprise", 10, 100);
        var report = SuppressionDisparity.Compute(counts, new DisparityOptions());
        var rows = report.Segments.Concat(report.Intersections).ToList();

        var expected = BenjaminiHochberg.Adjust([.. rows.Select(r => r.FisherP)]);

        // 6 segments x 2 outcomes + 3 intersection cells x 2 outcomes: one family of 18 tests.
        Assert.That(rows, Has.Count.EqualTo(18));
        Assert.That(rows.Select(r => r.Q), Is.EqualTo(expected));
        Assert.That(rows.Any(r => r.Q > r.FisherP), Is.True, "the family raises some q above its p");
    }

    [Test]
    public void A_p_value_that_passes_alone_can_fail_in_the_family()
    {
        // Alone 0.03 would pass q <= 0.10; with nine larger p-values of 0.5 its q is 0.03 x 10 / 1 = 0.3.
        var q = BenjaminiHochberg.Adjust([0.03, .. Enumerable.Repeat(0.5, 9)]);

        Assert.That(q[0], Is.EqualTo(0.3).Within(1e-15));
    }
}
