using System.Net;
using System.Text;
using MassTransit;
using RabbitMQ.Client;
using VoiceOfCustomer.Contracts;
using VoiceOfCustomer.Integration.Tests.Support;
using VoiceOfCustomer.Testing;

namespace VoiceOfCustomer.Integration.Tests.Pipeline;

/// <summary>
/// A FeedbackSubmitted without an account id breaks tagging_items' NOT NULL constraint on every attempt. It is sent
/// alone: a batch consumer fails as a whole, so messages sharing its batch would land in the error queue with it.
/// </summary>
public sealed class When_a_message_keeps_failing
{
    private const string TaggingErrorQueue = "tag-feedback_error";

    private readonly Guid poisonMessageId = NewId.NextGuid();
    private readonly Guid poisonFeedbackId = Guid.NewGuid();
    private BasicGetResult? faulted;
    private DownstreamRows poisonRows = null!;
    private HttpStatusCode taggingReadiness;
    private FeedbackView following = null!;

    [OneTimeSetUp]
    public async Task PublishPoison()
    {
        var pipeline = DistributedPipeline.Current;
        var now = DateTimeOffset.UtcNow;
        var poison = new FeedbackSubmitted(poisonFeedbackId, Guid.NewGuid(), now,
            new FeedbackDetails(AccountId: null!, "csm-ana", "call", 1, 0, "pt", now), "An item that no database will take.");
        await pipeline.Hosts.IngestionBus.Publish(poison, context => context.MessageId = poisonMessageId);

        await Eventually.Until(
            () => pipeline.Queues.ReadyMessagesAsync(TaggingErrorQueue), count => count >= 1, Patience.OneItem, $"the poison message to reach {TaggingErrorQueue}");
        faulted = await pipeline.Queues.TakeAsync(TaggingErrorQueue);
        poisonRows = await pipeline.Tables.DownstreamRowsAsync([poisonFeedbackId]);

        taggingReadiness = await ServiceHosts.ReadinessAsync(pipeline.Hosts.Tagging);
        var account = await pipeline.Api.CreateAccountAsync();
        following = await pipeline.Api.WaitUntilWatchedAsync(await pipeline.Api.SubmitAsync(account, "A good item after the poison one."));
    }

    [Test]
    public void It_lands_in_the_error_queue_of_the_tagging_endpoint() =>
        Assert.That(faulted?.BasicProperties.MessageId, Is.EqualTo(poisonMessageId.ToString()));

    [Test]
    public void The_error_queue_keeps_why_it_failed() =>
        Assert.That(Header(faulted, "MT-Fault-Message"), Does.Contain("23502").And.Contain("account_id"));

    [Test]
    public void Nothing_of_it_was_written() => Assert.That(poisonRows, Is.EqualTo(DownstreamRows.Each(0)));

    [Test]
    public void Tagging_stays_ready() => Assert.That(taggingReadiness, Is.EqualTo(HttpStatusCode.OK));

    [Test]
    public void A_following_good_item_still_reaches_watched() => Assert.That(following.Stage, Is.EqualTo(FeedbackView.Watched));

    private static string? Header(BasicGetResult? message, string name) =>
        message?.BasicProperties.Headers?.TryGetValue(name, out var value) == true && value is byte[] bytes ? Encoding.UTF8.GetString(bytes) : null;
}
