using System.Text.Json.Nodes;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using VoiceOfCustomer.Contracts;
using VoiceOfCustomer.Hosting.Access;
using VoiceOfCustomer.Hosting.Storage;
using VoiceOfCustomer.Portal.Features.SignIn;
using VoiceOfCustomer.Prioritization.Features.Requests;
using VoiceOfCustomer.Review.Features.Audit;

namespace VoiceOfCustomer.Review.Tests.Audit;

/// <summary>
/// The whole path in the all-in-one host: what the services publish becomes audit records, once each, with personal
/// data only as its keyed hash, and the API verifies and exports them.
/// </summary>
public sealed class When_events_reach_the_audit_log
{
    private AuditHost _host = null!;

    [OneTimeSetUp]
    public void Start() => _host = AuditHost.Start();

    [OneTimeTearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    [Test]
    public async Task A_triage_decision_delivered_twice_is_recorded_once()
    {
        var bus = _host.Services.GetRequiredService<IBus>();
        var triaged = new FeedbackTriaged(Guid.NewGuid(), Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), null, "csm.bob", TriageAction.Suppress,
            null, null, SuppressionReason.Other, "Ana Silva at Acme says it is not urgent",
            new FeedbackDetails("acme", "csm.bob", "call", 2, 1, "pt", DateTimeOffset.UtcNow));
        var held = new FeedbackHeld(triaged.FeedbackId, triaged.CorrelationId, DateTimeOffset.UtcNow, Guid.NewGuid(), "under-represented segment: language pt");
        await bus.Publish(triaged);
        await bus.Publish(triaged);
        await bus.Publish(held);
        await _host.RecordsOfAsync("feedback.held", r => r.Payload.Contains(held.HoldId.ToString(), StringComparison.Ordinal), "the hold to be recorded");

        var records = await _host.RecordsOfAsync("feedback.triaged", r => r.Payload.Contains(triaged.DecisionId.ToString(), StringComparison.Ordinal), "the decision to be recorded");

        Assert.That(records, Has.Count.EqualTo(1), "a redelivered decision appends nothing new");
        Assert.That(records[0].Actor, Is.EqualTo("csm.bob"));
        var payload = JsonNode.Parse(records[0].Payload)!;
        Assert.That(payload["action"]!.GetValue<string>(), Is.EqualTo("Suppress"));
        Assert.That(records[0].Payload, Does.Not.Contain("Ana Silva"), "free text may name a person: only its keyed hash is kept");
        Assert.That(payload["reasonTextHmac"]!.GetValue<string>(), Is.EqualTo(_host.Services.GetRequiredService<PersonalDataHash>().Of(triaged.ReasonText!)));
    }

    [Test]
    public async Task A_failed_sign_in_is_recorded_with_a_keyed_hash_of_the_user_name_that_review_computes_alike()
    {
        const string name = "someone.unknown";
        var outcome = await _host.Services.GetRequiredService<SignInCheck>().CheckAsync(name, "not the password", CancellationToken.None);
        Assert.That(outcome.User, Is.Null);
        var expected = _host.Services.GetRequiredService<PersonalDataHash>().Of(name);

        var records = await _host.RecordsOfAsync("sign-in.failed", r => r.Payload.Contains(expected, StringComparison.Ordinal), "the failed sign-in to be recorded");

        Assert.That(records, Has.Count.EqualTo(1));
        Assert.That(records[0].Payload, Does.Not.Contain(name));
        Assert.That(JsonNode.Parse(records[0].Payload)!["reason"]!.GetValue<string>(), Is.EqualTo("UnknownUser"));
    }

