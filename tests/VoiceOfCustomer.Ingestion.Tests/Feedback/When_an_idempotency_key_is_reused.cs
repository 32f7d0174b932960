using System.Net;
using Dapper;
using VoiceOfCustomer.Ingestion.Tests.Support;

namespace VoiceOfCustomer.Ingestion.Tests.Feedback;

public sealed class When_an_idempotency_key_is_reused
{
    private const string RowsWithKey = "SELECT COUNT(*) FROM ingestion_feedback WHERE idempotency_key = @Key";

    private AllInOneHost _host = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _host = AllInOneHost.Start();
        _client = _host.CreateApiClient();
        (await _client.PutAccountAsync("acme")).EnsureSuccessStatusCode();
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _client.Dispose();
        await _host.DisposeAsync();
    }

    [Test]
    public async Task It_answers_the_same_item_and_keeps_one_row()
    {
        var feedback = WithKey("crm-ticket-1001");
        using var first = await _client.SubmitAsync(feedback);
        using var second = await _client.SubmitAsync(feedback);

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        var firstItem = await first.ReadAsync<Accepted>();
        var secondItem = await second.ReadAsync<Accepted>();
        Assert.That(secondItem.FeedbackId, Is.EqualTo(firstItem.FeedbackId));
        Assert.That(secondItem.Replayed, Is.True);
        Assert.That(second.Headers.Location, Is.EqualTo(first.Headers.Location));
        Assert.That(await RowsAsync("crm-ticket-1001"), Is.EqualTo(1));
    }

    [Test]
    public async Task It_refuses_the_key_for_different_content_with_409()
    {
        using var first = await _client.SubmitAsync(WithKey("crm-ticket-2002"));
        var original = await first.ReadAsync<Accepted>();
        var before = await _host.SettledCountsAsync();

        var other = WithKey("crm-ticket-2002");
        other["text"] = "A different complaint under the same key.";
        using var conflict = await _client.SubmitAsync(other);

        var problem = await Problem.ReadAsync(conflict);
        Assert.That(problem.Status, Is.EqualTo(HttpStatusCode.Conflict), problem.ToString());
        Assert.That(problem.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(problem.Field, Is.EqualTo("idempotencyKey"));
        Assert.That(problem.Text("feedbackId"), Is.EqualTo(original.FeedbackId.ToString()));
        Assert.That(await _host.CountsAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task It_makes_one_item_of_concurrent_submissions()
    {
        var feedback = WithKey("crm-ticket-3003");
        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => _client.SubmitAsync(feedback)));
        try
        {
            Assert.That(responses.Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.Accepted));
            var accepted = await Task.WhenAll(responses.Select(r => r.ReadAsync<Accepted>()));
            Assert.That(accepted.Select(a => a.FeedbackId).Distinct().Count(), Is.EqualTo(1));
            Assert.That(accepted.Count(a => !a.Replayed), Is.EqualTo(1), "exactly one request created the item");
            Assert.That(await RowsAsync("crm-ticket-3003"), Is.EqualTo(1));
        }
        finally
        {
            foreach (var response in responses)
            {
                response.Dispose();
            }
        }
    }

    private static System.Text.Json.Nodes.JsonObject WithKey(string key)
    {
        var feedback = Api.Feedback();
        feedback["idempotencyKey"] = key;
        return feedback;
    }

    private async Task<long> RowsAsync(string key)
    {
        await using var connection = _host.Connect();
        return await connection.ExecuteScalarAsync<long>(RowsWithKey, new { Key = key });
    }
}
