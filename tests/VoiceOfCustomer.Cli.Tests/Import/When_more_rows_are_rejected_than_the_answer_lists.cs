using VoiceOfCustomer.Cli.Tests.Support;

namespace VoiceOfCustomer.Cli.Tests.Import;

public sealed class When_more_rows_are_rejected_than_the_answer_lists
{
    private const int RowsRejected = 250;

    private static readonly ServerRowError[] AllErrors =
        [.. Enumerable.Range(2, RowsRejected).Select(line => new ServerRowError(line, "text", $"Empty, \"text\" is required (line {line})"))];

    private TempFolder folder = null!;
    private FakeApiHandler api = null!;
    private string errorsOut = null!;
    private CliRun run = null!;

    [OneTimeSetUp]
    public async Task Import()
    {
        folder = new TempFolder();
        var file = folder.WriteCsv("feedback.csv", rows: 1000);
        errorsOut = folder.File("errors.csv");
        api = new FakeApiHandler(request => request.Method == HttpMethod.Get
            ? ApiAnswers.Json(AllErrors)
            : ApiAnswers.Import(rowsRead: 1000, RowsRejected, AllErrors[..100]));
        run = await CliRun.Voc(api, "import", "feedback", file, "--errors-out", errorsOut);
    }

    [OneTimeTearDown]
    public void CleanUp()
    {
        api.Dispose();
        folder.Dispose();
    }

    [Test]
    public void It_shows_the_first_100_and_says_where_the_rest_are()
    {
        Assert.That(run.ExitCode, Is.EqualTo(2), run.Error);
        Assert.That(run.Out, Does.Contain("(line 101)"));
        Assert.That(run.Out, Does.Not.Contain("(line 102)"));
        Assert.That(run.Out, Does.Contain($"150 more rejected rows: {CliRun.Api}api/imports/{ApiAnswers.JobId}/errors"));
    }

    [Test]
    public void It_downloads_the_full_list_from_errorsUrl()
    {
        var download = api.Requests.Single(request => request.Method == HttpMethod.Get);
        Assert.That(download.Uri.AbsoluteUri, Is.EqualTo($"{CliRun.Api}api/imports/{ApiAnswers.JobId}/errors"));
    }

    [Test]
    public void It_writes_every_error_to_the_errors_out_csv()
    {
        var lines = File.ReadAllLines(errorsOut);
        Assert.That(lines, Has.Length.EqualTo(RowsRejected + 1));
        Assert.That(lines[0], Is.EqualTo("line,field,message"));
        Assert.That(lines[1], Is.EqualTo("2,text,\"Empty, \"\"text\"\" is required (line 2)\""));
    }
}
