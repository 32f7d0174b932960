using VoiceOfCustomer.Cli.Tests.Support;

namespace VoiceOfCustomer.Cli.Tests.Import;

public sealed class When_the_import_fails_on_the_server
{
    [Test]
    public async Task It_exits_with_1_and_shows_the_status()
    {
        using var folder = new TempFolder();
        using var api = FakeApiHandler.Answering(ApiAnswers.Import(rowsRead: 5, rowsRejected: 0, [], status: "failed"));

        var run = await CliRun.Voc(api, "import", "feedback", folder.WriteCsv("feedback.csv", rows: 5));

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Out, Does.Contain("failed"));
    }
}
