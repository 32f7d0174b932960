using System.Text.Json;
using VoiceOfCustomer.Cli.Tests.Support;

namespace VoiceOfCustomer.Cli.Tests.Tag;

public sealed class When_a_csv_file_is_tagged
{
    private TempFolder folder = null!;
    private CliRun run = null!;
    private List<JsonElement> tags = null!;

    [OneTimeSetUp]
    public async Task Tag()
    {
        folder = new TempFolder();
        var output = folder.File("garmin.jsonl");
        run = await TagRun.Voc(TagRun.Dataset("minibar_en/garmin_connect.en.csv"), "--text-column", "data", "--out", output);
        tags = TagRun.Lines(await File.ReadAllTextAsync(output));
    }

    [OneTimeTearDown]
    public void CleanUp() => folder.Dispose();

    [Test]
    public void It_exits_with_0_and_says_how_many_items_it_tagged()
    {
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        Assert.That(run.Error, Does.Contain("Tagged 2,000 items from garmin_connect.en.csv"));
        Assert.That(run.Out, Is.Empty, "with --out nothing goes to standard output");
    }

    [Test]
    public void It_writes_one_object_per_row_with_the_line_it_came_from()
    {
        Assert.That(tags, Has.Count.EqualTo(2000));
        Assert.That(tags[0].GetProperty("line").GetInt32(), Is.EqualTo(2));
        Assert.That(tags.Select(t => t.GetProperty("line").GetInt32()), Is.Ordered.Ascending.And.Unique);
    }

    [Test]
    public void The_first_review_reads_as_english_positive_praise_with_why()
    {
        var first = tags[0];
        Assert.That(first.GetProperty("language").GetProperty("value").GetString(), Is.EqualTo("en"));
        Assert.That(first.GetProperty("sentiment").GetProperty("value").GetString(), Is.EqualTo("positive"));
        Assert.That(first.GetProperty("sentiment").GetProperty("why").GetString(), Does.Contain("confident"));
        var kinds = first.GetProperty("kinds").EnumerateArray().Select(k => k.GetProperty("value").GetString()).ToList();
        Assert.That(string.Join(",", kinds), Is.EqualTo("praise"));
        Assert.That(first.GetProperty("severity").GetProperty("value").GetDouble(), Is.EqualTo(0.2));
    }

    [Test]
    public void Most_reviews_get_a_kind_other_than_unknown()
    {
        var known = tags.Count(t => t.GetProperty("kinds").EnumerateArray().All(k => k.GetProperty("value").GetString() != "unknown"));

        Assert.That(known, Is.GreaterThan(1800));
    }
}
