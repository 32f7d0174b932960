using System.Text.Json;
using System.Text.RegularExpressions;
using VoiceOfCustomer.Browser.Tests.Support;
using VoiceOfCustomer.Testing;
using static Microsoft.Playwright.Assertions;

namespace VoiceOfCustomer.Browser.Tests.Tagging;

/// <summary>A CSM logs what a customer of an existing request said again; the decision page pre-selects merging into the request Tagging suggests.</summary>
public sealed partial class When_tagging_suggests_a_request : PortalTest
{
    [Test]
    public async Task The_decision_page_preselects_the_merge_with_its_similarity()
    {
        await Host.DemoTriagedAsync();
        await SignInAsAsync(Role.Csm);
        var said = await SmallestRequestVerbatimsAsync();
        await new FeedbackForm(Page).LogAsync(said);
        var feedbackId = new Uri(Page.Url).Segments[^1];

        // The inbox item carries Tagging's suggestion once the item has crossed Tagging and Prioritization.
        var suggested = await Eventually.Until(() => InboxItemAsync(feedbackId), item => item is not null, TimeSpan.FromSeconds(60), $"item {feedbackId} in the triage inbox");
        Assert.That(suggested!.Value.GetProperty("suggestedPrefill").GetBoolean(), Is.True, $"'{said}' logged again is pre-filled: {suggested}");
        var requestId = suggested.Value.GetProperty("suggestedRequestId").GetString();

        await Page.GotoAsync($"/triage/{feedbackId}");

        var form = new DecisionForm(Page);
        await Expect(form.Merge).ToBeCheckedAsync();
        await Expect(form.Request).ToHaveValueAsync(requestId!);
        await Expect(Page.Locator("[data-testid=suggestion]")).ToHaveTextAsync(Suggested());
        await Expect(form.Request).ToHaveAttributeAsync("aria-describedby", new Regex(@"\bRequestId-hint\b"));
    }

    /// <summary>
    /// What customers said in the queue's request with the fewest accounts, as the API's verbatims give it: a small
    /// request's document is close to its few items, so saying the same again is well above the pre-fill threshold.
    /// </summary>
    private async Task<string> SmallestRequestVerbatimsAsync()
    {
        var response = await Page.APIRequest.GetAsync("/api/requests?limit=200");
        Assert.That(response.Ok, Is.True, $"GET /api/requests?limit=200 answered {response.Status}");
        var page = await response.JsonAsync() ?? throw new JsonException("GET /api/requests answered no JSON");
        var smallest = page.GetProperty("items").EnumerateArray()
            .Where(request => request.GetProperty("verbatims").GetArrayLength() > 0)
            .OrderBy(request => request.GetProperty("reach").GetInt32())
            .Select(request => string.Join(" ", request.GetProperty("verbatims").EnumerateArray().Select(v => v.GetString())))
            .FirstOrDefault();
        return smallest ?? throw new AssertionException("No request in the queue has a verbatim: is the demo triaged?");
    }

    private async Task<JsonElement?> InboxItemAsync(string feedbackId)
    {
        var response = await Page.APIRequest.GetAsync("/api/triage/inbox");
        Assert.That(response.Ok, Is.True, $"GET /api/triage/inbox answered {response.Status}");
        var items = await response.JsonAsync() ?? throw new JsonException("GET /api/triage/inbox answered no JSON");
        return items.EnumerateArray().Where(item => item.GetProperty("feedbackId").GetString() == feedbackId).Select(item => (JsonElement?)item).FirstOrDefault();
    }

    [GeneratedRegex(@"^Suggested by tagging: similarity (0\.\d\d|1\.00)\.$")]
    private static partial Regex Suggested();
}
