using MassTransit;
using VoiceOfCustomer.Contracts;
using VoiceOfCustomer.Hosting.Messaging;
using VoiceOfCustomer.Pipeline.Tests.Support;
using VoiceOfCustomer.Tagging;
using VoiceOfCustomer.Tagging.Features.TagFeedback;

namespace VoiceOfCustomer.Pipeline.Tests.Tagging;

public sealed class When_many_items_are_submitted_at_once
{
    private const int Items = 250;
    private readonly List<Guid> _feedbackIds = [.. Enumerable.Range(0, Items).Select(_ => Guid.CreateVersion7())];
    private ConsumerHost _host = null!;
    private IReadOnlyList<Published<FeedbackTagged>> _tagged = [];

    [OneTimeSetUp]
    public async Task Deliver()
    {
        _host = await ConsumerHost.StartAsync(services => services.AddTagging(), bus => bus.AddTaggingConsumers());
        _tagged = await Deliveries.ManyAsync<FeedbackSubmitted, FeedbackTagged>(_host, _feedbackIds, id => Messages.Submitted(id), m => m.FeedbackId);
    }

    [OneTimeTearDown]
    public async Task Stop() => await _host.DisposeAsync();

    [Test]
    public async Task It_records_every_item() =>
        Assert.That(await _host.ScalarAsync<long>("SELECT COUNT(*) FROM tagging_items"), Is.EqualTo(Items));

    [Test]
    public void It_announces_every_item_tagged_once_with_its_own_message_id()
    {
        Assert.That(_tagged.Select(t => t.Message.FeedbackId), Is.EquivalentTo(_feedbackIds));
        Assert.That(_tagged.Select(t => t.MessageId), Is.EquivalentTo(_feedbackIds.Select(id => (Guid?)MessageIds.For(id, nameof(FeedbackTagged)))));
    }

    [Test]
    public void It_takes_the_items_in_batches_of_at_most_one_hundred()
    {
        var batches = _host.Harness.GetConsumerHarness<TagFeedbackConsumer>().Consumed.Select<Batch<FeedbackSubmitted>>().ToList();
        Assert.That(batches.Sum(b => b.Context.Message.Length), Is.EqualTo(Items));
        Assert.That(batches.Select(b => b.Context.Message.Length), Is.All.InRange(1, PipelineConsumers.BatchSize));
    }
}
