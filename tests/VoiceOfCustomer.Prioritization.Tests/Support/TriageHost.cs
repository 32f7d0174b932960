extern alias AllInOne;

using System.Net.Http.Json;
using System.Text.Json.Nodes;
using VoiceOfCustomer.Testing;

namespace VoiceOfCustomer.Prioritization.Tests.Support;

/// <summary>
/// The all-in-one host with two accounts and a CSM's client: items go in through the Ingestion API and travel the
/// pipeline to the triage inbox, as they do in production.
/// </summary>
public sealed class TriageHost : AllInOneFactory<AllInOne::Program>
{
    private TriageHost()
        : base(null)
    {
    }

    /// <summary>A client whose requests carry a key of the role each endpoint is for (CSM "test.csm"; admin for accounts).</summary>
    public HttpClient Api { get; private set; } = null!;

    public static async Task<TriageHost> StartAsync()
    {
        var host = new TriageHost();
        host.Build();
        host.Api = host.CreateDefaultClient(new KeyPerEndpointHandler(host.Services));
        await host.PutAccountAsync("acme", 120_000);
        await host.PutAccountAsync("globex", 900_000);
        return host;
    }

    /// <summary>Logs an item as the CSM and waits until it waits in the CSM's triage inbox.</summary>
    public async Task<Guid> LogAsync(string accountId, string text, int importance = 2, int goalProximity = 1)
    {
        using var response = await Api.PostAsJsonAsync("/api/feedback", new
        {
            accountId, text, sourceChannel = "call", csmImportance = importance, goalProximity,
            businessGoal = goalProximity > 0 ? "close the books faster" : null,
        });
        var feedbackId = (await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonObject>())!["feedbackId"]!.GetValue<Guid>();
        await Eventually.Until(() => Api.GetFromJsonAsync<JsonArray>("/api/triage/inbox"),
            inbox => inbox!.Any(item => item!["feedbackId"]!.GetValue<Guid>() == feedbackId), TimeSpan.FromSeconds(30), "the item to reach triage");
        return feedbackId;
    }

    public Task<HttpResponseMessage> DecideAsync(Guid feedbackId, object decision) =>
        Api.PostAsJsonAsync($"/api/triage/{feedbackId}/decisions", decision);

    public async Task<JsonObject?> RequestAsync(Guid requestId)
    {
        var queue = await Api.GetFromJsonAsync<JsonObject>("/api/requests?limit=200");
        return queue!["items"]!.AsArray().Select(item => item!.AsObject()).FirstOrDefault(item => item["requestId"]!.GetValue<Guid>() == requestId);
    }

    private async Task PutAccountAsync(string accountId, decimal arr)
    {
        using var response = await Api.PutAsJsonAsync($"/api/accounts/{accountId}", new
        {
            name = accountId, region = "EMEA", country = "FR", language = "fr", sizeBand = "51-200", industry = "Retail", planTier = "pro", arr,
        });
        response.EnsureSuccessStatusCode();
    }
}
