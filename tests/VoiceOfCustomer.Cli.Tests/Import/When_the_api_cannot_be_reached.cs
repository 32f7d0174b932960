using VoiceOfCustomer.Cli.Tests.Support;

namespace VoiceOfCustomer.Cli.Tests.Import;

public sealed class When_the_api_cannot_be_reached
{
    [Test]
    public async Task It_exits_with_1_and_names_the_api_address()
    {
        using var folder = new TempFolder();
        using var api = FakeApiHandler.Unreachable();

        var run = await CliRun.Voc(api, "import", "feedback", folder.WriteCsv("feedback.csv", rows: 1));

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Error, Does.Contain($"Could not reach the VoiceOfCustomer API at {CliRun.Api}: Connection refused"));
    }
}
