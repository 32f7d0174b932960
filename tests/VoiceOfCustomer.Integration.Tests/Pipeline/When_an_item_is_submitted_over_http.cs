using VoiceOfCustomer.Integration.Tests.Support;

namespace VoiceOfCustomer.Integration.Tests.Pipeline;

public sealed class When_an_item_is_submitted_over_http
{
    private FeedbackView item = null!;
    private DownstreamRows rows = null!;

    [OneTimeSetUp]
    public async Task Submit()
    {
        var pipeline = DistributedPipeline.Current;
        var account = await pipeline.Api.CreateAccountAsync();
        var id = await pipeline.Api.SubmitAsync(account, "A exportação para CSV perde os nomes com acentos.");
        item = await pipeline.Api.WaitUntilWatchedAsync(id);
        rows = await pipeline.Tables.DownstreamRowsAsync([id]);
    }

    [Test]
    public void It_reaches_watched() => Assert.That(item.Stage, Is.EqualTo(FeedbackView.Watched));

    [Test]
    public void Its_history_names_every_stage_in_pipeline_order() =>
        Assert.That(item.History.Select(stage => stage.Stage), Is.EqualTo(FeedbackView.AllStages));

    [Test]
    public void Each_stage_was_reached_no_earlier_than_the_one_before() =>
        Assert.That(item.History.Select(stage => stage.ReachedAt), Is.Ordered);

    [Test]
    public void Each_downstream_service_recorded_it_once() => Assert.That(rows, Is.EqualTo(DownstreamRows.Each(1)));
}
