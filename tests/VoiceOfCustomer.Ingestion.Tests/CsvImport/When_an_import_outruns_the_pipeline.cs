using System.Globalization;
using System.Net;
using System.Text;
using Dapper;
using VoiceOfCustomer.Ingestion.Features.CsvImport;
using VoiceOfCustomer.Ingestion.Tests.Support;
using VoiceOfCustomer.Testing;

namespace VoiceOfCustomer.Ingestion.Tests.CsvImport;

/// <summary>
/// An import far larger than Ingestion:MaxInFlight: the outbox relay holds the backlog in the outbox table and
/// lets it into the pipeline as items finish, and every item still reaches the last stage.
/// </summary>
public sealed class When_an_import_outruns_the_pipeline
{
    private const int Rows = 600;

    private AllInOneHost _host = null!;
    private ImportReport _report = null!;

    [OneTimeSetUp]
    public async Task Import()
    {
        _host = AllInOneHost.Start(new Dictionary<string, string>
        {
            ["Ingestion:MaxInFlight"] = "100",
            ["Ingestion:ImportBatchSize"] = "50",
            ["Ingestion:ReconcileEvery"] = "1.00:00:00",
        });
        using var client = _host.CreateApiClient();
        using (var accounts = await client.ImportAsync("accounts", Files.GoodAccounts))
        {
            Assert.That(accounts.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        using var response = await client.ImportAsync("feedback", Feedback(Rows), "large.csv");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        _report = await response.ReadAsync<ImportReport>();
    }

    [OneTimeTearDown]
    public async Task Stop() => await _host.DisposeAsync();

    [Test]
    public void It_completes_the_import()
    {
        Assert.That(_report.Status, Is.EqualTo("completed"), _report.Failure);
        Assert.That((_report.RowsRead, _report.RowsAccepted, _report.RowsRejected), Is.EqualTo((Rows, Rows, 0)));
    }

    [Test]
    public async Task It_carries_every_item_to_the_last_stage()
    {
        await using var connection = _host.Connect();
        var watched = await Eventually.Until(
            () => connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM ingestion_feedback WHERE stage = 3"),
            count => count == Rows, TimeSpan.FromSeconds(60), $"all {Rows} items to be watched");
        Assert.That(watched, Is.EqualTo(Rows));
        Assert.That((await _host.CountsAsync()).Outbox, Is.Zero);
        Assert.That(await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM review_feedback"), Is.EqualTo(Rows));
    }

    private static string Feedback(int rows)
    {
        var csv = new StringBuilder("accountId,text,sourceChannel,csmId,csmImportance,goalProximity,occurredAt\n");
        for (var i = 0; i < rows; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{(i % 2 == 0 ? "acme" : "globex")},Report {i} times out,call,csm-ana,{i % 4},0,2026-02-20T15:30:00Z\n");
        }

        return csv.ToString();
    }
}
