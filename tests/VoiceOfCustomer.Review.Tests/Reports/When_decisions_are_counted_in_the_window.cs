using VoiceOfCustomer.Review.Features.Disparity;
using VoiceOfCustomer.Review.Features.Reports;
using ContractAction = VoiceOfCustomer.Contracts.TriageAction;

namespace VoiceOfCustomer.Review.Tests.Reports;

/// <summary>
/// WindowCounts: an item counts once, by its latest decision, whatever order the decisions arrive in; a decision
/// with a segment value the catalog lacks is refused so the refresher rebuilds.
/// </summary>
[TestFixture]
public sealed class When_decisions_are_counted_in_the_window
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Item = Guid.Parse("00000000-0000-0000-0000-0000000000a1");

    [Test]
    public void A_later_decision_replaces_the_earlier_one()
    {
        var counts = Counts();

        counts.Feed(Decision(Item, Monday, ContractAction.Suppress));
        counts.Feed(Decision(Item, Monday.AddHours(1), ContractAction.Forward));

        Assert.That(counts.Accumulator.ItemCount, Is.EqualTo(1));
        Assert.That(Suppressed(counts, "fr"), Is.Zero);
        Assert.That(Triaged(counts, "fr"), Is.EqualTo(1));
    }

    [Test]
    public void An_earlier_decision_arriving_late_does_not_undo_the_later_one()
    {
        var counts = Counts();

        counts.Feed(Decision(Item, Monday.AddHours(1), ContractAction.Suppress));
        var fed = counts.Feed(Decision(Item, Monday, ContractAction.Forward));

        Assert.That(fed, Is.True);
        Assert.That(Suppressed(counts, "fr"), Is.EqualTo(1));
        Assert.That(Triaged(counts, "fr"), Is.EqualTo(1));
    }

    [Test]
    public void The_same_decision_fed_twice_counts_once()
    {
        var counts = Counts();
        var decision = Decision(Item, Monday, ContractAction.Suppress);

        counts.Feed(decision);
        counts.Feed(decision);

        Assert.That(Suppressed(counts, "fr"), Is.EqualTo(1));
        Assert.That(Triaged(counts, "fr"), Is.EqualTo(1));
    }

    [Test]
    public void Decisions_at_the_same_instant_are_ordered_by_decision_id_in_either_order()
    {
        var first = Decision(Item, Monday, ContractAction.Forward) with { DecisionId = Guid.Parse("00000000-0000-0000-0000-000000000001") };
        var second = Decision(Item, Monday, ContractAction.Suppress) with { DecisionId = Guid.Parse("00000000-0000-0000-0000-000000000002") };
        var inOrder = Counts();
        var reversed = Counts();

        inOrder.Feed(first);
        inOrder.Feed(second);
        reversed.Feed(second);
        reversed.Feed(first);

        Assert.That(Suppressed(inOrder, "fr"), Is.EqualTo(1));
        Assert.That(Suppressed(reversed, "fr"), Is.EqualTo(1));
    }

    [Test]
    public void A_value_the_catalog_lacks_is_refused_and_nothing_is_counted()
    {
        var counts = Counts();

        var fed = counts.Feed(Decision(Item, Monday, ContractAction.Suppress, language: "de"));

        Assert.That(fed, Is.False);
        Assert.That(counts.Accumulator.ItemCount, Is.Zero);
    }

    [Test]
    public void A_second_value_of_a_single_valued_attribute_is_refused()
    {
        var counts = new WindowCounts(Catalog()) { SingleValued = new Dictionary<string, string>(StringComparer.Ordinal) { ["region"] = "EMEA" } };

        var same = counts.Feed(Decision(Item, Monday, ContractAction.Forward, region: "EMEA"));
        var other = counts.Feed(Decision(Guid.NewGuid(), Monday, ContractAction.Forward, region: "APAC"));

        Assert.That(same, Is.True);
        Assert.That(other, Is.False);
    }

    private static SegmentCatalog Catalog() => new([new SegmentDimension("language", "languages", ["en", "fr"])]);

    private static WindowCounts Counts() => new(Catalog());

    private static DecisionRow Decision(Guid item, DateTimeOffset at, ContractAction action, string language = "fr", string? region = null) => new()
    {
        DecisionId = Guid.NewGuid(),
        FeedbackId = item,
        DecidedAt = at,
        DecidedBy = "csm.alice",
        Action = (int)action,
        Segments = region is null ? $$"""{"language":"{{language}}"}""" : $$"""{"language":"{{language}}","region":"{{region}}"}""",
    };

    private static int Cell(WindowCounts counts, string language)
    {
        var accumulator = counts.Accumulator;
        return (accumulator.Csm("csm.alice") * accumulator.Catalog.ValueCount) + accumulator.Catalog.Value(0, language);
    }

    private static int Suppressed(WindowCounts counts, string language) => counts.Accumulator.Cells.Count(Cell(counts, language), Outcome.Suppressed);

    private static int Triaged(WindowCounts counts, string language) => counts.Accumulator.Cells.Triaged(Cell(counts, language));
}
