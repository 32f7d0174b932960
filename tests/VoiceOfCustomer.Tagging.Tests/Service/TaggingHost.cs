extern alias AllInOne;

using System.Net.Http.Json;
using System.Text.Json.Nodes;
using VoiceOfCustomer.Hosting.Access;
using VoiceOfCustomer.Testing;

namespace VoiceOfCustomer.Tagging.Tests.Service;

/// <summary>
/// The all-in-one host with one account and clients holding a CSM's, a PM's and an admin's key: items go in through
/// the Ingestion API and are tagged on their way to the triage inbox, as in production.
/// </summary>
public sealed class TaggingHost : AllInOneFactory<AllInOne::Program>
{
    private TaggingHost()
        : base(null)
    {
    }

    /// <summary>A CSM's key (an admin's for writing accounts), as "test.csm".</summary>
    public HttpClient Csm { get; private set; } = null!;

    public HttpClient Admin { get; private set; } = null!;

    /// <summary>A PM's key, for merging requests.</summary>
    public HttpClient Pm { get; private set; } = null!;

    public static async Task<TaggingHost> StartAsync()
    {
        var host = new TaggingHost();
        host.Build();
        host.Csm = host.CreateDefaultClient(new KeyPerEndpointHandler(host.Services));
        host.Admin = host.CreateDefaultClient();
        host.Admin.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.HeaderName, TestKeys.For(host.Services, Roles.Admin));
        host.Pm = host.CreateDefaultClient();
        host.Pm.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.HeaderName, TestKeys.For(host.Services, Roles.Pm));
        using var account = await host.Csm.PutAsJsonAsync("/api/accounts/acme", new
        {
            name = "acme", region = "EMEA", country = "GB", language = "en", sizeBand = "51-200", industry = "Retail", planTier = "pro", arr = 120_000m,
        });
        account.EnsureSuccessStatusCode();
        return host;
    }

    /// <summary>Logs an item as the CSM and waits until it waits in triage; returns its id and its inbox entry.</summary>
    public async Task<(Guid FeedbackId, JsonObject InboxItem)> LogAsync(string text)
    {
        using var response = await Csm.PostAsJsonAsync("/api/feedback", new { accountId = "acme", text, sourceChannel = "call", csmImportance = 2, goalProximity = 0 });
        var feedbackId = (await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonObject>())!["feedbackId"]!.GetValue<Guid>();
        var inbox = await Eventually.Until(() => Csm.GetFromJsonAsync<JsonArray>("/api/triage/inbox"),
            items => items!.Any(item => item!["feedbackId"]!.GetValue<Guid>() == feedbackId), TimeSpan.FromSeconds(30), "the item to reach triage");
        return (feedbackId, inbox!.Select(item => item!.AsObject()).First(item => item["feedbackId"]!.GetValue<Guid>() == feedbackId));
    }

    public async Task<JsonObject> TagsAsync(Guid feedbackId) => (await Csm.GetFromJsonAsync<JsonObject>($"/api/tags/{feedbackId}"))!;

    public Task<HttpResponseMessage> CorrectAsync(Guid feedbackId, object correction) =>
        Csm.PostAsJsonAsync($"/api/tags/{feedbackId}/corrections", correction);

    public Task<HttpResponseMessage> PutTaxonomyAsync(string yaml) => Admin.PutAsJsonAsync("/api/taxonomy", new { yaml });
}
