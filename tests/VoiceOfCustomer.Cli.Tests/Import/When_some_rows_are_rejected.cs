using VoiceOfCustomer.Cli.Tests.Support;

namespace VoiceOfCustomer.Cli.Tests.Import;

public sealed class When_some_rows_are_rejected
{
    private TempFolder folder = null!;
    private FakeApiHandler api = null!;
    private CliRun run = null!;

    [OneTimeSetUp]
    public async Task Import()
    {
        folder = new TempFolder();
        var file = folder.WriteCsv("feedback.csv", rows: 10);
        api = FakeApiHandler.Answering(ApiAnswers.Import(
            rowsRead: 10,
            new ServerRowError(4, "accountId", "Unknown account 'acc-4'"),
            new ServerRowError(9, "channel", "Must be one of [email, chat, phone]")));
        run = await CliRun.Voc(api, "import", "feedback", file);
    }

    [OneTimeTearDown]
    public void CleanUp()
    {
        api.Dispose();
        folder.Dispose();
    }

    [Test]
    public void It_exits_with_2_and_lists_the_lines()
    {
        Assert.That(run.ExitCode, Is.EqualTo(2), run.Error);
        Assert.That(run.Out, Does.Match(@"│\s+4 │ accountId\s+│ Unknown account 'acc-4'"));
        Assert.That(run.Out, Does.Match(@"│\s+9 │ channel\s+│ Must be one of \[email, chat, phone\]"));
    }

    [Test]
    public void It_counts_the_rejected_rows() => Assert.That(run.Out, Does.Match(@"Rejected\s+2"));

    [Test]
    public void It_does_not_point_elsewhere_when_every_error_is_shown() =>
        Assert.That(run.Out, Does.Not.Contain("more rejected rows"));
}
