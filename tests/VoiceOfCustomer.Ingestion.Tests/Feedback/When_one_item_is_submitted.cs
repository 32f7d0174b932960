using System.Net;
using VoiceOfCustomer.Ingestion.Tests.Support;

namespace VoiceOfCustomer.Ingestion.Tests.Feedback;

public sealed class When_one_item_is_submitted
{
    private static readonly string[] EveryStage = ["submitted", "tagged", "queued", "watched"];

    private AllInOneHost _host = null!;
    private HttpClient _client = null!;
    private HttpStatusCode _status;
    private Uri? _location;
    private Accepted _accepted = null!;

    [OneTimeSetUp]
    public async Task Submit()
    {
        _host = AllInOneHost.Start();
        _client = _host.CreateApiClient();
        (await _client.PutAccountAsync("acme")).EnsureSuccessStatusCode();
        using var response = await _client.SubmitAsync(Api.Feedback());
        _status = response.StatusCode;
        _location = response.Headers.Location;
        _accepted = await response.ReadAsync<Accepted>();
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _client.Dispose();
        await _host.DisposeAsync();
    }

    [Test]
    public void It_answers_202_with_the_new_item_id()
    {
        Assert.That(_status, Is.EqualTo(HttpStatusCode.Accepted));
        Assert.That(_accepted.FeedbackId, Is.Not.EqualTo(Guid.Empty));
        Assert.That(_accepted.Replayed, Is.False);
    }

    [Test]
    public void It_points_to_where_the_item_can_be_read() =>
        Assert.That(_location?.ToString(), Does.EndWith($"/api/feedback/{_accepted.FeedbackId}"));

    [Test]
    public async Task It_shows_the_item_as_it_was_logged()
    {
        var item = await _client.GetFeedbackAsync(_accepted.FeedbackId);
        Assert.That(item.AccountId, Is.EqualTo("acme"));
        Assert.That(item.Text, Is.EqualTo(Api.Feedback()["text"]!.GetValue<string>()));
        Assert.That(item.SourceChannel, Is.EqualTo("call"));
        Assert.That(item.CsmImportance, Is.EqualTo(2));
        Assert.That(item.GoalProximity, Is.EqualTo(3));
        Assert.That(item.Language, Is.EqualTo("pt-BR"));
        Assert.That(item.OccurredAt, Is.EqualTo(Api.OccurredAt));
    }

    [Test]
    public async Task It_goes_through_every_stage_of_the_pipeline()
    {
        var item = await _client.WatchedAsync(_accepted.FeedbackId);
        Assert.That(item.History.Select(h => h.Stage), Is.EqualTo(EveryStage));
        Assert.That(item.History.Select(h => h.ReachedAt), Is.Ordered);
    }

    [Test]
    public async Task It_is_listed_under_its_stage()
    {
        await _client.WatchedAsync(_accepted.FeedbackId);
        using var response = await _client.GetAsync("/api/feedback?stage=watched&accountId=acme");
        var page = await response.ReadAsync<FeedbackPage>();
        Assert.That(page.Items.Select(i => i.FeedbackId), Is.EqualTo(new[] { _accepted.FeedbackId }));
    }

    [Test]
    public async Task It_answers_404_for_an_id_it_does_not_know()
    {
        using var response = await _client.GetAsync($"/api/feedback/{Guid.NewGuid()}");
        var problem = await Problem.ReadAsync(response);
        Assert.That(problem.Status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(problem.MediaType, Is.EqualTo("application/problem+json"));
    }
}
