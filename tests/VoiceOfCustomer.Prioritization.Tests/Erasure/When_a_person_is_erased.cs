using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using VoiceOfCustomer.Contracts;
using VoiceOfCustomer.Prioritization.Tests.Support;
using VoiceOfCustomer.Testing;

namespace VoiceOfCustomer.Prioritization.Tests.Erasure;

/// <summary>An erasure request masks the personal data in Prioritization's copy of the text: what the PM reads as verbatims.</summary>
public sealed class When_a_person_is_erased
{
    private TriageHost _host = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _host = await TriageHost.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    [Test]
    public async Task The_verbatims_of_the_account_lose_the_email_and_phone()
    {
        var feedbackId = await _host.LogAsync("acme", "Call jane.doe@acme.example or +33 6 12 34 56 78 about the export.");
        using var forwarded = await _host.DecideAsync(feedbackId, new { action = "forward", newRequestTitle = "Export for Jane" });
        var requestId = (await forwarded.Content.ReadFromJsonAsync<JsonObject>())!["requestId"]!.GetValue<Guid>();

        await _host.Services.GetRequiredService<IBus>().Publish(
            new PersonErasureRequested(Guid.NewGuid(), Guid.NewGuid(), DateTimeOffset.UtcNow, "acme", null, "test.admin"));

        var verbatims = await Eventually.Until(
            async () => (await _host.RequestAsync(requestId))!["verbatims"]!.AsArray().Select(v => v!.GetValue<string>()).ToList(),
            texts => texts.All(t => !t.Contains("jane.doe@acme.example", StringComparison.Ordinal)), TimeSpan.FromSeconds(30), "the email to be masked");
        Assert.That(verbatims.Single(), Does.Not.Contain("12 34 56 78").And.Contain("about the export"));
    }
}
