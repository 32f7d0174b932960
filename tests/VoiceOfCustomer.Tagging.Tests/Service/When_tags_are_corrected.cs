using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using VoiceOfCustomer.Contracts;

namespace VoiceOfCustomer.Tagging.Tests.Service;

public sealed class When_tags_are_corrected
{
    private const string Taught = "Please could you add a dark mode to the mobile app";
    private const string Similar = "Please could you add a dark mode to the desktop app";

    private static readonly string[] Praise = ["praise"];

    private TaggingHost _host = null!;
    private readonly List<TagsCorrected> _published = [];

    [OneTimeSetUp]
    public async Task Start()
    {
        _host = await TaggingHost.StartAsync();
        var handle = _host.Services.GetRequiredService<IBus>().ConnectReceiveEndpoint("test-tags-corrected", endpoint =>
            endpoint.Handler<TagsCorrected>(context =>
            {
                lock (_published)
                {
                    _published.Add(context.Message);
                }

                return Task.CompletedTask;
            }));
        await handle.Ready;
    }

    [OneTimeTearDown]
    public async Task Stop() => await _host.DisposeAsync();

    [Test]
    public async Task The_correction_is_stored_and_published()
    {
        var (item, _) = await _host.LogAsync("The export to excel keeps failing.");

        using var response = await _host.CorrectAsync(item, new { sentiment = "negative", areaId = "reporting" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var corrections = (await _host.TagsAsync(item))["corrections"]!.AsArray();
        Assert.That(corrections.Single()!["areaId"]!.GetValue<string>(), Is.EqualTo("reporting"));
        await Testing.Eventually.Until(() => Task.FromResult(Published(item)), found => found, TimeSpan.FromSeconds(30), "TagsCorrected to be published");
    }

    [Test]
    public async Task A_correction_naming_an_unknown_area_is_refused()
    {
        var (item, _) = await _host.LogAsync("Where do I find the audit settings?");

        using var response = await _host.CorrectAsync(item, new { areaId = "no-such-area" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.That(problem["errors"]!.AsObject().Select(e => e.Key), Does.Contain("areaId"));
    }

    [Test]
    public async Task Kind_corrections_change_the_next_prediction_for_a_similar_text()
    {
        var (before, _) = await _host.LogAsync(Similar);
        Assert.That(Kinds(await _host.TagsAsync(before)), Does.Not.Contain("praise"));

        var (item, _) = await _host.LogAsync(Taught);
        var corrections = 0;
        JsonObject tags;
        do
        {
            for (var i = 0; i < CorrectionsPerRound; i++, corrections++)
            {
                using var response = await _host.CorrectAsync(item, new { kinds = Praise });
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            }

            tags = await _host.TagsAsync((await _host.LogAsync(Similar)).FeedbackId);
        }
        while (!Kinds(tags).Contains("praise") && corrections < MaxCorrections);

        Assert.That(Kinds(tags), Does.Contain("praise"));
        Assert.That(int.Parse(tags["tags"]!["modelVersions"]!["kind"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(corrections));
        TestContext.Out.WriteLine($"{corrections} corrections of one item changed the kind of a similar one");
    }

    /// <summary>How many times the same correction may be sent: each is one small online step (docs/tagging/kind.md).</summary>
    private const int MaxCorrections = 80;

    private const int CorrectionsPerRound = 10;

    private static IEnumerable<string> Kinds(JsonObject tags) => tags["tags"]!["kinds"]!.AsArray().Select(k => k!.GetValue<string>());

    private bool Published(Guid feedbackId)
    {
        lock (_published)
        {
            return _published.Any(p => p.FeedbackId == feedbackId && p.AreaId == "reporting");
        }
    }
}
