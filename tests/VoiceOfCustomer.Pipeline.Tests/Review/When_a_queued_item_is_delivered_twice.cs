using VoiceOfCustomer.Contracts;
using VoiceOfCustomer.Hosting.Messaging;
using VoiceOfCustomer.Pipeline.Tests.Support;
using VoiceOfCustomer.Review;

namespace VoiceOfCustomer.Pipeline.Tests.Review;

public sealed class When_a_queued_item_is_delivered_twice
{
    private readonly Guid _feedbackId = Guid.CreateVersion7();
    private ConsumerHost _host = null!;
    private IReadOnlyList<Published<FeedbackWatched>> _watched = [];

    [OneTimeSetUp]
    public async Task Deliver()
    {
        _host = await ConsumerHost.StartAsync(services => services.AddReview(), bus => bus.AddReviewConsumers());
        var queued = Messages.Queued(_feedbackId, ConsumerHost.Start.AddSeconds(-5), accountId: "globex");
        _watched = await Deliveries.TwiceAsync<FeedbackQueued, FeedbackWatched>(_host, queued, _feedbackId, m => m.FeedbackId);
    }

    [OneTimeTearDown]
    public async Task Stop() => await _host.DisposeAsync();

    [Test]
    public async Task It_watches_the_item_once() =>
        Assert.That(await _host.ScalarAsync<long>("SELECT COUNT(*) FROM review_feedback WHERE feedback_id = @Id", new { Id = _feedbackId }), Is.EqualTo(1));

    [Test]
    public void It_announces_the_item_watched_each_time_with_the_same_message_id()
    {
        Assert.That(_watched, Has.Count.EqualTo(2));
        Assert.That(_watched.Select(w => w.MessageId), Is.All.EqualTo(MessageIds.For(_feedbackId, nameof(FeedbackWatched))));
    }

    [Test]
    public void It_announces_the_same_event_both_times()
    {
        Assert.That(_watched, Has.Count.EqualTo(2));
        Assert.That(_watched[1].Message, Is.EqualTo(_watched[0].Message));
        Assert.That(_watched[0].Message.WatchedAt, Is.EqualTo(ConsumerHost.Start), "watched when first seen, not when redelivered");
        Assert.That(_watched[0].Message.AccountId, Is.EqualTo("globex"));
    }
}
