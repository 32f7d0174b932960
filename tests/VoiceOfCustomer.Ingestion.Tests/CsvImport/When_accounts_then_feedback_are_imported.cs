using System.Net;
using VoiceOfCustomer.Contracts;
using VoiceOfCustomer.Ingestion.Features.CsvImport;
using VoiceOfCustomer.Ingestion.Tests.Support;

namespace VoiceOfCustomer.Ingestion.Tests.CsvImport;

public sealed class When_accounts_then_feedback_are_imported
{
    private static readonly int[] RejectedLines = [4, 6, 7];

    private AllInOneHost _host = null!;
    private HttpClient _client = null!;
    private HttpStatusCode _accountsStatus;
    private ImportReport _accounts = null!;
    private HttpStatusCode _feedbackStatus;
    private ImportReport _feedback = null!;

    [OneTimeSetUp]
    public async Task Import()
    {
        _host = AllInOneHost.Start();
        _client = _host.CreateApiClient();
        using (var accounts = await _client.ImportAsync("accounts", Files.Accounts, "crm-accounts.csv", byteOrderMark: true))
        {
            _accountsStatus = accounts.StatusCode;
            _accounts = await accounts.ReadAsync<ImportReport>();
        }

        using var feedback = await _client.ImportAsync("feedback", Files.Feedback, "q1-feedback.csv", byteOrderMark: true);
        _feedbackStatus = feedback.StatusCode;
        _feedback = await feedback.ReadAsync<ImportReport>();
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _client.Dispose();
        await _host.DisposeAsync();
    }

    [Test]
    public void It_reports_the_accounts_read_accepted_and_rejected()
    {
        Assert.That(_accountsStatus, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(_accounts.Kind, Is.EqualTo("accounts"));
        Assert.That(_accounts.FileName, Is.EqualTo("crm-accounts.csv"));
        Assert.That(_accounts.Status, Is.EqualTo("completed"), _accounts.Failure);
        Assert.That((_accounts.RowsRead, _accounts.RowsAccepted, _accounts.RowsRejected), Is.EqualTo((4, 2, 2)));
    }

    [Test]
    public void It_lists_each_bad_account_row_by_line_and_field() =>
        Assert.That(_accounts.Errors.Select(e => (e.Line, e.Field)), Is.EquivalentTo(new[] { (4, "country"), (5, "arr"), (5, "sizeBand") }));

    [Test]
    public async Task It_keeps_quoted_commas_and_extra_columns_of_an_account()
    {
        using var response = await _client.GetAsync("/api/accounts/acme");
        var acme = await response.ReadAsync<AccountProfile>();
        Assert.That(acme.Name, Is.EqualTo("Acme, Inc."));
        Assert.That(acme.Arr, Is.EqualTo(120000.50m));
        Assert.That(acme.Custom, Is.EquivalentTo(new Dictionary<string, string> { ["tier_notes"] = "Renewal in Q3, watch churn" }));
    }

    [Test]
    public async Task It_does_not_create_the_rejected_accounts()
    {
        using var initech = await _client.GetAsync("/api/accounts/initech");
        using var umbrella = await _client.GetAsync("/api/accounts/umbrella");
        Assert.That(initech.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(umbrella.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public void It_reports_the_feedback_read_accepted_and_rejected()
    {
        Assert.That(_feedbackStatus, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(_feedback.Status, Is.EqualTo("completed"), _feedback.Failure);
        Assert.That((_feedback.RowsRead, _feedback.RowsAccepted, _feedback.RowsRejected), Is.EqualTo((6, 3, 3)));
    }

    [Test]
    public void It_lists_each_bad_feedback_row_by_the_line_it_starts_on() =>
        Assert.That(_feedback.Errors.Select(e => (e.Line, e.Field)), Is.EquivalentTo(new[] { (4, "sourceChannel"), (6, "csmImportance"), (7, "accountId") }));

    [Test]
    public async Task It_keeps_the_good_rows_as_written()
    {
        using var response = await _client.GetAsync("/api/feedback?limit=50");
        var page = await response.ReadAsync<FeedbackPage>();
        var texts = await Task.WhenAll(page.Items.Select(async i => (await _client.GetFeedbackAsync(i.FeedbackId)).Text));
        Assert.That(texts, Is.EquivalentTo(new[] { Files.MultiLineText, "SSO login loops", "The \"Save\" button does nothing" }));
    }

    [Test]
    public async Task It_ties_the_imported_items_to_the_import()
    {
        using var response = await _client.GetAsync("/api/feedback?accountId=acme");
        var page = await response.ReadAsync<FeedbackPage>();
        var item = await _client.GetFeedbackAsync(page.Items.Single().FeedbackId);
        Assert.That(item.ImportJobId, Is.EqualTo(_feedback.JobId));
        Assert.That(item.BusinessGoal, Is.EqualTo("Close the books in two days"));
        Assert.That(item.ContactEmail, Is.EqualTo("maria@acme.example"));
    }

    [Test]
    public async Task It_sends_the_imported_items_down_the_pipeline()
    {
        using var response = await _client.GetAsync("/api/feedback?accountId=globex");
        var page = await response.ReadAsync<FeedbackPage>();
        foreach (var item in page.Items)
        {
            Assert.That((await _client.WatchedAsync(item.FeedbackId)).Stage, Is.EqualTo("watched"));
        }
    }

    [Test]
    public async Task It_shows_the_report_again_by_id()
    {
        using var response = await _client.GetAsync($"/api/imports/{_feedback.JobId}");
        var again = await response.ReadAsync<ImportReport>();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((again.Status, again.RowsRead, again.RowsAccepted, again.RowsRejected), Is.EqualTo(("completed", 6, 3, 3)));
        Assert.That(again.Errors, Is.EqualTo(_feedback.Errors));
        Assert.That(again.ErrorsUrl, Is.EqualTo($"/api/imports/{_feedback.JobId}/errors"));
    }

    [Test]
    public async Task It_lists_every_rejected_row_in_line_order()
    {
        using var response = await _client.GetAsync(_feedback.ErrorsUrl);
        var errors = await response.ReadAsync<List<RowError>>();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(errors.Select(e => e.Line), Is.EqualTo(RejectedLines));
        Assert.That(errors.Select(e => e.Message), Has.None.Empty);
    }

    [Test]
    public async Task It_answers_404_for_an_import_it_does_not_know()
    {
        var unknown = Guid.NewGuid();
        using var report = await _client.GetAsync($"/api/imports/{unknown}");
        using var errors = await _client.GetAsync($"/api/imports/{unknown}/errors");
        Assert.That(report.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(errors.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(report.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }
}
