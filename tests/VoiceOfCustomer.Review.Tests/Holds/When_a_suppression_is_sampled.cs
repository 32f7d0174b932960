using VoiceOfCustomer.Prioritization.Features.Holds;
using VoiceOfCustomer.Review.Features.Holds;

namespace VoiceOfCustomer.Review.Tests.Holds;

/// <summary>The sample draw is a hash of the item: the same answer on every delivery, and the configured share over many items.</summary>
public sealed class When_a_suppression_is_sampled
{
    [Test]
    public void The_same_item_always_gets_the_same_answer()
    {
        var id = Guid.Parse("0192f0c4-7d1e-7a2b-9c3d-4e5f60718293");

        var first = ReviewSample.Draw(id);
        var again = ReviewSample.Draw(Guid.Parse(id.ToString()));

        Assert.That(again, Is.EqualTo(first));
        Assert.That(first, Is.InRange(0.0, 1.0));
    }

    [Test]
    public void About_the_share_of_many_items_is_taken()
    {
        var random = new Random(7);
        var bytes = new byte[16];
        var taken = 0;
        const int items = 20_000;
        for (var i = 0; i < items; i++)
        {
            random.NextBytes(bytes);
            taken += ReviewSample.Takes(new Guid(bytes), 0.05) ? 1 : 0;
        }

        // 5% of 20,000 is 1,000 with a standard deviation of about 31: 850 to 1,150 is beyond 4.5 of them.
        Assert.That(taken, Is.InRange(850, 1_150));
    }

    [Test]
    public void A_share_of_zero_takes_nothing_and_one_takes_everything()
    {
        var id = Guid.NewGuid();

        Assert.That(ReviewSample.Takes(id, 0.0), Is.False);
        Assert.That(ReviewSample.Takes(id, 1.0), Is.True);
    }

    [TestCase("Exports time out", "Exports time out")]
    [TestCase("  First line\nsecond line", "First line")]
    [TestCase("", "Reinstated feedback 01234567")]
    public void A_new_request_is_titled_from_the_item(string text, string title) =>
        Assert.That(RequestTitle.From(text, Guid.Parse("01234567-89ab-cdef-0123-456789abcdef")), Is.EqualTo(title));

    [Test]
    public void A_long_text_is_cut_at_a_word()
    {
        var title = RequestTitle.From(string.Join(' ', Enumerable.Repeat("export", 40)), Guid.NewGuid());

        Assert.That(title, Has.Length.LessThanOrEqualTo(RequestTitle.MaxLength));
        Assert.That(title, Does.EndWith("export…"));
    }
}
