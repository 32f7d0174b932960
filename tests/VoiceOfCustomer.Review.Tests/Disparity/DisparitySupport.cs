using VoiceOfCustomer.Review.Features.Disparity;

namespace VoiceOfCustomer.Review.Tests.Disparity;

/// <summary>A small catalog (region, plan tier) and a way to record many decisions of one kind in one line.</summary>
internal static class DisparitySupport
{
    public static SegmentCatalog Catalog() => new(
    [
        new("region", "regions", ["APAC", "EMEA", "AMER"]),
        new("plan tier", "plan tiers", ["free", "pro", "enterprise"]),
    ]);

    public static DecisionAccumulator Accumulator() => new(Catalog(), [(0, 1)]);

    /// <summary>Records <paramref name="suppressed"/> suppressions and <paramref name="triaged"/> - suppressed forwards by a CSM for a region and plan.</summary>
    public static void Decide(DecisionAccumulator counts, string csm, string region, string plan, int suppressed, int triaged)
    {
        var profile = counts.Profile([counts.Catalog.Value(0, region), counts.Catalog.Value(1, plan)]);
        var c = counts.Csm(csm);
        for (var i = 0; i < triaged; i++)
        {
            counts.Record(Guid.NewGuid(), c, profile, i < suppressed ? TriageAction.Suppressed : TriageAction.Forwarded);
        }
    }

    public static DisparityRow Row(DisparityReport report, string segment, Outcome outcome = Outcome.Suppressed) =>
        report.Segments.Single(r => r.Segment == segment && r.Outcome == outcome);
}
