extern alias AllInOne;

using System.Net.Http.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using System.Text.Json.Nodes;
using VoiceOfCustomer.Hosting.Access;
using VoiceOfCustomer.Hosting.Storage;
using VoiceOfCustomer.Testing;

namespace VoiceOfCustomer.Prioritization.Tests.Support;

/// <summary>
/// The all-in-one host with two accounts and a CSM's client: items go in through the Ingestion API and travel the
/// pipeline to the triage inbox, as they do in production.
/// </summary>
public sealed class TriageHost : AllInOneFactory<AllInOne::Program>
{
    private TriageHost(TemporaryDatabase database)
        : base(null, database)
    {
    }

    /// <summary>A client whose requests carry a key of the role each endpoint is for (CSM "test.csm"; admin for accounts).</summary>
    public HttpClient Api { get; private set; } = null!;

    /// <summary>A client with a PM's key, for what only a PM may do (merge, rename, status).</summary>
    public HttpClient Pm { get; private set; } = null!;

    public static async Task<TriageHost> StartAsync(StorageProvider storage = StorageProvider.Sqlite)
    {
        var host = new TriageHost(await TemporaryDatabase.CreateAsync(storage));
        host.Build();
        host.Api = host.CreateDefaultClient(new KeyPerEndpointHandler(host.Services));
        host.Pm = host.CreateDefaultClient();
        host.Pm.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.HeaderName, TestKeys.For(host.Services, Roles.Pm));
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

    /// <summary>A value read straight from the host's database (what a service recorded).</summary>
    public async Task<T> ScalarAsync<T>(string sql, object? parameters = null)
    {
        await using var connection = await Services.GetRequiredService<Database>().OpenAsync(CancellationToken.None);
        return (await connection.ExecuteScalarAsync<T>(sql, parameters))!;
    }

    public Task<HttpResponseMessage> DecideAsync(Guid feedbackId, object decision) =>
        Api.PostAsJsonAsync($"/api/triage/{feedbackId}/decisions", decision);

    public async Task<JsonObject?> RequestAsync(Guid requestId)
    {
        var queue = await Api.GetFromJsonAsync<JsonObject>("/api/requests?limit=200");
        return queue!["items"]!.AsArray().Select(item => item!.AsObject()).FirstOrDefault(item => item["requestId"]!.GetValue<Guid>() == requestId);
    }

    /// <summary>Creates or changes an account through the accounts API (EMEA, pro, Retail unless said otherwise).</summary>
    public async Task PutAccountAsync(string accountId, decimal arr, string region = "EMEA", string planTier = "pro", string industry = "Retail")
    {
        using var response = await Api.PutAsJsonAsync($"/api/accounts/{accountId}", new
        {
            name = accountId, region, country = "FR", language = "fr", sizeBand = "51-200", industry, planTier, arr,
        });
        response.EnsureSuccessStatusCode();
    }
}
