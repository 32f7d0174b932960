using System.Net;
using System.Net.Http.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using VoiceOfCustomer.Hosting.Access;
using VoiceOfCustomer.Hosting.Storage;
using VoiceOfCustomer.Portal.Features.ApiKeys;
using VoiceOfCustomer.Portal.Tests.Support;
using VoiceOfCustomer.Testing;

namespace VoiceOfCustomer.Portal.Tests.Access;

/// <summary>Revoking a key, deactivating a user or changing their role ends what they could do, in sessions and keys alike.</summary>
public sealed class When_access_changes
{
    private PortalHost _host = null!;
    private HttpClient _admin = null!;

    [SetUp]
    public async Task StartAsync()
    {
        _host = await PortalHost.StartAsync();
        _admin = await _host.WithApiKeyAsync(Roles.Admin);
    }

    [TearDown]
    public async Task StopAsync()
    {
        _admin.Dispose();
        await _host.DisposeAsync();
    }

    [Test]
    public async Task A_revoked_key_is_refused()
    {
        using var csm = await _host.WithApiKeyAsync(Roles.Csm);
        Assert.That(await StatusAsync(csm, "/api/feedback"), Is.EqualTo(HttpStatusCode.OK));

        var keys = await _admin.GetFromJsonAsync<List<ApiKeyRow>>("/api/api-keys");
        var key = keys!.Single(k => k.UserName == PortalHost.UserOf(Roles.Csm));
        using (var revoked = await _admin.DeleteAsync($"/api/api-keys/{key.KeyId}"))
        {
            Assert.That(revoked.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        await Eventually.Until(() => StatusAsync(csm, "/api/feedback"), status => status == HttpStatusCode.Unauthorized, TimeSpan.FromSeconds(20), "the revoked key to be refused");
    }

    [Test]
    public async Task A_deactivated_user_loses_both_session_and_key()
    {
        using var session = await _host.SignedInAsync(PortalHost.UserOf(Roles.Pm));
        using var key = await _host.WithApiKeyAsync(Roles.Pm);
        using (var deactivated = await _admin.PatchAsJsonAsync($"/api/users/{PortalHost.UserOf(Roles.Pm)}", new { isActive = false }))
        {
            Assert.That(deactivated.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        await Eventually.Until(() => StatusAsync(key, "/api/feedback"), status => status == HttpStatusCode.Unauthorized, TimeSpan.FromSeconds(20), "the key to be refused");
        await Eventually.Until(() => StatusAsync(session, "/queue"), status => status == HttpStatusCode.Redirect, TimeSpan.FromSeconds(20), "the session to end");
        using var again = _host.Anonymous();
        using var signIn = await PortalHost.SignInAsync(again, PortalHost.UserOf(Roles.Pm), PortalHost.Password);
        Assert.That(signIn.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "a deactivated user cannot sign in");
    }

    [Test]
    public async Task A_new_role_needs_a_new_sign_in_and_new_keys()
    {
        using var session = await _host.SignedInAsync(PortalHost.UserOf(Roles.Csm));
        using var key = await _host.WithApiKeyAsync(Roles.Csm);
        using (var changed = await _admin.PatchAsJsonAsync($"/api/users/{PortalHost.UserOf(Roles.Csm)}", new { role = Roles.Auditor }))
        {
            Assert.That(changed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        await Eventually.Until(() => StatusAsync(key, "/api/feedback"), status => status == HttpStatusCode.Unauthorized, TimeSpan.FromSeconds(20), "the old key to be refused");
        await Eventually.Until(() => StatusAsync(session, "/feedback/new"), status => status == HttpStatusCode.Redirect, TimeSpan.FromSeconds(20), "the old session to end");
        using var auditor = await _host.SignedInAsync(PortalHost.UserOf(Roles.Csm));
        Assert.That(await StatusAsync(auditor, "/review"), Is.EqualTo(HttpStatusCode.OK), "signed in again, the user works as an auditor");
        Assert.That(await StatusAsync(auditor, "/feedback/new"), Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task A_key_from_another_installation_is_refused()
    {
        using var other = await PortalHost.StartAsync();
        using var stranger = _host.Anonymous();
        stranger.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.HeaderName, TestKeys.For(other.Services, Roles.Admin));
        using var response = await stranger.GetAsync("/api/users");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }

    [Test]
    public async Task A_key_is_stored_as_its_hash_only()
    {
        using var issued = await _admin.PostAsJsonAsync("/api/api-keys", new { userName = PortalHost.UserOf(Roles.Csm), name = "CRM sync" });
        var key = (await issued.Content.ReadFromJsonAsync<IssuedKey>())!.Key;
        await using var connection = await _host.Services.GetRequiredService<Database>().OpenAsync(CancellationToken.None);
        var stored = (await connection.QueryAsync<string>("SELECT key_hash FROM portal_api_keys")).ToList();

        Assert.That(stored, Does.Contain(ApiKeyFormat.Hash(key)));
        Assert.That(stored, Has.None.Contains(key[..20]));
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        return response.StatusCode;
    }

    private sealed record IssuedKey(string Key);
}
