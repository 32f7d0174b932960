using System.Net;
using VoiceOfCustomer.Ingestion.Features.CsvImport;
using VoiceOfCustomer.Ingestion.Tests.Support;

namespace VoiceOfCustomer.Ingestion.Tests.CsvImport;

/// <summary>The file of <see cref="When_accounts_then_feedback_are_imported"/> in batches of two rows: reading runs ahead of writing, and nothing shows it.</summary>
public sealed class When_a_file_is_imported_in_small_batches
{
    private AllInOneHost _host = null!;
    private HttpClient _client = null!;
    private ImportReport _feedback = null!;

    [OneTimeSetUp]
    public async Task Import()
    {
        _host = AllInOneHost.Start(new Dictionary<string, string> { ["Ingestion:ImportBatchSize"] = "2" });
        _client = _host.CreateApiClient();
        using (var accounts = await _client.ImportAsync("accounts", Files.Accounts))
        {
            Assert.That(accounts.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        using var feedback = await _client.ImportAsync("feedback", Files.Feedback, "q1-feedback.csv");
        Assert.That(feedback.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        _feedback = await feedback.ReadAsync<ImportReport>();
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _client.Dispose();
        await _host.DisposeAsync();
    }

    [Test]
    public void It_reports_the_same_totals_as_in_one_batch()
    {
        Assert.That(_feedback.Status, Is.EqualTo("completed"), _feedback.Failure);
        Assert.That((_feedback.RowsRead, _feedback.RowsAccepted, _feedback.RowsRejected), Is.EqualTo((6, 3, 3)));
    }

    [Test]
    public async Task It_lists_each_bad_row_by_the_line_it_starts_on()
    {
        using var response = await _client.GetAsync(_feedback.ErrorsUrl);
        var errors = await response.ReadAsync<List<RowError>>();
        Assert.That(errors.Select(e => (e.Line, e.Field)), Is.EqualTo(new[] { (4, "sourceChannel"), (6, "csmImportance"), (7, "accountId") }));
    }

    [Test]
    public async Task It_writes_every_good_row_once()
    {
        var counts = await _host.SettledCountsAsync();
        Assert.That(counts.Feedback, Is.EqualTo(3));
        Assert.That(counts.ImportErrors, Is.EqualTo(3 + 3), "three errors in the accounts (line 5 has two), one for each of three feedback rows");
    }
}
