using MassTransit;
using VoiceOfCustomer.Contracts;
using VoiceOfCustomer.Hosting.Messaging;
using VoiceOfCustomer.Integration.Tests.Support;
using VoiceOfCustomer.Testing;

namespace VoiceOfCustomer.Integration.Tests.Pipeline;

/// <summary>At-least-once delivery: the relay's FeedbackSubmitted for an item, then the same message (same id) twice more straight onto the bus.</summary>
public sealed class When_the_same_submission_is_published_twice
{
    private const int Copies = 2;

    private int watchedBefore;
    private int watchedAfter;
    private FeedbackView item = null!;
    private DownstreamRows rows = null!;

    [OneTimeSetUp]
    public async Task PublishTwice()
    {
        var pipeline = DistributedPipeline.Current;
        await using var watchedEvents = await pipeline.Queues.TapAsync(MessageExchange.Of<FeedbackWatched>());
        var account = await pipeline.Api.CreateAccountAsync();
        var id = await pipeline.Api.SubmitAsync(account, "Two copies of this must still make one item.");
        await pipeline.Api.WaitUntilWatchedAsync(id);

        var watchedId = MessageIds.For(id, nameof(FeedbackWatched));
        watchedBefore = await watchedEvents.CountAsync(watchedId);
        var submitted = await pipeline.Tables.SubmittedMessageAsync(id);
        var messageId = MessageIds.For(id, nameof(FeedbackSubmitted));

        // One copy after the other: two copies in flight together may share a batch, and MassTransit folds a batch's
        // messages with the same id into one, so only separate deliveries show that each stage absorbs a redelivery.
        watchedAfter = watchedBefore;
        for (var copy = 1; copy <= Copies; copy++)
        {
            await pipeline.Hosts.IngestionBus.Publish(submitted, context =>
            {
                context.MessageId = messageId;
                context.CorrelationId = submitted.CorrelationId;
            });

            // Review re-announces an item it already watches, so a copy that went all the way shows up once more.
            var expected = watchedAfter + 1;
            watchedAfter = await Eventually.Until(
                () => watchedEvents.CountAsync(watchedId), count => count >= expected, Patience.OneItem, $"copy {copy} to come out of Review");
        }

        item = await pipeline.Api.GetAsync(id);
        rows = await pipeline.Tables.DownstreamRowsAsync([id]);
    }

    [Test]
    public void Both_copies_travel_the_whole_pipeline()
    {
        Assert.That(watchedBefore, Is.GreaterThanOrEqualTo(1), "the relay's copy was announced before the copies were published");
        Assert.That(watchedAfter - watchedBefore, Is.GreaterThanOrEqualTo(Copies));
    }

    [Test]
    public void Each_downstream_table_still_holds_one_row() => Assert.That(rows, Is.EqualTo(DownstreamRows.Each(1)));

    [Test]
    public void The_item_stays_watched_with_one_entry_per_stage()
    {
        Assert.That(item.Stage, Is.EqualTo(FeedbackView.Watched));
        Assert.That(item.History.Select(stage => stage.Stage), Is.EqualTo(FeedbackView.AllStages));
    }
}
