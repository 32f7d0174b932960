using VoiceOfCustomer.Cli.Tests.Support;

namespace VoiceOfCustomer.Cli.Tests.Tag;

public sealed class When_the_input_cannot_be_tagged
{
    private TempFolder folder = null!;

    [SetUp]
    public void Start() => folder = new TempFolder();

    [TearDown]
    public void CleanUp() => folder.Dispose();

    [Test]
    public async Task A_missing_text_column_is_named_with_the_columns_there_are()
    {
        var input = Write("feedback.csv", "id,data", "1,Great app");

        var run = await TagRun.Voc(input, "--out", folder.File("tags.jsonl"));

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Error, Does.Contain("Line 1: no column 'text' in the header (id, data)").And.Contain("--text-column"));
        Assert.That(File.Exists(folder.File("tags.jsonl")), Is.False);
    }

    [Test]
    public async Task A_row_with_too_many_fields_is_named_by_its_line_and_no_half_file_is_left()
    {
        var input = Write("feedback.csv", "id,text", "1,Great app", "2,\"Crashes\non start\"", "3,slow, and buggy");
        var output = folder.File("tags.jsonl");

        var run = await TagRun.Voc(input, "--out", output);

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Error, Does.Contain("Line 5: the row has 3 fields where the header has 2"));
        Assert.That(string.Join(",", Directory.GetFiles(folder.Path).Select(Path.GetFileName)), Is.EqualTo("feedback.csv"));
    }

    [Test]
    public async Task A_stray_quote_is_named_by_its_line()
    {
        var input = Write("feedback.csv", "id,text", "1,Great app", "2,\"Crashes\"on start");

        var run = await TagRun.Voc(input);

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Error, Does.Contain("Line 3: a quote is not closed or a field has a stray quote"));
    }

    [Test]
    public async Task A_failed_run_keeps_the_previous_output_file_whole()
    {
        var output = folder.File("tags.jsonl");
        await File.WriteAllTextAsync(output, "previous run\n");
        var input = Write("feedback.jsonl", """{"text": "fine"}""", """{"text": 3}""");

        var run = await TagRun.Voc(input, "--out", output);

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Error, Does.Contain("Line 2: field 'text' is number, expected a string"));
        Assert.That(await File.ReadAllTextAsync(output), Is.EqualTo("previous run\n"));
    }

    [Test]
    public async Task Invalid_json_is_named_by_its_line()
    {
        var input = Write("feedback.jsonl", """{"text": "fine"}""", """{"text": "unfinished""");

        var run = await TagRun.Voc(input);

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Error, Does.Contain("feedback.jsonl, Line 2: not valid JSON"));
    }

    [Test]
    public async Task A_named_id_column_must_be_there()
    {
        var input = Write("feedback.jsonl", """{"text": "fine"}""");

        var run = await TagRun.Voc(input, "--id-column", "ticket");

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Error, Does.Contain("Line 1: no field 'ticket'"));
    }

    [Test]
    public async Task An_unknown_extension_asks_for_format_and_format_overrides_it()
    {
        var input = Write("feedback.txt", "text", "Great app");

        var refused = await TagRun.Voc(input);
        var forced = await TagRun.Voc(input, "--format", "csv");

        Assert.That(refused.ExitCode, Is.EqualTo(1));
        Assert.That(refused.Error, Does.Contain("--format csv|jsonl"));
        Assert.That(forced.ExitCode, Is.EqualTo(0), forced.Error);
        Assert.That(TagRun.Lines(forced.Out), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task A_missing_file_is_named()
    {
        var run = await TagRun.Voc(folder.File("missing.csv"));

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Error, Does.Contain("File not found").And.Contain("missing.csv"));
    }

    private string Write(string name, params string[] lines)
    {
        var path = folder.File(name);
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
        return path;
    }
}
