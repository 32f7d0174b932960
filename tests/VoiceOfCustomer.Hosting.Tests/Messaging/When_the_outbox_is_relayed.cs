using MassTransit.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using VoiceOfCustomer.Contracts;
using VoiceOfCustomer.Hosting.Messaging;
using VoiceOfCustomer.Hosting.Storage;
using VoiceOfCustomer.Hosting.Tests.Support;

namespace VoiceOfCustomer.Hosting.Tests.Messaging;

[TestFixtureSource(typeof(StorageProviders), nameof(StorageProviders.All))]
public sealed class When_the_outbox_is_relayed(StorageProvider provider) : OutboxFixture(provider)
{
    private OutboxRelay _relay = null!;

    [OneTimeSetUp]
    public void Create_the_relay() =>
        _relay = new OutboxRelay(Outbox, Database, Harness.Bus, NullLogger<OutboxRelay>.Instance);

    [OneTimeTearDown]
    public void Dispose_the_relay() => _relay?.Dispose();

    [Test]
    public async Task It_publishes_what_a_committed_transaction_wrote_with_the_message_id_given()
    {
        var message = Submitted("Die App stürzt ab 😖 — التطبيق يتعطل");
        var messageId = Guid.NewGuid();
        await using (var work = await Database.BeginAsync(CancellationToken.None))
        {
            await Outbox.AddAsync(work, messageId, message.CorrelationId, message, CancellationToken.None);
            await work.CommitAsync(CancellationToken.None);
        }

        var relayed = await _relay.RelayBatchAsync(CancellationToken.None);

        Assert.That(relayed, Is.EqualTo(1));
        Assert.That(await Harness.Published.Any<FeedbackSubmitted>(p => p.Context.MessageId == messageId), Is.True);
        var published = PublishedFor([message]).Single().Context;
        Assert.That(published.MessageId, Is.EqualTo(messageId));
        Assert.That(published.CorrelationId, Is.EqualTo(message.CorrelationId));
        Assert.That(published.Message, Is.EqualTo(message));
    }

    [Test]
    public async Task It_deletes_what_it_published_and_sends_it_only_once()
    {
        var message = Submitted("slow");
        var messageId = Guid.NewGuid();
        await using (var work = await Database.BeginAsync(CancellationToken.None))
        {
            await Outbox.AddAsync(work, messageId, message.CorrelationId, message, CancellationToken.None);
            await work.CommitAsync(CancellationToken.None);
        }

        var first = await _relay.RelayBatchAsync(CancellationToken.None);
        var second = await _relay.RelayBatchAsync(CancellationToken.None);

        Assert.That((first, second), Is.EqualTo((1, 0)));
        Assert.That(await Database.CountAsync(CountOutbox), Is.Zero);
        Assert.That(await Harness.Published.Any<FeedbackSubmitted>(p => p.Context.MessageId == messageId), Is.True);
        Assert.That(PublishedFor([message]), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task It_publishes_nothing_from_a_rolled_back_transaction()
    {
        var message = Submitted("never accepted");
        await using (var work = await Database.BeginAsync(CancellationToken.None))
        {
            await Outbox.AddAsync(work, Guid.NewGuid(), message.CorrelationId, message, CancellationToken.None);
        }

        var relayed = await _relay.RelayBatchAsync(CancellationToken.None);

        Assert.That(relayed, Is.Zero);
        Assert.That(await Harness.Published.Any<FeedbackSubmitted>(p => p.Context.Message.FeedbackId == message.FeedbackId), Is.False);
    }

    [Test]
    public async Task It_publishes_a_batch_in_the_order_it_was_written()
    {
        var messages = Enumerable.Range(1, 60).Select(i => Submitted($"item {i}")).ToList();
        await using (var work = await Database.BeginAsync(CancellationToken.None))
        {
            await Outbox.AddManyAsync(work, messages.Take(50).Select(m => (Guid.NewGuid(), m.CorrelationId, m)), CancellationToken.None);
            await work.CommitAsync(CancellationToken.None);
        }

        foreach (var message in messages.Skip(50))
        {
            await using var work = await Database.BeginAsync(CancellationToken.None);
            await Outbox.AddAsync(work, Guid.NewGuid(), message.CorrelationId, message, CancellationToken.None);
            await work.CommitAsync(CancellationToken.None);
        }

        var relayed = await _relay.RelayBatchAsync(CancellationToken.None);

        Assert.That(relayed, Is.EqualTo(60));
        Assert.That(await Harness.Published.Any<FeedbackSubmitted>(p => p.Context.Message.FeedbackId == messages[^1].FeedbackId), Is.True);
        Assert.That(PublishedFor(messages).Select(p => p.Context.Message.Text), Is.EqualTo(messages.Select(m => m.Text)));
    }

    /// <summary>What the bus has published of these messages, in publish order (the bus lives as long as the fixture).</summary>
    private List<IPublishedMessage<FeedbackSubmitted>> PublishedFor(IReadOnlyCollection<FeedbackSubmitted> messages)
    {
        var ids = messages.Select(m => m.FeedbackId).ToHashSet();
        return Harness.Published.Select<FeedbackSubmitted>(p => ids.Contains(p.Context.Message.FeedbackId)).ToList();
    }

    private static FeedbackSubmitted Submitted(string text) => new(
        Guid.NewGuid(),
        Guid.NewGuid(),
        new DateTimeOffset(2024, 6, 1, 9, 30, 0, TimeSpan.Zero),
        new FeedbackDetails("acme", "csm-7", "email", 3, 2, "de", new DateTimeOffset(2024, 5, 31, 17, 0, 0, TimeSpan.FromHours(2))),
        text);
}
