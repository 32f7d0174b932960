using System.Net;
using System.Text.Json.Nodes;
using VoiceOfCustomer.Taggers.Taxonomy;

namespace VoiceOfCustomer.Tagging.Tests.Service;

public sealed class When_a_corrected_area_is_removed
{
    private const string Taught = "Ежемесячный счёт пришёл дважды, и сумма в счёте неверная";
    private const string Similar = "Счёт за март снова пришёл дважды";

    // The default's billing area is gone; the other two keep phrases that these Russian texts do not contain.
    private const string WithoutBilling = """
        version: 2
        areas:
          - id: reporting
            name: Reporting
            themes:
              - id: exports
                name: Exports
                phrases:
                  en: [export, exports]
          - id: access
            name: Access
            themes:
              - id: sso
                name: SSO
                phrases:
                  any: [sso]
        """;

    private TaggingHost _host = null!;

    [OneTimeSetUp]
    public async Task Start() => _host = await TaggingHost.StartAsync();

    [OneTimeTearDown]
    public async Task Stop() => await _host.DisposeAsync();

    [Test]
    public async Task The_model_no_longer_proposes_it()
    {
        var (item, _) = await _host.LogAsync(Taught);
        for (var i = 0; i < AreaLearner.MinCorrections; i++)
        {
            using var correction = await _host.CorrectAsync(item, new { areaId = "billing" });
            Assert.That(correction.StatusCode, Is.EqualTo(HttpStatusCode.Created), await correction.Content.ReadAsStringAsync());
        }

        Assert.That(Area(await _host.TagsAsync((await _host.LogAsync(Similar)).FeedbackId)), Is.EqualTo("billing"), "learned while billing exists");

        using var saved = await _host.PutTaxonomyAsync(WithoutBilling);
        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Created), await saved.Content.ReadAsStringAsync());

        var tags = await _host.TagsAsync((await _host.LogAsync(Similar)).FeedbackId);
        Assert.That(Area(tags), Is.Null, "billing is not in the taxonomy any more, and nothing else was taught");
        Assert.That(tags["tags"]!["modelVersions"]!["taxonomy"]!.GetValue<string>(), Is.EqualTo("1"));
    }

    private static string? Area(JsonObject tags) => tags["tags"]!["areaId"]?.GetValue<string>();
}
