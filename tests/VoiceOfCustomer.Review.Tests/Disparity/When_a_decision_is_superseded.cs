using VoiceOfCustomer.Review.Features.Disparity;
using static VoiceOfCustomer.Review.Tests.Disparity.DisparitySupport;

namespace VoiceOfCustomer.Review.Tests.Disparity;

public sealed class When_a_decision_is_superseded
{
    [Test]
    public void The_old_action_is_taken_back_and_the_new_one_counted()
    {
        var counts = Accumulator();
        var apacPro = counts.Profile([0, 4]);
        var ann = counts.Csm("csm.ann");
        var item = Guid.NewGuid();

        counts.Record(item, ann, apacPro, TriageAction.Suppressed);
        counts.Record(item, ann, apacPro, TriageAction.Forwarded);

        Assert.That(counts.ItemCount, Is.EqualTo(1));
        Assert.That(counts.Cells.Triaged(0), Is.EqualTo(1));
        Assert.That(counts.Cells.Count(0, Outcome.Suppressed), Is.Zero);
        Assert.That(counts.Csms.Triaged(ann), Is.EqualTo(1));
    }

    [Test]
    public void Counts_equal_those_of_the_final_decisions_alone_even_across_csms()
    {
        var superseded = Accumulator();
        var fresh = Accumulator();
        foreach (var counts in new[] { superseded, fresh })
        {
            counts.Csm("csm.ann");
            counts.Csm("csm.bob");
        }

        var random = new Random(7);
        var items = Enumerable.Range(0, 200).Select(_ => Guid.NewGuid()).ToArray();
        var final = new Dictionary<Guid, (int Csm, int[] Profile, TriageAction Action)>();
        for (var d = 0; d < 1000; d++)
        {
            var item = items[random.Next(items.Length)];
            int[] profile = [random.Next(3), 3 + random.Next(3)];
            var decision = (random.Next(2), profile, (TriageAction)random.Next(4));
            superseded.Record(item, decision.Item1, superseded.Profile(profile), decision.Item3);
            final[item] = decision;
        }

        foreach (var (item, (csm, profile, action)) in final)
        {
            fresh.Record(item, csm, fresh.Profile(profile), action);
        }

        for (var cell = 0; cell < fresh.Cells.Length; cell++)
        {
            Assert.That(superseded.Cells.Triaged(cell), Is.EqualTo(fresh.Cells.Triaged(cell)), $"cell {cell}");
            Assert.That(superseded.Cells.Count(cell, Outcome.Suppressed), Is.EqualTo(fresh.Cells.Count(cell, Outcome.Suppressed)));
            Assert.That(superseded.Cells.Count(cell, Outcome.Deprioritized), Is.EqualTo(fresh.Cells.Count(cell, Outcome.Deprioritized)));
        }

        Assert.That(superseded.IntersectionCells[0].Triaged(0), Is.EqualTo(fresh.IntersectionCells[0].Triaged(0)));
    }
}
