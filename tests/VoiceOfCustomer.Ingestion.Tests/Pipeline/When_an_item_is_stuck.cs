using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using VoiceOfCustomer.Ingestion.Features.Pipeline;
using VoiceOfCustomer.Ingestion.Tests.Support;

namespace VoiceOfCustomer.Ingestion.Tests.Pipeline;

public sealed class When_an_item_is_stuck
{
    private static readonly string[] EveryStage = ["submitted", "tagged", "queued", "watched"];

    private AllInOneHost _host = null!;
    private HttpClient _client = null!;
    private Guid _stuck;
    private Guid _justStopped;
    private Guid _finished;
    private DateTimeOffset _lostAt;
    private int _nudged;
    private FeedbackView _recovered = null!;
    private int _nudgedAgain;

    [OneTimeSetUp]
    public async Task Reconcile()
    {
        // The host's own timer must not run during the test: this pass is the one the test makes.
        _host = AllInOneHost.Start(new Dictionary<string, string> { ["Ingestion:ReconcileEvery"] = "1.00:00:00" });
        _client = _host.CreateApiClient();
        (await _client.PutAccountAsync("acme")).EnsureSuccessStatusCode();
        _stuck = await SubmitAndWatchAsync("stuck for an hour");
        _justStopped = await SubmitAndWatchAsync("stopped a moment ago");
        _finished = await SubmitAndWatchAsync("went through");
        _lostAt = DateTimeOffset.UtcNow;
        await _host.LoseDownstreamStagesAsync(_stuck, DateTimeOffset.UtcNow.AddHours(-1));
        await _host.LoseDownstreamStagesAsync(_justStopped, DateTimeOffset.UtcNow);

        var reconciler = _host.Services.GetServices<IHostedService>().OfType<StuckFeedbackReconciler>().Single();
        _nudged = await reconciler.ReconcileAsync(CancellationToken.None);
        _recovered = await _client.WatchedAsync(_stuck);
        _nudgedAgain = await reconciler.ReconcileAsync(CancellationToken.None);
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _client.Dispose();
        await _host.DisposeAsync();
    }

    [Test]
    public void It_republishes_only_the_item_stuck_past_the_timeout() =>
        Assert.That(_nudged, Is.EqualTo(1));

    [Test]
    public void It_carries_the_item_through_every_stage_again()
    {
        Assert.That(_recovered.History.Select(h => h.Stage), Is.EqualTo(EveryStage));
        Assert.That(_recovered.History.Skip(1).Select(h => h.ReachedAt), Is.All.GreaterThan(_lostAt), "the stages were done again, after the crash");
    }

    [Test]
    public async Task It_has_the_lost_stages_redone_by_the_services() =>
        Assert.That(await _host.IsTaggedAsync(_stuck), Is.True);

    [Test]
    public async Task It_leaves_an_item_that_has_not_been_stuck_long_enough()
    {
        Assert.That((await _client.GetFeedbackAsync(_justStopped)).Stage, Is.EqualTo("submitted"));
        Assert.That(await _host.IsTaggedAsync(_justStopped), Is.False);
    }

    [Test]
    public async Task It_leaves_items_that_finished_alone()
    {
        Assert.That(_nudgedAgain, Is.Zero);
        Assert.That((await _client.GetFeedbackAsync(_finished)).History.Select(h => h.Stage), Is.EqualTo(EveryStage));
    }

    private async Task<Guid> SubmitAndWatchAsync(string text)
    {
        using var response = await _client.SubmitAsync(Api.Feedback(text: text));
        var accepted = await response.ReadAsync<Accepted>();
        await _client.WatchedAsync(accepted.FeedbackId);
        return accepted.FeedbackId;
    }
}
