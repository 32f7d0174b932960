using VoiceOfCustomer.Cli.Tests.Support;

namespace VoiceOfCustomer.Cli.Tests.Import;

public sealed class When_the_connection_breaks_during_the_upload
{
    [Test]
    public async Task It_exits_with_1_and_says_the_request_failed_with_the_underlying_reason()
    {
        using var folder = new TempFolder();
        using var api = FakeApiHandler.BreakingTheConnection();

        var run = await CliRun.Voc(api, "import", "feedback", folder.WriteCsv("feedback.csv", rows: 1));

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Error, Does.Contain($"The request to the VoiceOfCustomer API at {CliRun.Api} failed before it answered"));
        Assert.That(run.Error, Does.Contain("Broken pipe"));
    }
}
