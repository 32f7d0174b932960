using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using VoiceOfCustomer.Contracts;
using VoiceOfCustomer.Review.Features.Holds;
using VoiceOfCustomer.Testing;

namespace VoiceOfCustomer.Review.Tests.Holds;

/// <summary>
/// The two-person rule through the all-in-one host: items go in through the Ingestion API, a CSM suppresses them in
/// triage, Review holds those of under-represented segments, a second person resolves them, and a reinstated item
/// is back in the PM queue.
/// </summary>
public sealed class When_a_suppression_needs_a_second_person
{
    private const string Flagged = "lusa";
    private HoldsHost _host = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _host = await HoldsHost.StartAsync();
        await _host.PutAccountAsync(Flagged, "pt");
        await _host.FlagSegmentAsync("language", "pt");
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    [Test]
    public async Task An_item_of_an_under_represented_segment_is_held_with_the_rule_that_flagged_it()
    {
        var feedbackId = await _host.LogAsync(Flagged, "Relatórios em português saem cortados.");
        await _host.SuppressAsync(feedbackId);

        var hold = await _host.OpenHoldAsync(feedbackId);

        Assert.That(hold["kind"]!.GetValue<string>(), Is.EqualTo(HoldKinds.Held));
        Assert.That(hold["why"]!.GetValue<string>(), Does.Contain("language = pt").And.Contain("policy"));
        Assert.That(hold["text"]!.GetValue<string>(), Is.EqualTo("Relatórios em português saem cortados."));
        Assert.That(hold["segments"]!["language"]!.GetValue<string>(), Is.EqualTo("pt"));
        Assert.That(hold["suppressedBy"]!.GetValue<string>(), Is.EqualTo(HoldsHost.Csm));
        Assert.That(hold["reason"]!.GetValue<string>(), Is.EqualTo("NotActionable"));
        await Eventually.Until(() => _host.ScalarAsync<long>("SELECT COUNT(*) FROM prioritization_holds WHERE feedback_id = @Id AND resolved_at IS NULL", new { Id = feedbackId }),
            count => count == 1, TimeSpan.FromSeconds(30), "Prioritization to know the hold");
    }

