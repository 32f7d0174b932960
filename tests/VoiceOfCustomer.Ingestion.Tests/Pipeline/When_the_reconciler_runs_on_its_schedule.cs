using VoiceOfCustomer.Ingestion.Tests.Support;

namespace VoiceOfCustomer.Ingestion.Tests.Pipeline;

public sealed class When_the_reconciler_runs_on_its_schedule
{
    private static readonly string[] EveryStage = ["submitted", "tagged", "queued", "watched"];

    private AllInOneHost _host = null!;
    private HttpClient _client = null!;
    private Guid _stuck;
    private DateTimeOffset _lostAt;

    [OneTimeSetUp]
    public async Task Start()
    {
        _host = AllInOneHost.Start(new Dictionary<string, string>
        {
            ["Ingestion:StuckAfter"] = "00:00:01",
            ["Ingestion:ReconcileEvery"] = "00:00:01",
        });
        _client = _host.CreateApiClient();
        (await _client.PutAccountAsync("acme")).EnsureSuccessStatusCode();
        using var response = await _client.SubmitAsync(Api.Feedback());
        _stuck = (await response.ReadAsync<Accepted>()).FeedbackId;
        await _client.WatchedAsync(_stuck);
        _lostAt = DateTimeOffset.UtcNow;
        await _host.LoseDownstreamStagesAsync(_stuck, DateTimeOffset.UtcNow.AddMinutes(-10));
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _client.Dispose();
        await _host.DisposeAsync();
    }

    [Test]
    public async Task It_brings_the_item_to_the_last_stage_by_itself()
    {
        var item = await _client.WatchedAsync(_stuck);
        Assert.That(item.History.Select(h => h.Stage), Is.EqualTo(EveryStage));
        Assert.That(item.History.Skip(1).Select(h => h.ReachedAt), Is.All.GreaterThan(_lostAt), "the stages were done again, after the crash");
        Assert.That(await _host.IsTaggedAsync(_stuck), Is.True);
    }
}
