using System.Net;
using VoiceOfCustomer.Cli.Tests.Support;

namespace VoiceOfCustomer.Cli.Tests.Import;

public sealed class When_the_api_answers_without_a_problem_body
{
    [Test]
    public async Task It_exits_with_1_and_shows_the_status()
    {
        using var folder = new TempFolder();
        using var api = FakeApiHandler.Answering(new HttpResponseMessage(HttpStatusCode.RequestEntityTooLarge));

        var run = await CliRun.Voc(api, "import", "feedback", folder.WriteCsv("feedback.csv", rows: 1));

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Error, Does.Contain("error: Request Entity Too Large (HTTP 413)"));
    }
}
