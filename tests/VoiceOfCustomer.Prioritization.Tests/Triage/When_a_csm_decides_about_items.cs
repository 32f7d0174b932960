using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using VoiceOfCustomer.Contracts;
using VoiceOfCustomer.Prioritization.Tests.Support;
using VoiceOfCustomer.Testing;

namespace VoiceOfCustomer.Prioritization.Tests.Triage;

/// <summary>Every triage action through the API, what it does to requests and scores, and the inputs it refuses.</summary>
public sealed class When_a_csm_decides_about_items
{
    private static readonly string[] SuppressThenForward = ["suppress", "forward"];

    private TriageHost _host = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _host = await TriageHost.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    [Test]
    public async Task Forwarding_creates_a_request_that_merging_widens_and_suppressing_narrows()
    {
        var first = await _host.LogAsync("acme", "Export to Excel times out.");
        var second = await _host.LogAsync("globex", "We need the export to Excel for our auditors.");

        var forwarded = await DecisionAsync(first, new { action = "forward", newRequestTitle = "Export to Excel" });
        var requestId = forwarded["requestId"]!.GetValue<Guid>();
        var alone = await _host.RequestAsync(requestId);
        Assert.That(alone!["reach"]!.GetValue<int>(), Is.EqualTo(1));

        await DecisionAsync(second, new { action = "merge", requestId });
        var together = await _host.RequestAsync(requestId);
        Assert.That(together!["reach"]!.GetValue<int>(), Is.EqualTo(2));
        Assert.That(together["score"]!.GetValue<double>(), Is.GreaterThan(alone["score"]!.GetValue<double>()));
        Assert.That(together["verbatims"]!.AsArray().Select(v => v!.GetValue<string>()), Does.Contain("We need the export to Excel for our auditors."));

        await DecisionAsync(second, new { action = "suppress", reason = "outOfScope" });
        var narrowed = await _host.RequestAsync(requestId);
        Assert.That(narrowed!["reach"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(narrowed["score"]!.GetValue<double>(), Is.EqualTo(alone["score"]!.GetValue<double>()).Within(1e-4).Percent, "the same account again (scores are as of now, so they decay by a hair between reads)");
    }

    [Test]
    public async Task Deprioritizing_lowers_the_score_and_keeps_the_item_in_its_request()
    {
        var item = await _host.LogAsync("acme", "Single sign-on with Azure AD.", importance: 3);
        var requestId = (await DecisionAsync(item, new { action = "forward", newRequestTitle = "SSO with Azure AD" }))["requestId"]!.GetValue<Guid>();
        var before = (await _host.RequestAsync(requestId))!["score"]!.GetValue<double>();

        var lowered = await DecisionAsync(item, new { action = "deprioritize", newImportance = 1 });

        Assert.That(lowered["requestId"]!.GetValue<Guid>(), Is.EqualTo(requestId));
        var after = await _host.RequestAsync(requestId);
        Assert.That(after!["reach"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(after["score"]!.GetValue<double>(), Is.LessThan(before));
    }

    [Test]
    public async Task Every_decision_stays_and_names_the_one_it_supersedes()
    {
        var item = await _host.LogAsync("acme", "Dark mode, please.");
        var first = await DecisionAsync(item, new { action = "suppress", reason = "other", reasonText = "Cosmetic; nothing to act on." });
        var second = await DecisionAsync(item, new { action = "forward", newRequestTitle = "Dark mode" });

        var history = await _host.Api.GetFromJsonAsync<JsonArray>($"/api/triage/{item}/decisions");
        Assert.That(history!.Select(d => d!["action"]!.GetValue<string>()), Is.EqualTo(SuppressThenForward));
        Assert.That(history![0]!["reasonText"]!.GetValue<string>(), Is.EqualTo("Cosmetic; nothing to act on."));
        Assert.That(second["supersedes"]!.GetValue<Guid>(), Is.EqualTo(first["decisionId"]!.GetValue<Guid>()));
        Assert.That(first["supersedes"], Is.Null);
    }

    [TestCase("{}", "action")]
    [TestCase("""{"action":"suppress"}""", "reason")]
    [TestCase("""{"action":"suppress","reason":"other"}""", "reasonText")]
    [TestCase("""{"action":"suppress","reason":"duplicate"}""", "requestId")]
    [TestCase("""{"action":"forward"}""", "newRequestTitle")]
    [TestCase("""{"action":"forward","newRequestTitle":"Both","requestId":"0b5a2c1e-6f1d-4b8e-9a57-3d2c1b0a9f8e"}""", "requestId")]
    [TestCase("""{"action":"merge"}""", "requestId")]
    [TestCase("""{"action":"deprioritize"}""", "newImportance")]
    [TestCase("""{"action":"deprioritize","newImportance":7}""", "newImportance")]
    [TestCase("""{"action":"teleport"}""", "action")]
    public async Task A_bad_decision_is_refused_naming_the_field_and_nothing_is_recorded(string body, string field)
    {
        var item = await _host.LogAsync("acme", $"Bad decision case {field} {body.Length}.");
        using var response = await _host.Api.PostAsync($"/api/triage/{item}/decisions", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), problem?.ToJsonString());
        Assert.That(problem!["errors"]!.AsObject().Select(e => e.Key), Does.Contain(field).Or.Contain($"$.{field}"));
        Assert.That(await _host.Api.GetFromJsonAsync<JsonArray>($"/api/triage/{item}/decisions"), Is.Empty);
    }

    [Test]
    public async Task An_unknown_request_is_refused()
    {
        var item = await _host.LogAsync("acme", "Merge into nothing.");
        using var response = await _host.DecideAsync(item, new { action = "merge", requestId = Guid.NewGuid() });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("requestId"));
    }

    [Test]
    public async Task Deprioritizing_to_the_same_or_a_higher_importance_is_refused()
    {
        var item = await _host.LogAsync("acme", "Importance stays.", importance: 1);
        using var response = await _host.DecideAsync(item, new { action = "deprioritize", newImportance = 1 });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("newImportance"));
    }

    [Test]
    public async Task A_held_item_cannot_be_suppressed_until_the_hold_is_resolved()
    {
        var item = await _host.LogAsync("acme", "Held for a second look.");
        var holdId = Guid.NewGuid();
        await _host.Services.GetRequiredService<IBus>().Publish(new FeedbackHeld(item, Guid.NewGuid(), DateTimeOffset.UtcNow, holdId, "under-represented segment"));

        var refused = await Eventually.Until(async () =>
        {
            using var response = await _host.DecideAsync(item, new { action = "suppress", reason = "spam" });
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        }, answer => answer.StatusCode == HttpStatusCode.Conflict, TimeSpan.FromSeconds(20), "the hold to be known");
        Assert.That(refused.Body, Does.Contain("held"));

        using (var forwarded = await _host.DecideAsync(item, new { action = "forward", newRequestTitle = "Held but forwarded" }))
        {
            Assert.That(forwarded.StatusCode, Is.EqualTo(HttpStatusCode.Created), "forwarding a held item is still possible");
        }

        await _host.Services.GetRequiredService<IBus>().Publish(new ReviewResolved(item, Guid.NewGuid(), DateTimeOffset.UtcNow, holdId, Reinstated: false, "auditor"));
        await Eventually.Until(async () =>
        {
            using var response = await _host.DecideAsync(item, new { action = "suppress", reason = "spam" });
            return response.StatusCode;
        }, status => status == HttpStatusCode.Created, TimeSpan.FromSeconds(20), "the suppression to be accepted once resolved");
    }

    [Test]
    public async Task A_hold_resolved_before_it_arrives_does_not_block_the_item()
    {
        var item = await _host.LogAsync("acme", "Resolved before held.");
        var holdId = Guid.NewGuid();
        var bus = _host.Services.GetRequiredService<IBus>();
        await bus.Publish(new ReviewResolved(item, Guid.NewGuid(), DateTimeOffset.UtcNow, holdId, Reinstated: false, "auditor"));
        await Eventually.Until(() => _host.ScalarAsync<long>("SELECT COUNT(*) FROM prioritization_holds WHERE hold_id = @HoldId", new { HoldId = holdId }),
            count => count == 1, TimeSpan.FromSeconds(20), "the resolution to be recorded");

        await bus.Publish(new FeedbackHeld(item, Guid.NewGuid(), DateTimeOffset.UtcNow.AddSeconds(-5), holdId, "under-represented segment"));
        await Eventually.Until(() => _host.ScalarAsync<string>("SELECT why FROM prioritization_holds WHERE hold_id = @HoldId", new { HoldId = holdId }),
            why => why == "under-represented segment", TimeSpan.FromSeconds(20), "the late FeedbackHeld to be applied");

        using var response = await _host.DecideAsync(item, new { action = "suppress", reason = "spam" });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task An_unknown_item_is_not_found()
    {
        using var response = await _host.DecideAsync(Guid.NewGuid(), new { action = "suppress", reason = "spam" });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    private async Task<JsonObject> DecisionAsync(Guid feedbackId, object decision)
    {
        using var response = await _host.DecideAsync(feedbackId, decision);
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), body);
        return JsonNode.Parse(body)!.AsObject();
    }
}
