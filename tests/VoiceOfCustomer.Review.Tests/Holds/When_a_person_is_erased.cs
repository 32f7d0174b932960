using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using VoiceOfCustomer.Hosting.Access;
using VoiceOfCustomer.Review.Features.Audit;
using VoiceOfCustomer.Review.Features.Erasure;
using VoiceOfCustomer.Testing;

namespace VoiceOfCustomer.Review.Tests.Holds;

/// <summary>
/// GDPR erasure through the all-in-one host: Ingestion and Review redact the person's data, the audit log records the
/// erasure with keyed hashes only, and the chain still verifies.
/// </summary>
public sealed class When_a_person_is_erased
{
    private const string Email = "ana.silva@example.pt";
    private HoldsHost _host = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _host = await HoldsHost.StartAsync();
        await _host.PutAccountAsync("erasable", "pt");
        await _host.PutAccountAsync("bystander", "en");
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    [Test]
    public async Task Their_contact_fields_and_text_spans_are_redacted_and_the_audit_chain_still_verifies()
    {
        var theirs = await _host.LogAsync("erasable", $"Ana Silva ({Email}, +351 912 345 678) says exports fail", "Ana Silva", Email);
        var mention = await _host.LogAsync("bystander", $"Forwarded by {Email}: exports fail for us too");
        await _host.SuppressAsync(theirs);

        using var response = await _host.Admin.PostAsJsonAsync("/api/review/erasure", new { contactEmail = "Ana.Silva@Example.pt" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await response.Content.ReadAsStringAsync());
        var receipt = (await response.Content.ReadFromJsonAsync<ErasureReceipt>())!;
        var logged = await Eventually.Until(() => _host.ScalarAsync<string>("SELECT text FROM ingestion_feedback WHERE feedback_id = @Id AND contact_email IS NULL", new { Id = theirs }),
            text => text is not null, TimeSpan.FromSeconds(30), "Ingestion to redact the contact");
        Assert.That(logged, Does.Not.Contain("Ana Silva").And.Not.Contain(Email).And.Not.Contain("912 345"));
        Assert.That(logged, Does.Contain("[name]").And.Contain("[email]").And.Contain("exports fail"));
        Assert.That(await _host.ScalarAsync<string?>("SELECT contact_name FROM ingestion_feedback WHERE feedback_id = @Id", new { Id = theirs }), Is.Null);
        await Eventually.Until(() => _host.ScalarAsync<string>("SELECT text FROM ingestion_feedback WHERE feedback_id = @Id", new { Id = mention }),
            text => !text.Contains(Email, StringComparison.Ordinal), TimeSpan.FromSeconds(30), "Ingestion to redact the mention");
        var reviewTexts = await _host.ScalarAsync<long>("SELECT COUNT(*) FROM review_feedback_text WHERE LOWER(text) LIKE '%ana.silva@example.pt%'");
        Assert.That(reviewTexts, Is.Zero, "Review's copies are redacted in the request's transaction");
        Assert.That(receipt.ReviewTextsRedacted, Is.EqualTo(2));

        var record = (await _host.Services.GetRequiredService<AuditReads>().RecordsBeforeAsync(receipt.AuditSeq + 1, 1, CancellationToken.None)).Single();
        Assert.That(record.Type, Is.EqualTo(PersonErasures.AuditType));
        Assert.That(record.Payload, Does.Not.Contain("ana.silva").IgnoreCase);
        Assert.That(JsonNode.Parse(record.Payload)!["contactEmailHmac"]!.GetValue<string>(),
            Is.EqualTo(_host.Services.GetRequiredService<PersonalDataHash>().Of(Email)), "the same person hashes alike whatever the case");
        await _host.Services.GetRequiredService<AuditCheckpoints>().SignIfDueAsync(force: true, CancellationToken.None);
        var verified = await _host.Auditor.GetFromJsonAsync<JsonObject>("/api/audit/verify");
        Assert.That(verified!["intact"]!.GetValue<bool>(), Is.True, verified.ToJsonString());
    }

    [Test]
    public async Task A_whole_account_is_erased_by_its_id()
    {
        var feedbackId = await _host.LogAsync("erasable", "Call me on +351 913 222 111 about the export", "Rui Costa", "rui@example.pt");

        using var response = await _host.Admin.PostAsJsonAsync("/api/review/erasure", new { accountId = "erasable" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        var text = await Eventually.Until(() => _host.ScalarAsync<string>("SELECT text FROM ingestion_feedback WHERE feedback_id = @Id AND contact_email IS NULL", new { Id = feedbackId }),
            t => t is not null, TimeSpan.FromSeconds(30), "Ingestion to redact the account's contacts");
        Assert.That(text, Does.Not.Contain("913 222"));
    }

    [TestCase("{}")]
    [TestCase("""{"accountId":"erasable","contactEmail":"a@b.c"}""")]
    [TestCase("""{"contactEmail":"not an email"}""")]
    public async Task A_request_that_does_not_name_one_person_is_refused(string body)
    {
        using var response = await _host.Admin.PostAsync("/api/review/erasure", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task Only_an_admin_may_erase()
    {
        using var response = await _host.Auditor.PostAsJsonAsync("/api/review/erasure", new { accountId = "erasable" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }
}
