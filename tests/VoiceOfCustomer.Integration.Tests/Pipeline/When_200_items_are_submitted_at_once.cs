using VoiceOfCustomer.Contracts;
using VoiceOfCustomer.Integration.Tests.Support;
using VoiceOfCustomer.Testing;

namespace VoiceOfCustomer.Integration.Tests.Pipeline;

public sealed class When_200_items_are_submitted_at_once
{
    private const int Items = 200;

    private Guid[] ids = [];
    private long watched;
    private DownstreamRows rows = null!;

    [OneTimeSetUp]
    public async Task Submit()
    {
        var pipeline = DistributedPipeline.Current;
        var account = await pipeline.Api.CreateAccountAsync();
        ids = await Task.WhenAll(Enumerable.Range(1, Items).Select(n => pipeline.Api.SubmitAsync(account, $"Request {n}: bulk edit for price lists.")));
        watched = await Eventually.Until(
            () => pipeline.Tables.CountAtStageAsync(ids, PipelineStage.Watched), count => count == Items, Patience.ManyItems, $"all {Items} items to reach watched");
        rows = await pipeline.Tables.DownstreamRowsAsync(ids);
    }

    [Test]
    public void Each_is_accepted_as_an_item_of_its_own() => Assert.That(ids.Distinct().Count(), Is.EqualTo(Items));

    [Test]
    public void Every_item_reaches_watched() => Assert.That(watched, Is.EqualTo(Items));

    [Test]
    public void Each_downstream_table_holds_exactly_one_row_per_item() => Assert.That(rows, Is.EqualTo(DownstreamRows.Each(Items)));
}
