using System.Text.Json;
using VoiceOfCustomer.Cli.Tests.Support;

namespace VoiceOfCustomer.Cli.Tests.Tag;

public sealed class When_a_json_lines_file_is_tagged
{
    private const string Email = "jane.doe@example.com";

    private TempFolder folder = null!;
    private CliRun run = null!;
    private List<JsonElement> tags = null!;

    [OneTimeSetUp]
    public async Task Tag()
    {
        folder = new TempFolder();
        var input = folder.File("feedback.ndjson");
        await File.WriteAllLinesAsync(input,
        [
            $$"""{"id": "fb-1", "body": "The export to Excel is broken again and blocks our month-end. Write to {{Email}}."}""",
            "",
            """{"id": 42, "body": "Nous avons vraiment besoin de l'export vers Excel.", "lang": "fr"}""",
        ]);
        run = await TagRun.Voc(input, "--text-column", "body", "--language-column", "lang");
        tags = TagRun.Lines(run.Out);
    }

    [OneTimeTearDown]
    public void CleanUp() => folder.Dispose();

    [Test]
    public void It_writes_the_tags_to_standard_output_with_each_id_and_line()
    {
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        Assert.That(string.Join(",", tags.Select(t => t.GetProperty("id").GetString())), Is.EqualTo("fb-1,42"));
        Assert.That(string.Join(",", tags.Select(t => t.GetProperty("line").GetInt32())), Is.EqualTo("1,3"));
    }

    [Test]
    public void It_finds_a_problem_report_and_where_the_email_is_without_copying_it()
    {
        var first = tags[0];
        var kinds = first.GetProperty("kinds").EnumerateArray().Select(k => k.GetProperty("value").GetString());
        var email = first.GetProperty("personal_data").EnumerateArray().Single();

        Assert.That(kinds, Does.Contain("problem_report"));
        Assert.That(email.GetProperty("kind").GetString(), Is.EqualTo("email"));
        Assert.That(email.GetProperty("start").GetInt32(), Is.EqualTo(71));
        Assert.That(email.GetProperty("length").GetInt32(), Is.EqualTo(Email.Length));
        Assert.That(run.Out, Does.Not.Contain(Email));
    }

    [Test]
    public void It_tags_the_french_item_as_french()
    {
        var french = tags[1];

        Assert.That(french.GetProperty("language").GetProperty("value").GetString(), Is.EqualTo("fr"));
    }
}
