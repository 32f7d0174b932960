using System.Net;
using VoiceOfCustomer.Cli.Tests.Support;

namespace VoiceOfCustomer.Cli.Tests.Import;

public sealed class When_the_api_answers_with_a_problem
{
    private TempFolder folder = null!;
    private FakeApiHandler api = null!;
    private CliRun run = null!;

    [OneTimeSetUp]
    public async Task Import()
    {
        folder = new TempFolder();
        var file = folder.WriteCsv("accounts.csv", rows: 2);
        api = FakeApiHandler.Answering(ApiAnswers.Problem(HttpStatusCode.UnprocessableEntity, new
        {
            title = "The CSV header is not valid",
            status = 422,
            detail = "Expected the columns accountId,name,segment.",
            errors = new Dictionary<string, string[]> { ["segment"] = ["Column 'segment' is missing."] },
        }));
        run = await CliRun.Voc(api, "import", "accounts", file);
    }

    [OneTimeTearDown]
    public void CleanUp()
    {
        api.Dispose();
        folder.Dispose();
    }

    [Test]
    public void It_exits_with_1() => Assert.That(run.ExitCode, Is.EqualTo(1));

    [Test]
    public void It_prints_the_title_detail_and_each_field_error_to_stderr()
    {
        Assert.That(run.Error, Does.Contain("error: The CSV header is not valid (HTTP 422)"));
        Assert.That(run.Error, Does.Contain("Expected the columns accountId,name,segment."));
        Assert.That(run.Error, Does.Contain("segment: Column 'segment' is missing."));
    }

    [Test]
    public void It_posts_to_the_accounts_import() =>
        Assert.That(api.Requests.Single().Uri.AbsolutePath, Is.EqualTo("/api/imports/accounts"));
}
