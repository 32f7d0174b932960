using System.Net;
using VoiceOfCustomer.Ingestion.Tests.Support;

namespace VoiceOfCustomer.Ingestion.Tests.CsvImport;

public sealed class When_a_file_cannot_be_imported
{
    private AllInOneHost _host = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _host = AllInOneHost.Start();
        _client = _host.CreateApiClient();
        using var accounts = await _client.ImportAsync("accounts", Files.GoodAccounts);
        Assert.That(accounts.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _client.Dispose();
        await _host.DisposeAsync();
    }

    [Test]
    public async Task It_refuses_a_file_missing_a_required_column_and_writes_nothing()
    {
        var before = await _host.SettledCountsAsync();

        using var response = await _client.ImportAsync("feedback", Files.FeedbackWithoutChannel);

        var problem = await Problem.ReadAsync(response);
        Assert.That(problem.Status, Is.EqualTo(HttpStatusCode.BadRequest), problem.ToString());
        Assert.That(problem.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(problem.Fields, Does.Contain("header"));
        Assert.That(problem.Body.GetProperty("errors").GetProperty("header")[0].GetString(), Does.Contain("sourceChannel"));
        Assert.That(await _host.CountsAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task It_refuses_an_accounts_file_missing_a_required_column_and_writes_nothing()
    {
        var before = await _host.SettledCountsAsync();

        using var response = await _client.ImportAsync("accounts", "Account ID,Name,Region\nacme,Acme,EMEA\n");

        var problem = await Problem.ReadAsync(response);
        Assert.That(problem.Status, Is.EqualTo(HttpStatusCode.BadRequest), problem.ToString());
        Assert.That(problem.Fields, Does.Contain("header"));
        Assert.That(await _host.CountsAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task It_refuses_an_empty_file_and_writes_nothing()
    {
        var before = await _host.SettledCountsAsync();

        using var response = await _client.ImportAsync("feedback", "");

        var problem = await Problem.ReadAsync(response);
        Assert.That(problem.Status, Is.EqualTo(HttpStatusCode.BadRequest), problem.ToString());
        Assert.That(problem.Fields, Does.Contain("file"));
        Assert.That(await _host.CountsAsync(), Is.EqualTo(before));
    }

    [TestCase("application/json")]
    [TestCase("text/plain")]
    public async Task It_answers_415_to_a_body_that_is_not_csv_and_writes_nothing(string mediaType)
    {
        var before = await _host.SettledCountsAsync();

        using var content = new StringContent(Files.GoodFeedback, System.Text.Encoding.UTF8, mediaType);
        using var response = await _client.PostAsync("/api/imports/feedback", content);

        var problem = await Problem.ReadAsync(response);
        Assert.That(problem.Status, Is.EqualTo(HttpStatusCode.UnsupportedMediaType), problem.ToString());
        Assert.That(problem.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(await _host.CountsAsync(), Is.EqualTo(before));
    }
}