    [Test]
    public async Task A_formula_change_found_by_the_rescore_is_recorded_with_the_versions()
    {
        var database = _host.Services.GetRequiredService<Database>();
        await using (var work = await database.BeginAsync(CancellationToken.None))
        {
            var requestId = await RequestStore.CreateAsync(work, "Scored by an older formula", "tests", DateTimeOffset.UtcNow, CancellationToken.None);
            await work.ExecuteAsync("UPDATE prioritization_requests SET formula_version = 0 WHERE request_id = @RequestId", new { RequestId = requestId }, CancellationToken.None);
            await work.CommitAsync(CancellationToken.None);
        }

        await _host.Services.GetRequiredService<FormulaRescore>().RunAsync(CancellationToken.None);

        var records = await _host.RecordsOfAsync("formula.changed", _ => true, "the formula change to be recorded");
        var payload = JsonNode.Parse(records[0].Payload)!;
        Assert.That(payload["previousVersions"]!.AsArray().Select(v => v!.GetValue<int>()).Single(), Is.EqualTo(0));
        Assert.That(payload["version"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(payload["settings"]!["RevenueCapShare"]!.GetValue<string>(), Is.EqualTo("0.25"));
    }

    [Test]
    public async Task A_taxonomy_change_is_recorded_with_who_made_it_and_its_hash()
    {
        var changed = new TaxonomyChanged(Guid.NewGuid(), Guid.NewGuid(), DateTimeOffset.UtcNow, "admin.ada", 7, 6, new string('a', 64));
        await _host.Services.GetRequiredService<IBus>().Publish(changed);

        var records = await _host.RecordsOfAsync("taxonomy.changed", r => r.Payload.Contains(changed.ChangeId.ToString(), StringComparison.Ordinal), "the taxonomy change to be recorded");
        var payload = JsonNode.Parse(records[0].Payload)!;

        Assert.That(records[0].Actor, Is.EqualTo("admin.ada"));
        Assert.That(payload["version"]!.GetValue<int>(), Is.EqualTo(7));
        Assert.That(payload["previousVersion"]!.GetValue<int>(), Is.EqualTo(6));
        Assert.That(payload["sha256"]!.GetValue<string>(), Is.EqualTo(changed.Sha256));
    }

    [Test]
    public async Task A_pm_merging_two_requests_is_recorded()
    {
        var merged = new RequestMerged(Guid.NewGuid(), Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), Guid.NewGuid(), "pm.pat");
        await _host.Services.GetRequiredService<IBus>().Publish(merged);

        var records = await _host.RecordsOfAsync("request.merged", r => r.Payload.Contains(merged.MergeId.ToString(), StringComparison.Ordinal), "the merge to be recorded");
        var payload = JsonNode.Parse(records[0].Payload)!;

        Assert.That(records[0].Actor, Is.EqualTo("pm.pat"));
        Assert.That(payload["requestId"]!.GetValue<string>(), Is.EqualTo(merged.RequestId.ToString()));
        Assert.That(payload["into"]!.GetValue<string>(), Is.EqualTo(merged.Into.ToString()));
    }

    [Test]
    public async Task The_api_verifies_the_log_and_exports_checkpoints_that_name_the_public_key()
    {
        var bus = _host.Services.GetRequiredService<IBus>();
        var resolved = new ReviewResolved(Guid.NewGuid(), Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), true, "auditor.ann");
        await bus.Publish(resolved);
        await _host.RecordsOfAsync("review.resolved", r => r.Payload.Contains(resolved.HoldId.ToString(), StringComparison.Ordinal), "the disposition to be recorded");
        await _host.Services.GetRequiredService<AuditCheckpoints>().SignIfDueAsync(force: true, CancellationToken.None);

        var verified = await _host.GetAsync<JsonObject>("/api/audit/verify");
        var export = await _host.GetAsync<JsonObject>("/api/audit/checkpoints");
        var page = await _host.GetAsync<JsonObject>("/api/audit?limit=1");

        Assert.That(verified["intact"]!.GetValue<bool>(), Is.True, verified.ToJsonString());
        Assert.That(verified["checkpointsChecked"]!.GetValue<int>(), Is.GreaterThanOrEqualTo(1));
        Assert.That(export["publicKeyPem"]!.GetValue<string>(), Does.StartWith("-----BEGIN PUBLIC KEY-----"));
        Assert.That(export["checkpoints"]!.AsArray(), Is.Not.Empty);
        Assert.That(page["items"]!.AsArray(), Has.Count.EqualTo(1));
    }
}
