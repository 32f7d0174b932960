using VoiceOfCustomer.Cli.Tests.Support;

namespace VoiceOfCustomer.Cli.Tests.Import;

public sealed class When_every_row_is_accepted
{
    private TempFolder folder = null!;
    private FakeApiHandler api = null!;
    private string file = null!;
    private CliRun run = null!;

    [OneTimeSetUp]
    public async Task Import()
    {
        folder = new TempFolder();
        file = folder.WriteCsv("feedback export.csv", rows: 3);
        api = FakeApiHandler.Answering(ApiAnswers.Import(rowsRead: 3));
        run = await CliRun.Voc(api, "import", "feedback", file);
    }

    [OneTimeTearDown]
    public void CleanUp()
    {
        api.Dispose();
        folder.Dispose();
    }

    [Test]
    public void It_exits_with_0() => Assert.That(run.ExitCode, Is.Zero, run.Error);

    [Test]
    public void It_prints_the_rows_read_accepted_and_rejected()
    {
        Assert.That(run.Out, Does.Match(@"Rows read\s+3"));
        Assert.That(run.Out, Does.Match(@"Accepted\s+3"));
        Assert.That(run.Out, Does.Match(@"Rejected\s+0"));
    }

    [Test]
    public void It_posts_the_whole_file_as_csv_named_in_the_query_string()
    {
        var request = api.Requests.Single();
        Assert.That(request.Method, Is.EqualTo(HttpMethod.Post));
        Assert.That(request.Uri.AbsoluteUri, Is.EqualTo($"{CliRun.Api}api/imports/feedback?fileName=feedback%20export.csv"));
        Assert.That(request.ContentType, Is.EqualTo("text/csv"));
        Assert.That(request.BodyLength, Is.EqualTo(new FileInfo(file).Length));
    }

    [Test]
    public void It_prints_plain_progress_lines_when_the_output_is_not_a_terminal() =>
        Assert.That(run.Out, Does.Contain("Uploaded 100%"));
}
