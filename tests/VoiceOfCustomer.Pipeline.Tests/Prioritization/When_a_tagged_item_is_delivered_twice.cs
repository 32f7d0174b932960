using VoiceOfCustomer.Contracts;
using VoiceOfCustomer.Hosting.Messaging;
using VoiceOfCustomer.Pipeline.Tests.Support;
using VoiceOfCustomer.Prioritization;

namespace VoiceOfCustomer.Pipeline.Tests.Prioritization;

public sealed class When_a_tagged_item_is_delivered_twice
{
    private readonly Guid _feedbackId = Guid.CreateVersion7();
    private ConsumerHost _host = null!;
    private IReadOnlyList<Published<FeedbackQueued>> _queued = [];

    [OneTimeSetUp]
    public async Task Deliver()
    {
        _host = await ConsumerHost.StartAsync(services => services.AddPrioritization(), bus => bus.AddPrioritizationConsumers());
        var tagged = Messages.Tagged(_feedbackId, ConsumerHost.Start.AddSeconds(-5));
        _queued = await Deliveries.TwiceAsync<FeedbackTagged, FeedbackQueued>(_host, tagged, _feedbackId, m => m.FeedbackId);
    }

    [OneTimeTearDown]
    public async Task Stop() => await _host.DisposeAsync();

    [Test]
    public async Task It_puts_the_item_in_the_inbox_once() =>
        Assert.That(await _host.ScalarAsync<long>("SELECT COUNT(*) FROM prioritization_inbox WHERE feedback_id = @Id", new { Id = _feedbackId }), Is.EqualTo(1));

    [Test]
    public async Task It_files_the_item_under_its_csm() =>
        Assert.That(await _host.ScalarAsync<string>("SELECT csm_id FROM prioritization_inbox WHERE feedback_id = @Id", new { Id = _feedbackId }), Is.EqualTo("csm-ana"));

    [Test]
    public void It_announces_the_item_queued_each_time_with_the_same_message_id()
    {
        Assert.That(_queued, Has.Count.EqualTo(2));
        Assert.That(_queued.Select(q => q.MessageId), Is.All.EqualTo(MessageIds.For(_feedbackId, nameof(FeedbackQueued))));
    }

    [Test]
    public void It_announces_the_same_event_both_times()
    {
        Assert.That(_queued, Has.Count.EqualTo(2));
        Assert.That(_queued[1].Message, Is.EqualTo(_queued[0].Message));
        Assert.That(_queued[0].Message.QueuedAt, Is.EqualTo(ConsumerHost.Start), "queued when first seen, not when redelivered");
        Assert.That(_queued[0].Message.Feedback, Is.EqualTo(Messages.Details()));
    }
}
