using VoiceOfCustomer.Review.Features.Disparity;
using static VoiceOfCustomer.Review.Tests.Disparity.DisparitySupport;

namespace VoiceOfCustomer.Review.Tests.Disparity;

public sealed class When_intersections_are_reported
{
    private static readonly string[] CellsWithThirtyItems = ["APAC x free", "EMEA x pro"];

    [Test]
    public void Only_cells_with_at_least_thirty_items_appear_and_with_their_counts()
    {
        var counts = Accumulator();
        Decide(counts, "csm.ann", "APAC", "free", 12, 30);
        Decide(counts, "csm.ann", "APAC", "pro", 3, 29);
        Decide(counts, "csm.ann", "EMEA", "pro", 5, 100);

        var cells = SuppressionDisparity.Compute(counts, new DisparityOptions()).Intersections
            .Where(r => r.Outcome == Outcome.Suppressed).ToList();

        Assert.That(cells.Select(c => c.Segment), Is.EquivalentTo(CellsWithThirtyItems));
        var apacFree = cells.Single(c => c.Segment == "APAC x free");
        Assert.That((apacFree.K, apacFree.N, apacFree.KRest, apacFree.NRest), Is.EqualTo((12L, 30L, 8L, 129L)));
        Assert.That(apacFree.Attribute, Is.EqualTo("region x plan tier"));
    }
}
