using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using VoiceOfCustomer.Prioritization.Tests.Support;

namespace VoiceOfCustomer.Prioritization.Tests.Requests;

/// <summary>A PM renames requests, sets their status (declined with a reason), merges them; CSMs whose customers asked hear of it.</summary>
public sealed class When_a_pm_changes_requests
{
    private static readonly string[] PlannedMessage = ["\"Export the audit log\" is now planned."];

    private TriageHost _host = null!;
    private HttpClient _pm = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _host = await TriageHost.StartAsync();
        _pm = _host.Pm;
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    [Test]
    public async Task A_status_change_notifies_the_csm_and_is_on_record()
    {
        var requestId = await ForwardAsync("acme", "Audit trail export", "Audit log export");
        using (var planned = await _pm.PatchAsJsonAsync($"/api/requests/{requestId}", new { status = "planned", title = "Export the audit log" }))
        {
            Assert.That(planned.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), await planned.Content.ReadAsStringAsync());
        }

        var notifications = await _host.Api.GetFromJsonAsync<JsonArray>("/api/notifications");
        var mine = notifications!.Select(n => n!.AsObject()).Where(n => n["requestId"]!.GetValue<Guid>() == requestId).ToList();
        Assert.That(mine.Select(n => n["message"]!.GetValue<string>()), Is.EqualTo(PlannedMessage));

        using var read = await _host.Api.PostAsync($"/api/notifications/{mine[0]["notificationId"]}/read", null);
        Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        var after = await _host.Api.GetFromJsonAsync<JsonArray>("/api/notifications");
        Assert.That(after!.Single(n => n!["notificationId"]!.GetValue<Guid>() == mine[0]["notificationId"]!.GetValue<Guid>())!["readAt"], Is.Not.Null);
    }

    [TestCase("""{"status":"declined"}""", "statusReason")]
    [TestCase("""{"status":"someday"}""", "status")]
    [TestCase("""{"title":""}""", "title")]
    [TestCase("""{}""", "title")]
    public async Task A_bad_change_is_refused_naming_the_field(string body, string field)
    {
        var requestId = await ForwardAsync("acme", $"Bad change {field} {body.Length}", $"Request for {field} {body.Length}");
        using var response = await _pm.PatchAsync($"/api/requests/{requestId}", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.That(problem!["errors"]!.AsObject().Select(e => e.Key), Does.Contain(field));
    }

    [Test]
    public async Task Merging_moves_the_accounts_and_closes_the_merged_request()
    {
        var into = await ForwardAsync("acme", "Reports by region", "Regional reports");
        var from = await ForwardAsync("globex", "Reporting per region please", "Reports per region");
        var before = (await _host.RequestAsync(into))!["reach"]!.GetValue<int>();

        using (var merged = await _pm.PostAsJsonAsync($"/api/requests/{from}/merge", new { into }))
        {
            Assert.That(merged.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), await merged.Content.ReadAsStringAsync());
        }

        Assert.That((await _host.RequestAsync(into))!["reach"]!.GetValue<int>(), Is.EqualTo(before + 1));
        Assert.That(await _host.RequestAsync(from), Is.Null, "a merged request leaves the queue");
        using var again = await _pm.PostAsJsonAsync($"/api/requests/{from}/merge", new { into });
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        using var intoItself = await _pm.PostAsJsonAsync($"/api/requests/{into}/merge", new { into });
        Assert.That(intoItself.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task The_queue_exports_as_csv_with_formulas_kept_as_text()
    {
        var requestId = await ForwardAsync("globex", "Formula-looking title", "=HYPERLINK(\"x\")");
        var csv = await _pm.GetStringAsync("/api/requests/export");
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines[0], Is.EqualTo("rank,revenue_rank,request_id,title,status,score,accounts,revenue_total"));
        Assert.That(lines.Single(line => line.Contains(requestId.ToString(), StringComparison.Ordinal)), Does.Contain(",\"'=HYPERLINK(\"\"x\"\")\",underReview,"));
        Assert.That(lines.Skip(1).Select(line => int.Parse(line.Split(',')[0], System.Globalization.CultureInfo.InvariantCulture)), Is.Ordered);
    }

    [Test]
    public async Task The_queue_and_the_request_page_show_what_was_asked_with_personal_data_masked()
    {
        var requestId = await ForwardAsync("acme", "Exports fail for anna.berg@example.com, call +44 20 7946 0958", "Exports fail");

        var queue = await _pm.GetFromJsonAsync<JsonObject>("/api/requests?limit=200");
        var request = await _pm.GetFromJsonAsync<JsonObject>($"/api/requests/{requestId}");

        var row = queue!["items"]!.AsArray().Single(i => i!["requestId"]!.GetValue<Guid>() == requestId)!;
        Assert.That(row["verbatims"]!.AsArray().Select(v => v!.GetValue<string>()).Single(), Is.EqualTo("Exports fail for [email], call [phone]"));
        Assert.That(request!["verbatims"]![0]!["text"]!.GetValue<string>(), Is.EqualTo("Exports fail for [email], call [phone]"));
    }

    private async Task<Guid> ForwardAsync(string accountId, string text, string title)
    {
        var item = await _host.LogAsync(accountId, text);
        using var response = await _host.DecideAsync(item, new { action = "forward", newRequestTitle = title });
        return (await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonObject>())!["requestId"]!.GetValue<Guid>();
    }
}
