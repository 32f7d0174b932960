using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using VoiceOfCustomer.Prioritization.Tests.Support;

namespace VoiceOfCustomer.Prioritization.Tests.Requests;

/// <summary>A PM splits items off a request or moves them to another; each move is a decision on record, and all move or none.</summary>
public sealed class When_items_move_between_requests
{
    private TriageHost _host = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _host = await TriageHost.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    [Test]
    public async Task Splitting_makes_a_new_request_from_the_items_and_both_are_scored_again()
    {
        var (request, first, second) = await RequestWithTwoItemsAsync("Reports");

        using var response = await _host.Pm.PostAsJsonAsync($"/api/requests/{request}/move", new { feedbackIds = new[] { second }, newRequestTitle = "Reports by region" });
        var moved = await response.Content.ReadFromJsonAsync<JsonObject>();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), moved?.ToJsonString());
        var split = moved!["requestId"]!.GetValue<Guid>();
        Assert.That((await _host.RequestAsync(request))!["reach"]!.GetValue<int>(), Is.EqualTo(1), "one account left");
        Assert.That((await _host.RequestAsync(split))!["title"]!.GetValue<string>(), Is.EqualTo("Reports by region"));
        var history = (await _host.Api.GetFromJsonAsync<JsonArray>($"/api/triage/{second}/decisions"))!;
        Assert.That(history.Last()!["decidedBy"]!.GetValue<string>(), Is.EqualTo("test.pm"), "the move is a decision by whoever moved it");
        Assert.That(history.Last()!["requestId"]!.GetValue<Guid>(), Is.EqualTo(split));
        Assert.That(history.Last()!["supersedes"]!.GetValue<Guid>(), Is.EqualTo(history[^2]!["decisionId"]!.GetValue<Guid>()));
        Assert.That(first, Is.Not.EqualTo(second));
    }

    [Test]
    public async Task Moving_to_another_request_counts_the_account_there()
    {
        var (request, _, second) = await RequestWithTwoItemsAsync("Invoices");
        var (other, _, _) = await RequestWithTwoItemsAsync("Billing", accounts: ["acme", "acme"]);

        using var response = await _host.Pm.PostAsJsonAsync($"/api/requests/{request}/move", new { feedbackIds = new[] { second }, into = other });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        Assert.That((await _host.RequestAsync(other))!["reach"]!.GetValue<int>(), Is.EqualTo(2), "globex joined acme there");
    }

    [Test]
    public async Task An_item_of_another_request_moves_nothing_at_all()
    {
        var (request, first, _) = await RequestWithTwoItemsAsync("Exports");
        var (_, stranger, _) = await RequestWithTwoItemsAsync("Imports");

        using var response = await _host.Pm.PostAsJsonAsync($"/api/requests/{request}/move", new { feedbackIds = new[] { first, stranger }, newRequestTitle = "Half of it" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.That(problem!["errors"]!.AsObject().Select(e => e.Key), Is.EqualTo((string[])["feedbackIds"]));
        Assert.That((await _host.RequestAsync(request))!["reach"]!.GetValue<int>(), Is.EqualTo(2), "both items are still there");
    }

    [TestCase("""{"feedbackIds":[],"newRequestTitle":"x"}""", "feedbackIds")]
    [TestCase("""{"feedbackIds":["7f1b7c3e-0000-4000-8000-000000000001"]}""", "into")]
    [TestCase("""{"feedbackIds":["7f1b7c3e-0000-4000-8000-000000000001"],"newRequestTitle":"x","into":"7f1b7c3e-0000-4000-8000-000000000002"}""", "into")]
    public async Task A_bad_move_is_refused_naming_the_field(string body, string field)
    {
        var (request, _, _) = await RequestWithTwoItemsAsync("Dashboards");
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");

        using var response = await _host.Pm.PostAsync($"/api/requests/{request}/move", content);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.That(problem!["errors"]!.AsObject().Select(e => e.Key), Does.Contain(field));
    }

    private async Task<(Guid Request, Guid First, Guid Second)> RequestWithTwoItemsAsync(string title, string[]? accounts = null)
    {
        accounts ??= ["acme", "globex"];
        var first = await _host.LogAsync(accounts[0], $"{title}: the first ask.");
        var second = await _host.LogAsync(accounts[1], $"{title}: the second ask.");
        using var forwarded = await _host.DecideAsync(first, new { action = "forward", newRequestTitle = title });
        var request = (await forwarded.Content.ReadFromJsonAsync<JsonObject>())!["requestId"]!.GetValue<Guid>();
        using var merged = await _host.DecideAsync(second, new { action = "merge", requestId = request });
        Assert.That(merged.IsSuccessStatusCode, Is.True, await merged.Content.ReadAsStringAsync());
        return (request, first, second);
    }
}