    [Test]
    public async Task The_csm_who_suppressed_is_refused_and_another_csm_reinstates_it_into_the_queue()
    {
        var feedbackId = await _host.LogAsync(Flagged, "Invoices in euros round the VAT wrongly");
        await _host.SuppressAsync(feedbackId);
        var holdId = (await _host.OpenHoldAsync(feedbackId))["holdId"]!.GetValue<Guid>();

        using var own = await HoldsHost.DisposeOfAsync(_host.Suppressor, holdId, "confirm");
        using var other = await HoldsHost.DisposeOfAsync(_host.OtherCsm, holdId, "reinstate", "Real bug, seen by other customers");
        using var again = await HoldsHost.DisposeOfAsync(_host.Auditor, holdId, "confirm");

        Assert.That(own.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await own.Content.ReadAsStringAsync(), Does.Contain("two-person rule"));
        Assert.That(other.StatusCode, Is.EqualTo(HttpStatusCode.Created), await other.Content.ReadAsStringAsync());
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), "a disposition is never changed");
        var last = await LastDecisionAsync(feedbackId, d => d["action"]!.GetValue<string>() == "forward");
        Assert.That(last["decidedBy"]!.GetValue<string>(), Is.EqualTo("test.other"));
        var requestId = last["requestId"]!.GetValue<Guid>();
        var request = await _host.Pm.GetFromJsonAsync<JsonObject>($"/api/requests/{requestId}");
        Assert.That(request!["title"]!.GetValue<string>(), Is.EqualTo("Invoices in euros round the VAT wrongly"), "a new request titled from the item");
        var queue = await _host.Pm.GetFromJsonAsync<JsonObject>("/api/requests?limit=200");
        Assert.That(queue!["items"]!.AsArray().Select(i => i!["requestId"]!.GetValue<Guid>()), Does.Contain(requestId), "the item is back in the PM queue");
    }

    [Test]
    public async Task A_reinstated_item_that_was_merged_before_goes_back_to_that_request()
    {
        var first = await _host.LogAsync(Flagged, "Exports time out on large reports");
        using var forward = await _host.Suppressor.PostAsJsonAsync($"/api/triage/{first}/decisions", new { action = "forward", newRequestTitle = "Large exports time out" });
        var requestId = (await forward.Content.ReadFromJsonAsync<JsonObject>())!["requestId"]!.GetValue<Guid>();
        var second = await _host.LogAsync(Flagged, "Export of 2 years of data never finishes");
        using var merge = await _host.Suppressor.PostAsJsonAsync($"/api/triage/{second}/decisions", new { action = "merge", requestId });
        Assert.That(merge.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        await _host.SuppressAsync(second);
        var holdId = (await _host.OpenHoldAsync(second))["holdId"]!.GetValue<Guid>();

        using var reinstated = await HoldsHost.DisposeOfAsync(_host.Auditor, holdId, "reinstate");

        Assert.That(reinstated.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var last = await LastDecisionAsync(second, d => d["action"]!.GetValue<string>() == "forward");
        Assert.That(last["requestId"]!.GetValue<Guid>(), Is.EqualTo(requestId), "back into the request it was merged into, not a new one");
        Assert.That(last["supersedes"]!.GetValue<Guid?>(), Is.Not.Null, "the suppression is superseded, not edited");
    }

    [Test]
    public async Task The_reviewer_reads_the_text_with_personal_data_masked_and_so_does_the_reinstated_title()
    {
        var feedbackId = await _host.LogAsync(Flagged, "Refund to card 4111 1111 1111 1111 never arrived");
        await _host.SuppressAsync(feedbackId);
        var hold = await _host.OpenHoldAsync(feedbackId);

        using var reinstated = await HoldsHost.DisposeOfAsync(_host.Auditor, hold["holdId"]!.GetValue<Guid>(), "reinstate");

        Assert.That(hold["text"]!.GetValue<string>(), Is.EqualTo("Refund to card [card] never arrived"));
        var last = await LastDecisionAsync(feedbackId, d => d["action"]!.GetValue<string>() == "forward");
        var request = await _host.Pm.GetFromJsonAsync<JsonObject>($"/api/requests/{last["requestId"]!.GetValue<Guid>()}");
        Assert.That(request!["title"]!.GetValue<string>(), Is.EqualTo("Refund to card [card] never arrived"));
    }

    [Test]
    public async Task A_redelivered_decision_is_held_once()
    {
        var triaged = Suppression(Guid.NewGuid(), Flagged);
        var bus = _host.Services.GetRequiredService<IBus>();
        await bus.Publish(triaged);
        await bus.Publish(triaged);
        await _host.OpenHoldAsync(triaged.FeedbackId);
        await Eventually.Until(() => _host.ScalarAsync<long>("SELECT COUNT(*) FROM prioritization_holds WHERE feedback_id = @Id", new { Id = triaged.FeedbackId }),
            count => count >= 1, TimeSpan.FromSeconds(30), "Prioritization to know the hold");
        await bus.Publish(triaged);

        var holds = await _host.ScalarAsync<long>("SELECT COUNT(*) FROM review_holds WHERE feedback_id = @Id", new { Id = triaged.FeedbackId });
        var known = await _host.ScalarAsync<long>("SELECT COUNT(*) FROM prioritization_holds WHERE feedback_id = @Id", new { Id = triaged.FeedbackId });

        Assert.That(holds, Is.EqualTo(1));
        Assert.That(known, Is.EqualTo(1));
    }

    [Test]
    public async Task Resolved_samples_give_the_miss_rate()
    {
        await _host.PutAccountAsync("plain", "en");
        var sampled = SampledIds(2);
        var bus = _host.Services.GetRequiredService<IBus>();
        foreach (var feedbackId in sampled)
        {
            await bus.Publish(Suppression(feedbackId, "plain"));
        }

        var holds = new List<JsonObject>();
        foreach (var feedbackId in sampled)
        {
            holds.Add(await _host.OpenHoldAsync(feedbackId));
        }

        using var reinstated = await HoldsHost.DisposeOfAsync(_host.Auditor, holds[0]["holdId"]!.GetValue<Guid>(), "reinstate");
        using var confirmed = await HoldsHost.DisposeOfAsync(_host.Auditor, holds[1]["holdId"]!.GetValue<Guid>(), "confirm");
        var summary = await _host.Auditor.GetFromJsonAsync<JsonObject>("/api/review/holds/summary");
        var resolved = await _host.Auditor.GetFromJsonAsync<JsonArray>("/api/review/holds?status=resolved");

        Assert.That(holds.Select(h => h["kind"]!.GetValue<string>()), Is.All.EqualTo(HoldKinds.Sampled));
        Assert.That(holds[0]["why"]!.GetValue<string>(), Does.Contain("sampled at random"));
        Assert.That(summary!["sampled"]!["reinstated"]!.GetValue<long>(), Is.EqualTo(1));
        Assert.That(summary["sampled"]!["confirmed"]!.GetValue<long>(), Is.EqualTo(1));
        Assert.That(summary["missRate"]!.GetValue<double>(), Is.EqualTo(0.5));
        Assert.That(resolved!.Select(h => h!["status"]!.GetValue<string>()), Does.Contain("reinstated").And.Contain("confirmed"));
    }

    private async Task<JsonObject> LastDecisionAsync(Guid feedbackId, Func<JsonObject, bool> done) => await Eventually.Until(
        async () => (await _host.Auditor.GetFromJsonAsync<JsonArray>($"/api/triage/{feedbackId}/decisions"))!.Select(d => d!.AsObject()).Last(),
        done, TimeSpan.FromSeconds(30), "the reinstating decision");

    /// <summary>Item ids the 5% sample takes, found by drawing from a seeded generator.</summary>
    private static List<Guid> SampledIds(int count)
    {
        var random = new Random(20260101);
        var ids = new List<Guid>();
        var bytes = new byte[16];
        while (ids.Count < count)
        {
            random.NextBytes(bytes);
            var id = new Guid(bytes);
            if (ReviewSample.Takes(id, 0.05))
            {
                ids.Add(id);
            }
        }

        return ids;
    }

    private static FeedbackTriaged Suppression(Guid feedbackId, string accountId) => new(
        feedbackId, Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), null, HoldsHost.Csm, TriageAction.Suppress, null, null, SuppressionReason.Spam, null,
        new FeedbackDetails(accountId, HoldsHost.Csm, "call", 1, 0, null, DateTimeOffset.UtcNow));
}
