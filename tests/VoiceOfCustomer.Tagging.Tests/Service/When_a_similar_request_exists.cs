using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using VoiceOfCustomer.Testing;

namespace VoiceOfCustomer.Tagging.Tests.Service;

public sealed class When_a_similar_request_exists
{
    private const string Text = "Single sign-on with Okta SAML fails for our admins after the update";

    private TaggingHost _host = null!;

    [OneTimeSetUp]
    public async Task Start() => _host = await TaggingHost.StartAsync();

    [OneTimeTearDown]
    public async Task Stop() => await _host.DisposeAsync();

    [Test]
    public async Task The_triage_inbox_suggests_merging_into_it()
    {
        var (first, firstInbox) = await _host.LogAsync(Text);
        Assert.That(firstInbox["suggestedRequestId"], Is.Null);
        using var forwarded = await _host.Csm.PostAsJsonAsync($"/api/triage/{first}/decisions", new { action = "forward", newRequestTitle = "Okta SAML sign-in" });
        Assert.That(forwarded.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var requestId = (await forwarded.Content.ReadFromJsonAsync<JsonObject>())!["requestId"]!.GetValue<Guid>();

        // Tagging learns of the request from FeedbackTriaged on its own time: each probe logs one more similar item.
        var inboxItem = await Eventually.Until(async () => (await _host.LogAsync(Text + " again")).InboxItem,
            item => item["suggestedRequestId"] is not null, TimeSpan.FromSeconds(30), "a similar request to be suggested");

        Assert.That(inboxItem["suggestedRequestId"]!.GetValue<Guid>(), Is.EqualTo(requestId));
        Assert.That(inboxItem["suggestedPrefill"]!.GetValue<bool>(), Is.True);
        Assert.That(inboxItem["suggestedScore"]!.GetValue<double>(), Is.GreaterThanOrEqualTo(0.5).And.LessThanOrEqualTo(1));
    }

    [Test]
    public async Task A_suppressed_item_is_taken_out_of_its_request()
    {
        const string text = "Exporting the audit trail to CSV truncates the comments column";
        var (first, _) = await _host.LogAsync(text);
        using var forwarded = await _host.Csm.PostAsJsonAsync($"/api/triage/{first}/decisions", new { action = "forward", newRequestTitle = "Audit CSV" });
        var requestId = (await forwarded.Content.ReadFromJsonAsync<JsonObject>())!["requestId"]!.GetValue<Guid>();
        await Eventually.Until(async () => (await _host.LogAsync(text)).InboxItem, item => Suggests(item, requestId), TimeSpan.FromSeconds(30), "the request to be suggested");

        using var suppressed = await _host.Csm.PostAsJsonAsync($"/api/triage/{first}/decisions", new { action = "suppress", reason = "outOfScope", reasonText = "not ours" });
        Assert.That(suppressed.StatusCode, Is.EqualTo(HttpStatusCode.Created), await suppressed.Content.ReadAsStringAsync());

        await Eventually.Until(async () => (await _host.LogAsync(text)).InboxItem, item => !Suggests(item, requestId), TimeSpan.FromSeconds(30), "the request to be empty");
    }

    [Test]
    public async Task A_request_merged_away_is_never_suggested_again_the_one_it_went_into_is()
    {
        const string text = "Webhooks to Slack arrive twice when a ticket is reassigned";
        var (first, _) = await _host.LogAsync(text);
        using var forwarded = await _host.Csm.PostAsJsonAsync($"/api/triage/{first}/decisions", new { action = "forward", newRequestTitle = "Duplicate Slack webhooks" });
        var mergedAway = (await forwarded.Content.ReadFromJsonAsync<JsonObject>())!["requestId"]!.GetValue<Guid>();
        var (other, _) = await _host.LogAsync("Notifications settings page is slow to load");
        using var forwardedOther = await _host.Csm.PostAsJsonAsync($"/api/triage/{other}/decisions", new { action = "forward", newRequestTitle = "Notification settings" });
        var into = (await forwardedOther.Content.ReadFromJsonAsync<JsonObject>())!["requestId"]!.GetValue<Guid>();
        await Eventually.Until(async () => (await _host.LogAsync(text)).InboxItem, item => Suggests(item, mergedAway), TimeSpan.FromSeconds(30), "the request to be suggested");

        using var merged = await _host.Pm.PostAsJsonAsync($"/api/requests/{mergedAway}/merge", new { into });
        Assert.That(merged.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), await merged.Content.ReadAsStringAsync());

        await Eventually.Until(async () => (await _host.LogAsync(text)).InboxItem, item => Suggests(item, into), TimeSpan.FromSeconds(30), "the request it went into to be suggested");
    }

    private static bool Suggests(JsonObject inboxItem, Guid requestId) =>
        inboxItem["suggestedRequestId"] is { } suggested && suggested.GetValue<Guid>() == requestId;
}
