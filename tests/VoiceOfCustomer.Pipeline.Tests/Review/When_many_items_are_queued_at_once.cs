using MassTransit;
using VoiceOfCustomer.Contracts;
using VoiceOfCustomer.Hosting.Messaging;
using VoiceOfCustomer.Pipeline.Tests.Support;
using VoiceOfCustomer.Review;
using VoiceOfCustomer.Review.Features.WatchFeedback;

namespace VoiceOfCustomer.Pipeline.Tests.Review;

public sealed class When_many_items_are_queued_at_once
{
    private const int Items = 250;
    private readonly List<Guid> _feedbackIds = [.. Enumerable.Range(0, Items).Select(_ => Guid.CreateVersion7())];
    private ConsumerHost _host = null!;
    private IReadOnlyList<Published<FeedbackWatched>> _watched = [];

    [OneTimeSetUp]
    public async Task Deliver()
    {
        _host = await ConsumerHost.StartAsync(services => services.AddReview(), bus => bus.AddReviewConsumers());
        _watched = await Deliveries.ManyAsync<FeedbackQueued, FeedbackWatched>(
            _host, _feedbackIds, id => Messages.Queued(id, ConsumerHost.Start), m => m.FeedbackId);
    }

    [OneTimeTearDown]
    public async Task Stop() => await _host.DisposeAsync();

    [Test]
    public async Task It_watches_every_item() =>
        Assert.That(await _host.ScalarAsync<long>("SELECT COUNT(*) FROM review_feedback"), Is.EqualTo(Items));

    [Test]
    public void It_announces_every_item_watched_once_with_its_own_message_id()
    {
        Assert.That(_watched.Select(w => w.Message.FeedbackId), Is.EquivalentTo(_feedbackIds));
        Assert.That(_watched.Select(w => w.MessageId), Is.EquivalentTo(_feedbackIds.Select(id => (Guid?)MessageIds.For(id, nameof(FeedbackWatched)))));
    }

    [Test]
    public void It_takes_the_items_in_batches_of_at_most_one_hundred()
    {
        var batches = _host.Harness.GetConsumerHarness<WatchFeedbackConsumer>().Consumed.Select<Batch<FeedbackQueued>>().ToList();
        Assert.That(batches.Sum(b => b.Context.Message.Length), Is.EqualTo(Items));
        Assert.That(batches.Select(b => b.Context.Message.Length), Is.All.InRange(1, PipelineConsumers.BatchSize));
    }
}
