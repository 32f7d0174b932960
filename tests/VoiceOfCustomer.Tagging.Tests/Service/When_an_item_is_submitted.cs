using System.Text.Json.Nodes;

namespace VoiceOfCustomer.Tagging.Tests.Service;

public sealed class When_an_item_is_submitted
{
    private const string Text = "The invoice page crashes every time and it is terrible. Write to jane.doe@example.com about it.";

    private static readonly string[] ExpectedTags = ["language", "sentiment", "kind", "area", "theme", "personal_data", "severity"];

    private TaggingHost _host = null!;
    private Guid _feedbackId;
    private JsonObject _inboxItem = null!;
    private JsonObject _tags = null!;

    [OneTimeSetUp]
    public async Task Log_an_item()
    {
        _host = await TaggingHost.StartAsync();
        (_feedbackId, _inboxItem) = await _host.LogAsync(Text);
        _tags = (await _host.TagsAsync(_feedbackId))["tags"]!.AsObject();
    }

    [OneTimeTearDown]
    public async Task Stop() => await _host.DisposeAsync();

    [Test]
    public void It_is_tagged_with_language_kind_sentiment_and_area()
    {
        Assert.That(_tags["language"]!.GetValue<string>(), Is.EqualTo("en"));
        Assert.That(_tags["kinds"]!.AsArray().Select(k => k!.GetValue<string>()), Does.Contain("problem_report"));
        Assert.That(_tags["sentiment"]!.GetValue<string>(), Is.EqualTo("negative"));
        Assert.That(_tags["areaId"]!.GetValue<string>(), Is.EqualTo("billing"));
    }

    [Test]
    public void Each_tag_has_a_confidence_and_a_why()
    {
        var all = _tags["all"]!.AsArray().Select(t => t!.AsObject()).ToList();
        Assert.That(all.Select(t => t["name"]!.GetValue<string>()), Is.SupersetOf(ExpectedTags));
        Assert.That(all, Has.All.Matches<JsonObject>(t => t["confidence"]!.GetValue<double>() is >= 0 and <= 1 && t["why"]!.GetValue<string>().Length > 0));
    }

    [Test]
    public void Personal_data_is_marked_by_kind_and_offsets_never_its_text()
    {
        var mark = _tags["personalData"]!.AsArray().Single()!.AsObject();
        Assert.That(mark["kind"]!.GetValue<string>(), Is.EqualTo("email"));
        Assert.That(Text.Substring(mark["start"]!.GetValue<int>(), mark["length"]!.GetValue<int>()), Is.EqualTo("jane.doe@example.com"));
        Assert.That(_tags.ToJsonString(), Does.Not.Contain("jane.doe"));
    }

    [Test]
    public void A_problem_report_with_negative_sentiment_is_severe()
    {
        Assert.That(_tags["severity"]!.GetValue<double>(), Is.GreaterThan(0.6).And.LessThanOrEqualTo(1));
        Assert.That(_tags["modelVersions"]!["taxonomy"]!.GetValue<string>(), Is.EqualTo("0"));
    }

    [Test]
    public void The_triage_inbox_carries_the_tags()
    {
        Assert.That(_inboxItem["language"]!.GetValue<string>(), Is.EqualTo("en"));
        Assert.That(_inboxItem["kinds"]!.GetValue<string>(), Does.Contain("problem_report"));
        Assert.That(_inboxItem["severity"]!.GetValue<double>(), Is.EqualTo(_tags["severity"]!.GetValue<double>()).Within(1e-9));
    }
}
