using VoiceOfCustomer.Client;
using VoiceOfCustomer.Cli.Tests.Support;

namespace VoiceOfCustomer.Cli.Tests.Import;

public sealed class When_the_api_lives_under_a_path
{
    [Test]
    public async Task It_keeps_the_path_for_the_import_and_for_errorsUrl()
    {
        using var folder = new TempFolder();
        using var server = FakeApiHandler.Answering(ApiAnswers.Import(rowsRead: 1));
        using var api = new ApiClient(new Uri("http://voc.test/gateway/voc"), server);
        await using var csv = File.OpenRead(folder.WriteCsv("feedback.csv", rows: 1));

        await api.ImportAsync(ImportKind.Feedback, csv, "feedback.csv", new SynchronousProgress(_ => { }), CancellationToken.None);

        Assert.That(server.Requests.Single().Uri.AbsolutePath, Is.EqualTo("/gateway/voc/api/imports/feedback"));
        Assert.That(api.Resolve(ApiAnswers.ErrorsPath).AbsolutePath, Is.EqualTo($"/gateway/voc{ApiAnswers.ErrorsPath}"));
    }
}
