using System.Globalization;
using System.Text;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using VoiceOfCustomer.Hosting.Storage;
using VoiceOfCustomer.Ingestion.Features.CsvImport;
using VoiceOfCustomer.Ingestion.Features.Feedback;
using VoiceOfCustomer.Ingestion.Tests.Support;
using VoiceOfCustomer.Testing;

namespace VoiceOfCustomer.Ingestion.Tests.CsvImport;

/// <summary>
/// Imports in batches of two rows that stop part way (the upload breaks, a batch cannot be written, the client
/// goes away): what was committed stays, the job says failed after the last committed line, nothing more is written.
/// </summary>
public sealed class When_an_import_stops_part_way
{
    private AllInOneHost _host = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _host = AllInOneHost.Start(new Dictionary<string, string> { ["Ingestion:ImportBatchSize"] = "2" });
        using var client = _host.CreateApiClient();
        using var accounts = await client.ImportAsync("accounts", Files.GoodAccounts);
        accounts.EnsureSuccessStatusCode();
    }

    [OneTimeTearDown]
    public async Task Stop() => await _host.DisposeAsync();

    [Test]
    public async Task It_keeps_the_batches_read_before_the_upload_broke()
    {
        // Lines 2 to 5 arrive whole, line 6 half, then the connection breaks.
        var upload = new BrokenUploadStream(Csv(from: 0, count: 4) + "acme,Half a ro", new IOException("The connection was reset."));

        var report = await ImportAsync(upload, "broken.csv", kind => kind);

        Assert.That(report.Status, Is.EqualTo("failed"));
        Assert.That(report.Failure, Is.EqualTo("Stopped after line 5: The connection was reset."));
        Assert.That((report.RowsRead, report.RowsAccepted, report.RowsRejected), Is.EqualTo((4, 4, 0)));
        Assert.That(await ItemsOfAsync(report.JobId), Is.EqualTo(4));
    }

    [Test]
    public async Task It_stops_reading_when_a_batch_cannot_be_written()
    {
        var upload = new BrokenUploadStream(Csv(from: 100, count: 200), error: null);

        var report = await ImportAsync(upload, "disk-full.csv", kind => new FailingOnSecondBatch(kind));

        Assert.That(report.Status, Is.EqualTo("failed"));
        Assert.That(report.Failure, Is.EqualTo("Stopped after line 3: The disk is full."));
        Assert.That((report.RowsRead, report.RowsAccepted), Is.EqualTo((2, 2)));
        Assert.That(await ItemsOfAsync(report.JobId), Is.EqualTo(2));
        Assert.That(upload.BytesRead, Is.LessThan(upload.Length), "the rest of the upload was not read");
    }

    [Test]
    public async Task It_records_the_job_as_failed_when_the_client_goes_away()
    {
        using var client = new CancellationTokenSource();
        var upload = new BrokenUploadStream(Csv(from: 300, count: 4), error: null) { WaitAtEnd = true };
        var importing = ImportAsync(upload, "cancelled.csv", kind => kind, client.Token);
        await Eventually.Until(() => JobAsync("cancelled.csv"), job => job?.RowsAccepted == 4, TimeSpan.FromSeconds(30), "the first two batches");

        await client.CancelAsync();

        Assert.That(async () => await importing, Throws.InstanceOf<OperationCanceledException>());
        var job = await JobAsync("cancelled.csv");
        Assert.That(job?.Status, Is.EqualTo("failed"));
        Assert.That(job?.Failure, Does.StartWith("Stopped after line 5: "));
    }

    private async Task<ImportReport> ImportAsync(
        Stream upload, string fileName, Func<IImportKind<NewFeedback>, IImportKind<NewFeedback>> kind, CancellationToken cancellationToken = default)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<CsvImporter>();
        var outcome = await importer.ImportAsync(kind(scope.ServiceProvider.GetRequiredService<FeedbackImport>()), upload, fileName, Guid.CreateVersion7(), cancellationToken);
        return outcome.Report ?? throw new AssertionException($"The file was refused: {outcome.RefusedReason}");
    }

    private async Task<long> ItemsOfAsync(Guid jobId)
    {
        await using var connection = _host.Connect();
        return await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM ingestion_feedback WHERE import_job_id = @JobId", new { JobId = jobId });
    }

    private async Task<JobRow?> JobAsync(string fileName)
    {
        await using var connection = _host.Connect();
        return await connection.QuerySingleOrDefaultAsync<JobRow>(
            "SELECT status AS Status, rows_accepted AS RowsAccepted, failure AS Failure FROM ingestion_import_jobs WHERE file_name = @FileName", new { FileName = fileName });
    }

    private static string Csv(int from, int count)
    {
        var csv = new StringBuilder("accountId,text,sourceChannel,csmId,csmImportance,goalProximity,occurredAt\n");
        for (var i = from; i < from + count; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"acme,Report {i} times out,call,csm-ana,1,0,2026-02-20T15:30:00Z\n");
        }

        return csv.ToString();
    }

    public sealed record JobRow(string Status, long RowsAccepted, string? Failure);

    /// <summary>Writes the first batch, then fails as a full disk would.</summary>
    private sealed class FailingOnSecondBatch(IImportKind<NewFeedback> inner) : IImportKind<NewFeedback>
    {
        private int _batches;

        public string Kind => inner.Kind;

        public IReadOnlyList<string> RequiredColumns => inner.RequiredColumns;

        public Task PrepareAsync(CancellationToken cancellationToken) => inner.PrepareAsync(cancellationToken);

        public NewFeedback? Parse(CsvRow row, List<RowError> errors) => inner.Parse(row, errors);

        public Task WriteAsync(UnitOfWork work, Guid jobId, IReadOnlyList<NewFeedback> rows, CancellationToken cancellationToken) =>
            ++_batches == 2 ? throw new IOException("The disk is full.") : inner.WriteAsync(work, jobId, rows, cancellationToken);

        public void Announce() => inner.Announce();
    }
}
