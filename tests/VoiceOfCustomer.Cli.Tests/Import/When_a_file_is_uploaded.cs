using VoiceOfCustomer.Client;
using VoiceOfCustomer.Cli.Tests.Support;

namespace VoiceOfCustomer.Cli.Tests.Import;

public sealed class When_a_file_is_uploaded
{
    private readonly List<(long Reported, long ServerHadRead)> reports = [];
    private TempFolder folder = null!;
    private FakeApiHandler server = null!;
    private long fileLength;

    [OneTimeSetUp]
    public async Task Upload()
    {
        folder = new TempFolder();
        var file = folder.WriteCsv("feedback.csv", rows: 20_000);
        fileLength = new FileInfo(file).Length;
        server = FakeApiHandler.Answering(ApiAnswers.Import(rowsRead: 20_000));
        using var api = new ApiClient(new Uri(CliRun.Api), server);
        await using var csv = File.OpenRead(file);
        var progress = new SynchronousProgress(bytes => reports.Add((bytes, server.BodyBytesRead)));

        await api.ImportAsync(ImportKind.Feedback, csv, "feedback.csv", progress, CancellationToken.None);
    }

    [OneTimeTearDown]
    public void CleanUp()
    {
        server.Dispose();
        folder.Dispose();
    }

    [Test]
    public void The_progress_callback_sees_increasing_byte_counts_up_to_the_file_size()
    {
        var counts = reports.Select(report => report.Reported).ToList();
        Assert.That(counts, Has.Count.GreaterThan(10));
        Assert.That(counts, Is.Ordered.Ascending.And.Unique);
        Assert.That(counts[^1], Is.EqualTo(fileLength));
    }

    [Test]
    public void The_file_is_streamed_while_the_server_reads_it_not_buffered_first()
    {
        // Buffering would read the whole file before the server saw a byte.
        var firstReport = reports[0];
        var lastReport = reports[^1];
        Assert.That(firstReport.Reported, Is.LessThan(fileLength));
        Assert.That(lastReport.ServerHadRead, Is.GreaterThan(0));
        Assert.That(server.Requests.Single().BodyLength, Is.EqualTo(fileLength));
    }
}
