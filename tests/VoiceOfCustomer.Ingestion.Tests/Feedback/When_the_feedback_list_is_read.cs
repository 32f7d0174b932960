using System.Net;
using VoiceOfCustomer.Ingestion.Tests.Support;

namespace VoiceOfCustomer.Ingestion.Tests.Feedback;

public sealed class When_the_feedback_list_is_read
{
    private readonly List<Guid> _submitted = [];
    private AllInOneHost _host = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public async Task Submit()
    {
        _host = AllInOneHost.Start();
        _client = _host.CreateApiClient();
        (await _client.PutAccountAsync("acme")).EnsureSuccessStatusCode();
        for (var i = 1; i <= 3; i++)
        {
            using var response = await _client.SubmitAsync(Api.Feedback(text: $"Request number {i}"));
            _submitted.Add((await response.ReadAsync<Accepted>()).FeedbackId);
        }
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _client.Dispose();
        await _host.DisposeAsync();
    }

    [Test]
    public async Task It_pages_newest_first_with_the_cursor_it_returns()
    {
        using var first = await _client.GetAsync("/api/feedback?accountId=acme&limit=2");
        var page1 = await first.ReadAsync<FeedbackPage>();
        Assert.That(page1.NextCursor, Is.Not.Null);
        using var second = await _client.GetAsync($"/api/feedback?accountId=acme&limit=2&cursor={Uri.EscapeDataString(page1.NextCursor!)}");
        var page2 = await second.ReadAsync<FeedbackPage>();

        Assert.That(page1.Items.Concat(page2.Items).Select(i => i.FeedbackId), Is.EqualTo(Enumerable.Reverse(_submitted)));
        Assert.That(page2.NextCursor, Is.Null);
    }

    [TestCase("stage=approved", "stage")]
    [TestCase("stage=", "stage")]
    [TestCase("cursor=not-a-cursor", "cursor")]
    [TestCase("cursor=123_abc", "cursor")]
    [TestCase("limit=0", "limit")]
    [TestCase("limit=201", "limit")]
    public async Task It_answers_400_naming_the_parameter_it_cannot_use(string query, string field)
    {
        using var response = await _client.GetAsync($"/api/feedback?{query}");

        var problem = await Problem.ReadAsync(response);
        Assert.That(problem.Status, Is.EqualTo(HttpStatusCode.BadRequest), problem.ToString());
        Assert.That(problem.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(problem.Fields, Does.Contain(field));
    }
}
