using System.Text.Json;
using VoiceOfCustomer.Contracts;
using VoiceOfCustomer.Hosting.Messaging;
using VoiceOfCustomer.Pipeline.Tests.Support;
using VoiceOfCustomer.Tagging;

namespace VoiceOfCustomer.Pipeline.Tests.Tagging;

public sealed class When_a_submitted_item_is_delivered_twice
{
    private readonly Guid _feedbackId = Guid.CreateVersion7();
    private ConsumerHost _host = null!;
    private IReadOnlyList<Published<FeedbackTagged>> _tagged = [];

    [OneTimeSetUp]
    public async Task Deliver()
    {
        _host = await ConsumerHost.StartAsync(services => services.AddTagging(), bus => bus.AddTaggingConsumers());
        _tagged = await Deliveries.TwiceAsync<FeedbackSubmitted, FeedbackTagged>(_host, Messages.Submitted(_feedbackId), _feedbackId, m => m.FeedbackId);
    }

    [OneTimeTearDown]
    public async Task Stop() => await _host.DisposeAsync();

    [Test]
    public async Task It_records_the_item_once() =>
        Assert.That(await _host.ScalarAsync<long>("SELECT COUNT(*) FROM tagging_items WHERE feedback_id = @Id", new { Id = _feedbackId }), Is.EqualTo(1));

    [Test]
    public void It_announces_the_item_tagged_each_time_with_the_same_message_id()
    {
        Assert.That(_tagged, Has.Count.EqualTo(2));
        Assert.That(_tagged.Select(t => t.MessageId), Is.All.EqualTo(MessageIds.For(_feedbackId, nameof(FeedbackTagged))));
    }

    [Test]
    public void It_announces_the_same_event_both_times()
    {
        Assert.That(_tagged, Has.Count.EqualTo(2));
        // Compared as JSON: the tags hold lists, which a record compares by reference.
        Assert.That(JsonSerializer.Serialize(_tagged[1].Message), Is.EqualTo(JsonSerializer.Serialize(_tagged[0].Message)));
        Assert.That(_tagged[0].Message.TaggedAt, Is.EqualTo(ConsumerHost.Start), "tagged when first seen, not when redelivered");
    }

    [Test]
    public void It_carries_the_correlation_id_forward()
    {
        Assert.That(_tagged, Has.Count.EqualTo(2));
        Assert.That(_tagged.Select(t => t.CorrelationId), Is.All.EqualTo(_tagged[0].Message.CorrelationId));
    }
}
