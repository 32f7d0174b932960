using System.Net;
using Dapper;
using VoiceOfCustomer.Ingestion.Features.CsvImport;
using VoiceOfCustomer.Ingestion.Tests.Support;

namespace VoiceOfCustomer.Ingestion.Tests.CsvImport;

public sealed class When_the_same_file_is_imported_twice
{
    private AllInOneHost _host = null!;
    private HttpClient _client = null!;
    private ImportReport _first = null!;
    private ImportReport _second = null!;
    private RowCounts _afterFirst = null!;
    private RowCounts _afterSecond = null!;

    [OneTimeSetUp]
    public async Task Import()
    {
        _host = AllInOneHost.Start();
        _client = _host.CreateApiClient();
        using (var accounts = await _client.ImportAsync("accounts", Files.GoodAccounts))
        {
            Assert.That(accounts.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        _first = await ImportFeedbackAsync();
        _afterFirst = await _host.SettledCountsAsync();
        _second = await ImportFeedbackAsync();
        _afterSecond = await _host.SettledCountsAsync();
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _client.Dispose();
        await _host.DisposeAsync();
    }

    [Test]
    public void It_completes_both_imports()
    {
        Assert.That((_first.Status, _first.RowsRead, _first.RowsRejected), Is.EqualTo(("completed", 3, 0)), _first.Failure);
        Assert.That((_second.Status, _second.RowsRead, _second.RowsRejected), Is.EqualTo(("completed", 3, 0)), _second.Failure);
        Assert.That(_second.JobId, Is.Not.EqualTo(_first.JobId));
    }

    [Test]
    public void It_adds_the_items_once()
    {
        Assert.That(_afterFirst.Feedback, Is.EqualTo(3));
        Assert.That(_afterSecond.Feedback, Is.EqualTo(3));
    }

    [Test]
    public async Task It_keys_each_row_by_its_content()
    {
        await using var connection = _host.Connect();
        var keys = (await connection.QueryAsync<string>("SELECT idempotency_key FROM ingestion_feedback")).ToList();
        Assert.That(keys, Is.Unique);
        Assert.That(keys, Is.All.StartsWith("row:"));
    }

    [Test]
    public async Task It_sends_each_item_down_the_pipeline_once()
    {
        using var response = await _client.GetAsync("/api/feedback");
        var page = await response.ReadAsync<FeedbackPage>();
        await Task.WhenAll(page.Items.Select(i => _client.WatchedAsync(i.FeedbackId)));
        await using var connection = _host.Connect();
        Assert.That(await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM review_feedback"), Is.EqualTo(3));
    }

    private async Task<ImportReport> ImportFeedbackAsync()
    {
        using var response = await _client.ImportAsync("feedback", Files.GoodFeedback, "weekly.csv");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return await response.ReadAsync<ImportReport>();
    }
}
