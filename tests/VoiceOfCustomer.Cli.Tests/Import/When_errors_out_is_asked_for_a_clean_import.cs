using VoiceOfCustomer.Cli.Tests.Support;

namespace VoiceOfCustomer.Cli.Tests.Import;

public sealed class When_errors_out_is_asked_for_a_clean_import
{
    [Test]
    public async Task It_writes_only_the_header_without_asking_for_errors()
    {
        using var folder = new TempFolder();
        using var api = FakeApiHandler.Answering(ApiAnswers.Import(rowsRead: 2));
        var errorsOut = folder.File("errors.csv");

        var run = await CliRun.Voc(api, "import", "feedback", folder.WriteCsv("feedback.csv", rows: 2), "--errors-out", errorsOut);

        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(await File.ReadAllTextAsync(errorsOut), Is.EqualTo("line,field,message\r\n"));
        Assert.That(api.Requests.Select(request => request.Method), Is.EqualTo(new[] { HttpMethod.Post }));
    }
}
