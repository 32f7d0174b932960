using System.Net.Http.Json;
using System.Text.Json.Nodes;
using VoiceOfCustomer.Hosting.Access;
using VoiceOfCustomer.Integration.Tests.Support;
using VoiceOfCustomer.Review.Features.Audit;
using VoiceOfCustomer.Review.Features.Reports;
using VoiceOfCustomer.Testing;

namespace VoiceOfCustomer.Integration.Tests.Review;

/// <summary>
/// The two-person rule with every service in its own host on RabbitMQ and PostgreSQL: an admin designates a segment on
/// Review, a CSM logs an item on Ingestion and suppresses it on Prioritization, Review holds it, an auditor reinstates
/// it, and the item is back in Prioritization's queue; the audit log on PostgreSQL records each step and verifies.
/// </summary>
public sealed class When_a_held_item_is_reinstated_across_services
{
    private const string Language = "ga";
    private const string Text = "Irish invoices print the VAT number twice";
    private static readonly string[] AuditedSteps = ["feedback.triaged", "feedback.held", "review.resolved"];
    private HttpClient _admin = null!;
    private HttpClient _csm = null!;
    private HttpClient _auditor = null!;
    private HttpClient _pm = null!;
    private HttpClient _ingestion = null!;
    private Guid _feedbackId;
    private JsonObject _hold = null!;

    [OneTimeSetUp]
    public async Task SuppressAsync()
    {
        var hosts = DistributedPipeline.Current.Hosts;
        _admin = RoleClient.For(hosts.Review, Roles.Admin);
        _auditor = RoleClient.For(hosts.Review, Roles.Auditor);
        _csm = RoleClient.For(hosts.Prioritization, Roles.Csm);
        _pm = RoleClient.For(hosts.Prioritization, Roles.Pm);
        _ingestion = RoleClient.For(hosts.Ingestion, Roles.Csm);

        var accountId = await DistributedPipeline.Current.Api.CreateAccountAsync(Samples.Account(region: "EMEA", country: "IE", language: Language));
        using (var policy = await _admin.PutAsJsonAsync("/api/review/policy", new { segments = new[] { new { attribute = "language", value = Language } } }))
        {
            Assert.That((int)policy.StatusCode, Is.LessThan(300), await policy.Content.ReadAsStringAsync());
        }

        await Eventually.Until(() => _auditor.GetFromJsonAsync<ReportEndpoints.Report<SegmentLine>>("/api/review/segments?attribute=language"),
            report => report!.Rows.Any(r => r.Value == Language && r.UnderRepresented), Patience.OneItem, $"language {Language} to be under-represented on Review");

        using var logged = await _ingestion.PostAsJsonAsync("/api/feedback", new { accountId, text = Text, sourceChannel = "call", csmImportance = 2, goalProximity = 1, businessGoal = "file VAT returns on time" });
        Assert.That((int)logged.StatusCode, Is.EqualTo(202), await logged.Content.ReadAsStringAsync());
        _feedbackId = (await logged.Content.ReadFromJsonAsync<JsonObject>())!["feedbackId"]!.GetValue<Guid>();
        await Eventually.Until(() => _csm.GetFromJsonAsync<JsonArray>("/api/triage/inbox"),
            inbox => inbox!.Any(item => item!["feedbackId"]!.GetValue<Guid>() == _feedbackId), Patience.OneItem, "the item to reach the CSM's triage inbox");
        using var suppressed = await _csm.PostAsJsonAsync($"/api/triage/{_feedbackId}/decisions", new { action = "suppress", reason = "notActionable" });
        Assert.That((int)suppressed.StatusCode, Is.EqualTo(201), await suppressed.Content.ReadAsStringAsync());

        _hold = await Eventually.Until(
            async () => (await _auditor.GetFromJsonAsync<JsonArray>("/api/review/holds"))!.Select(h => h!.AsObject()).FirstOrDefault(h => h["feedbackId"]!.GetValue<Guid>() == _feedbackId),
            hold => hold is not null, Patience.OneItem, "the suppression to be held on Review") ?? throw new InvalidOperationException("unreachable");
    }

    [OneTimeTearDown]
    public void Dispose()
    {
        _admin.Dispose();
        _csm.Dispose();
        _auditor.Dispose();
        _pm.Dispose();
        _ingestion.Dispose();
    }

    [Test]
    public void The_hold_shows_the_text_the_segment_and_who_suppressed_it()
    {
        Assert.That(_hold["text"]!.GetValue<string>(), Is.EqualTo(Text));
        Assert.That(_hold["segments"]!["language"]!.GetValue<string>(), Is.EqualTo(Language));
        Assert.That(_hold["suppressedBy"]!.GetValue<string>(), Is.EqualTo($"test.{Roles.Csm}"));
        Assert.That(_hold["why"]!.GetValue<string>(), Does.Contain($"language = {Language}"));
    }

    [Test]
    public async Task Reinstated_by_an_auditor_it_is_back_in_the_pm_queue_and_the_audit_log_verifies()
    {
        using var reinstated = await _auditor.PostAsJsonAsync($"/api/review/holds/{_hold["holdId"]!.GetValue<Guid>()}/disposition", new { disposition = "reinstate", note = "A real bug" });
        Assert.That((int)reinstated.StatusCode, Is.EqualTo(201), await reinstated.Content.ReadAsStringAsync());

        var queued = await Eventually.Until(() => _pm.GetFromJsonAsync<JsonObject>("/api/requests?limit=200"),
            queue => queue!["items"]!.AsArray().Any(i => i!["title"]!.GetValue<string>() == Text), Patience.OneItem, "the reinstated item's request in the PM queue");
        Assert.That(queued, Is.Not.Null);

        var audit = await Eventually.Until(() => _auditor.GetFromJsonAsync<AuditEndpoints.AuditPage>("/api/audit?limit=200"),
            page => page!.Items.Count(r => r.Payload.Contains(_feedbackId.ToString(), StringComparison.Ordinal)) >= 4, Patience.OneItem,
            "the suppression, the hold, the disposition and the reinstating decision in the audit log");
        Assert.That(audit!.Items.Where(r => r.Payload.Contains(_feedbackId.ToString(), StringComparison.Ordinal)).Select(r => r.Type).Distinct(),
            Is.SupersetOf(AuditedSteps));
        var verified = await _auditor.GetFromJsonAsync<AuditVerification>("/api/audit/verify");
        Assert.That(verified!.Intact, Is.True, verified.Summary);
    }
}
