using System.Net;
using Microsoft.Extensions.DependencyInjection;
using VoiceOfCustomer.Hosting.Access;
using VoiceOfCustomer.Ingestion;
using VoiceOfCustomer.Integration.Tests.Support;
using VoiceOfCustomer.Portal;
using VoiceOfCustomer.Portal.Features.ApiKeys;
using VoiceOfCustomer.Portal.Features.Users;
using VoiceOfCustomer.Testing;

namespace VoiceOfCustomer.Integration.Tests.Access;

/// <summary>
/// The portal and Ingestion as separate processes on RabbitMQ and PostgreSQL, sharing a key ring: a key the portal
/// issues works on Ingestion, and revoking it or deactivating its user reaches Ingestion through the broker.
/// </summary>
[NonParallelizable]
public sealed class When_access_changes_on_the_portal
{
    private readonly List<IAsyncDisposable> _started = [];
    private ServiceHost<IngestionOptions> _ingestion = null!;
    private ServiceHost<PortalOptions> _portal = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        TestServers.PostgreSql();
        var broker = BrokerAddress.Parse(TestServers.RabbitMq());
        var database = Keep(await TemporaryDatabase.PostgreSqlAsync());
        var virtualHost = Keep(await TemporaryVirtualHost.CreateAsync(broker.Username));
        var settings = RunningPipeline.Settings(database, broker, virtualHost.Name);
        _ingestion = new ServiceHost<IngestionOptions>("Ingestion", settings);
        _portal = new ServiceHost<PortalOptions>("Portal", settings);
        _ = _ingestion.Server;
        _ = _portal.Server;
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await _portal.DisposeAsync();
        await _ingestion.DisposeAsync();
        foreach (var started in Enumerable.Reverse(_started))
        {
            await started.DisposeAsync();
        }
    }

    [Test]
    public async Task A_revoked_key_is_refused_by_another_service()
    {
        var (key, keyId) = await IssueKeyAsync("csm.revoked");
        using var client = Client(key);
        using (var accepted = await client.GetAsync("/api/feedback?limit=1"))
        {
            Assert.That(accepted.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"Ingestion accepts a key the portal issued: {await accepted.Content.ReadAsStringAsync()}");
        }

        await _portal.Services.GetRequiredService<ApiKeys>().RevokeAsync(keyId, "admin", CancellationToken.None);

        await Eventually.Until(() => StatusAsync(client), status => status == HttpStatusCode.Unauthorized, Patience.OneItem, "Ingestion to refuse the revoked key");
    }

    [Test]
    public async Task A_deactivated_user_is_refused_by_another_service()
    {
        var (key, _) = await IssueKeyAsync("csm.leaving");
        using var client = Client(key);
        Assert.That(await StatusAsync(client), Is.EqualTo(HttpStatusCode.OK));

        await _portal.Services.GetRequiredService<UserAccounts>().ChangeAsync("csm.leaving", user => user with { IsActive = false }, CancellationToken.None);

        await Eventually.Until(() => StatusAsync(client), status => status == HttpStatusCode.Unauthorized, Patience.OneItem, "Ingestion to refuse the deactivated user's key");
    }

    private async Task<(string Key, Guid KeyId)> IssueKeyAsync(string userName)
    {
        var user = await _portal.Services.GetRequiredService<UserAccounts>()
            .CreateAsync(new NewUser(userName, userName, Roles.Csm, "a long test password"), CancellationToken.None);
        var issued = await _portal.Services.GetRequiredService<ApiKeys>().IssueAsync(user!, "integration", "admin", CancellationToken.None);
        return (issued.Key, issued.Row.KeyId);
    }

    private HttpClient Client(string key)
    {
        var client = _ingestion.CreateClient();
        client.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.HeaderName, key);
        return client;
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/api/feedback?limit=1&stage=watched&csmId=csm.revoked&accountId=acme");
        return response.StatusCode;
    }

    private T Keep<T>(T started)
        where T : IAsyncDisposable
    {
        _started.Add(started);
        return started;
    }
}
