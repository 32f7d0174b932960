using MassTransit;
using VoiceOfCustomer.Contracts;
using VoiceOfCustomer.Hosting.Messaging;
using VoiceOfCustomer.Pipeline.Tests.Support;
using VoiceOfCustomer.Prioritization;
using VoiceOfCustomer.Prioritization.Features.TriageInbox;

namespace VoiceOfCustomer.Pipeline.Tests.Prioritization;

public sealed class When_many_items_are_tagged_at_once
{
    private const int Items = 250;
    private readonly List<Guid> _feedbackIds = [.. Enumerable.Range(0, Items).Select(_ => Guid.CreateVersion7())];
    private ConsumerHost _host = null!;
    private IReadOnlyList<Published<FeedbackQueued>> _queued = [];

    [OneTimeSetUp]
    public async Task Deliver()
    {
        _host = await ConsumerHost.StartAsync(services => services.AddPrioritization(), bus => bus.AddPrioritizationConsumers());
        _queued = await Deliveries.ManyAsync<FeedbackTagged, FeedbackQueued>(
            _host, _feedbackIds, id => Messages.Tagged(id, ConsumerHost.Start), m => m.FeedbackId);
    }

    [OneTimeTearDown]
    public async Task Stop() => await _host.DisposeAsync();

    [Test]
    public async Task It_puts_every_item_in_the_inbox() =>
        Assert.That(await _host.ScalarAsync<long>("SELECT COUNT(*) FROM prioritization_inbox"), Is.EqualTo(Items));

    [Test]
    public void It_announces_every_item_queued_once_with_its_own_message_id()
    {
        Assert.That(_queued.Select(q => q.Message.FeedbackId), Is.EquivalentTo(_feedbackIds));
        Assert.That(_queued.Select(q => q.MessageId), Is.EquivalentTo(_feedbackIds.Select(id => (Guid?)MessageIds.For(id, nameof(FeedbackQueued)))));
    }

    [Test]
    public void It_takes_the_items_in_batches_of_at_most_one_hundred()
    {
        var batches = _host.Harness.GetConsumerHarness<QueueForTriageConsumer>().Consumed.Select<Batch<FeedbackTagged>>().ToList();
        Assert.That(batches.Sum(b => b.Context.Message.Length), Is.EqualTo(Items));
        Assert.That(batches.Select(b => b.Context.Message.Length), Is.All.InRange(1, PipelineConsumers.BatchSize));
    }
}
