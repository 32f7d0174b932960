using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using VoiceOfCustomer.Taggers.Taxonomy;

namespace VoiceOfCustomer.Tagging.Tests.Service;

public sealed class When_areas_are_corrected
{
    // Russian: the default taxonomy has no Russian phrases, so only corrections can teach the area.
    private const string Taught = "Ежемесячный счёт пришёл дважды, и сумма в счёте неверная";
    private const string Similar = "Счёт за март снова пришёл дважды";

    private TaggingHost _host = null!;

    [OneTimeSetUp]
    public async Task Start() => _host = await TaggingHost.StartAsync();

    [OneTimeTearDown]
    public async Task Stop() => await _host.DisposeAsync();

    [Test]
    public async Task A_csm_reads_the_areas_and_themes_of_the_taxonomy_in_use()
    {
        var areas = (await _host.Csm.GetFromJsonAsync<JsonObject>("/api/taxonomy/areas"))!;

        Assert.That(areas["version"]!.GetValue<int>(), Is.Zero, "the default taxonomy until an admin saves one");
        var billing = areas["areas"]!.AsArray().Single(a => a!["id"]!.GetValue<string>() == "billing")!;
        Assert.That(billing["name"]!.GetValue<string>(), Is.EqualTo("Billing & pricing"));
        Assert.That(billing["themes"]!.AsArray().Select(t => t!["id"]!.GetValue<string>()), Does.Contain("invoices"));
        Assert.That(billing.AsObject().ContainsKey("phrases") || billing["themes"]![0]!.AsObject().ContainsKey("phrases"), Is.False, "ids and names only");
    }

    [Test]
    public async Task Area_corrections_change_the_area_of_the_next_similar_item()
    {
        var (before, _) = await _host.LogAsync(Similar);
        Assert.That(Area(await _host.TagsAsync(before)), Is.Null, "no Russian phrase, so no area before any correction");

        var (item, _) = await _host.LogAsync(Taught);
        for (var i = 0; i < AreaLearner.MinCorrections; i++)
        {
            using var response = await _host.CorrectAsync(item, new { areaId = "billing", themeId = "invoices" });
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        }

        var tags = await _host.TagsAsync((await _host.LogAsync(Similar)).FeedbackId);

        Assert.That(Area(tags), Is.EqualTo("billing"));
        var areaTag = tags["tags"]!["all"]!.AsArray().Single(t => t!["name"]!.GetValue<string>() == "area")!;
        Assert.That(areaTag["why"]!.GetValue<string>(), Does.StartWith($"Billing & pricing: model, {AreaLearner.MinCorrections} corrections: "));
        Assert.That(int.Parse(tags["tags"]!["modelVersions"]!["area_model"]!.GetValue<string>(), CultureInfo.InvariantCulture), Is.EqualTo(AreaLearner.MinCorrections));
    }

    private static string? Area(JsonObject tags) => tags["tags"]!["areaId"]?.GetValue<string>();
}
