using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace VoiceOfCustomer.Tagging.Tests.Service;

public sealed class When_the_taxonomy_is_edited
{
    private const string Zoo = """
        version: 2
        areas:
          - id: zoo
            name: Zoo
            themes:
              - id: zebras
                name: Zebras
                phrases:
                  en: [zebra*]
        """;

    private TaggingHost _host = null!;

    [OneTimeSetUp]
    public async Task Start() => _host = await TaggingHost.StartAsync();

    [OneTimeTearDown]
    public async Task Stop() => await _host.DisposeAsync();

    [Test]
    public async Task An_invalid_taxonomy_is_refused_naming_the_field_and_line()
    {
        using var response = await _host.PutTaxonomyAsync("version: 2\nareas:\n  - id: zoo\n    themes: []\n");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity).Or.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.That(problem["errors"]!.AsObject().Select(e => e.Key), Does.Contain("areas[0].name"));
        var lines = problem["taxonomyErrors"]!.AsArray().Select(e => e!["line"]!.GetValue<int>());
        Assert.That(lines, Does.Contain(3));
    }

    [Test]
    public async Task A_new_version_is_stored_and_changes_the_area_of_the_next_item()
    {
        var (before, _) = await _host.LogAsync("The zebra page will not load for our team.");
        Assert.That((await _host.TagsAsync(before))["tags"]!["areaId"], Is.Null);

        using var response = await _host.PutTaxonomyAsync(Zoo);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());

        var (after, _) = await _host.LogAsync("The zebra page will not load for our team.");
        var tags = (await _host.TagsAsync(after))["tags"]!;
        Assert.That(tags["areaId"]!.GetValue<string>(), Is.EqualTo("zoo"));
        Assert.That(tags["themeId"]!.GetValue<string>(), Is.EqualTo("zebras"));
        var versions = (await _host.Admin.GetFromJsonAsync<JsonArray>("/api/taxonomy/versions"))!;
        Assert.That(versions[0]!["changedBy"]!.GetValue<string>(), Is.Not.Empty);
        Assert.That(tags["modelVersions"]!["taxonomy"]!.GetValue<string>(), Is.EqualTo(versions[0]!["version"]!.ToString()));
        var current = (await _host.Admin.GetFromJsonAsync<JsonObject>("/api/taxonomy"))!;
        Assert.That(current["yaml"]!.GetValue<string>(), Is.EqualTo(Zoo));
    }
}
