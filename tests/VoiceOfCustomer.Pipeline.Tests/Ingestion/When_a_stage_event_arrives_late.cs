using Microsoft.Extensions.DependencyInjection;
using VoiceOfCustomer.Contracts;
using VoiceOfCustomer.Hosting.Messaging;
using VoiceOfCustomer.Ingestion;
using VoiceOfCustomer.Ingestion.Features.Feedback;
using VoiceOfCustomer.Pipeline.Tests.Support;
using VoiceOfCustomer.Testing;

namespace VoiceOfCustomer.Pipeline.Tests.Ingestion;

public sealed class When_a_stage_event_arrives_late
{
    private const string StageOf = "SELECT stage FROM ingestion_feedback WHERE feedback_id = @Id";
    private const string HistoryOf = "SELECT stage FROM ingestion_stage_history WHERE feedback_id = @Id ORDER BY stage";

    private static readonly DateTimeOffset TaggedAt = ConsumerHost.Start.AddSeconds(1);
    private static readonly DateTimeOffset QueuedAt = ConsumerHost.Start.AddSeconds(2);
    private static readonly DateTimeOffset WatchedAt = ConsumerHost.Start.AddSeconds(3);

    private ConsumerHost _host = null!;
    private Guid _lateItem;
    private Guid _inOrderItem;

    [OneTimeSetUp]
    public async Task Deliver()
    {
        _host = await ConsumerHost.StartAsync(services => services.AddIngestion(), bus => bus.AddIngestionConsumers());
        _lateItem = await SubmitAsync("late");
        _inOrderItem = await SubmitAsync("in-order");

        await DeliverAsync(Messages.Watched(_lateItem, WatchedAt), _lateItem, PipelineStage.Watched);
        await DeliverAsync(Messages.Tagged(_lateItem, TaggedAt), _lateItem, PipelineStage.Tagged);

        await DeliverAsync(Messages.Tagged(_inOrderItem, TaggedAt), _inOrderItem, PipelineStage.Tagged);
        await DeliverAsync(Messages.Queued(_inOrderItem, QueuedAt), _inOrderItem, PipelineStage.Queued);
    }

    [OneTimeTearDown]
    public async Task Stop() => await _host.DisposeAsync();

    [Test]
    public async Task It_leaves_the_item_at_the_later_stage() =>
        Assert.That(await _host.ScalarAsync<int>(StageOf, new { Id = _lateItem }), Is.EqualTo((int)PipelineStage.Watched));

    [Test]
    public async Task It_keeps_the_time_the_later_stage_was_reached() =>
        Assert.That(
            await _host.ScalarAsync<DateTimeOffset>("SELECT stage_changed_at FROM ingestion_feedback WHERE feedback_id = @Id", new { Id = _lateItem }),
            Is.EqualTo(WatchedAt));

    [Test]
    public async Task It_still_records_that_the_earlier_stage_was_reached() =>
        Assert.That(await _host.QueryAsync<int>(HistoryOf, new { Id = _lateItem }), Is.EqualTo(new[] { (int)PipelineStage.Tagged, (int)PipelineStage.Watched }));

    [Test]
    public async Task It_moves_an_item_forward_through_stages_that_arrive_in_order()
    {
        Assert.That(await _host.ScalarAsync<int>(StageOf, new { Id = _inOrderItem }), Is.EqualTo((int)PipelineStage.Queued));
        Assert.That(await _host.QueryAsync<int>(HistoryOf, new { Id = _inOrderItem }), Is.EqualTo(new[] { (int)PipelineStage.Tagged, (int)PipelineStage.Queued }));
    }

    private async Task<Guid> SubmitAsync(string key)
    {
        var writer = _host.Services.GetRequiredService<FeedbackWriter>();
        var feedback = new NewFeedback("acme", null, null, $"Feedback {key}", "email", "csm-ana", 2, null, 0, "en",
            Messages.OccurredAt, key, RequestHash: key);
        await using var work = await _host.Database.BeginAsync(CancellationToken.None);
        var id = await writer.WriteAsync(work, feedback, importJobId: null, ConsumerHost.Start, CancellationToken.None);
        await work.CommitAsync(CancellationToken.None);
        return id!.Value;
    }

    /// <summary>Publishes a stage event and waits until Ingestion has recorded it, so the next one is surely later.</summary>
    private async Task DeliverAsync<T>(T message, Guid feedbackId, PipelineStage stage)
        where T : class
    {
        await _host.PublishAsync(message, MessageIds.For(feedbackId, typeof(T).Name));
        await Eventually.Until(
            () => _host.QueryAsync<int>(HistoryOf, new { Id = feedbackId }),
            stages => stages.Contains((int)stage), TimeSpan.FromSeconds(30), $"{feedbackId} to reach {stage}");
    }
}
