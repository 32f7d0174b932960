using VoiceOfCustomer.Cli.Tests.Support;

namespace VoiceOfCustomer.Cli.Tests.Import;

public sealed class When_the_file_cannot_be_imported
{
    private TempFolder folder = null!;
    private FakeApiHandler api = null!;

    [SetUp]
    public void Start()
    {
        folder = new TempFolder();
        api = FakeApiHandler.Answering(ApiAnswers.Import(rowsRead: 0));
    }

    [TearDown]
    public void CleanUp()
    {
        api.Dispose();
        folder.Dispose();
    }

    [Test]
    public async Task It_exits_with_1_without_contacting_the_server_when_the_file_is_missing()
    {
        var run = await CliRun.Voc(api, "import", "feedback", folder.File("missing.csv"));

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Error, Does.Contain("File not found").And.Contain("missing.csv"));
        Assert.That(api.Requests, Is.Empty);
    }

    [Test]
    public async Task It_exits_with_1_without_contacting_the_server_when_the_file_is_not_csv()
    {
        var notCsv = folder.File("feedback.xlsx");
        await File.WriteAllTextAsync(notCsv, "not a csv");

        var run = await CliRun.Voc(api, "import", "feedback", notCsv);

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Error, Does.Contain("is not a .csv file"));
        Assert.That(api.Requests, Is.Empty);
    }

    [Test]
    public async Task It_exits_with_1_before_uploading_when_the_errors_out_folder_is_missing()
    {
        var file = folder.WriteCsv("feedback.csv", rows: 1);

        var run = await CliRun.Voc(api, "import", "feedback", file, "--errors-out", folder.File("nowhere/errors.csv"));

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Error, Does.Contain("folder not found"));
        Assert.That(api.Requests, Is.Empty);
    }
}
