using VoiceOfCustomer.Contracts;
using VoiceOfCustomer.Integration.Tests.Support;
using VoiceOfCustomer.Testing;

namespace VoiceOfCustomer.Integration.Tests.Pipeline;

/// <summary>Items submitted while Tagging is stopped wait in its queue and go through once it is back.</summary>
public sealed class When_tagging_restarts
{
    private const int Items = 20;
    private const string TaggingQueue = "tag-feedback";

    private Guid[] ids = [];
    private uint? waitingInQueue;
    private long stillSubmitted;
    private long watched;
    private DownstreamRows rows = null!;

    [OneTimeSetUp]
    public async Task SubmitWhileTaggingIsStopped()
    {
        var pipeline = DistributedPipeline.Current;
        var account = await pipeline.Api.CreateAccountAsync();
        await pipeline.Hosts.StopTaggingAsync();
        try
        {
            ids = await Task.WhenAll(Enumerable.Range(1, Items).Select(n => pipeline.Api.SubmitAsync(account, $"Sent while tagging was down, number {n}.")));
            waitingInQueue = await Eventually.Until(
                () => pipeline.Queues.ReadyMessagesAsync(TaggingQueue), count => count >= Items, Patience.OneItem, $"{Items} messages waiting in {TaggingQueue}");
            stillSubmitted = await pipeline.Tables.CountAtStageAsync(ids, PipelineStage.Submitted);
        }
        finally
        {
            await pipeline.Hosts.StartTaggingAsync();
        }

        watched = await Eventually.Until(
            () => pipeline.Tables.CountAtStageAsync(ids, PipelineStage.Watched), count => count == Items, Patience.ManyItems, $"all {Items} items to reach watched");
        rows = await pipeline.Tables.DownstreamRowsAsync(ids);
    }

    [Test]
    public void The_broker_keeps_them_while_tagging_is_stopped() => Assert.That(waitingInQueue, Is.GreaterThanOrEqualTo(Items));

    [Test]
    public void None_moves_past_submitted_while_tagging_is_stopped() => Assert.That(stillSubmitted, Is.EqualTo(Items));

    [Test]
    public void Every_item_reaches_watched_once_tagging_is_back() => Assert.That(watched, Is.EqualTo(Items));

    [Test]
    public void Each_downstream_table_holds_exactly_one_row_per_item() => Assert.That(rows, Is.EqualTo(DownstreamRows.Each(Items)));
}
