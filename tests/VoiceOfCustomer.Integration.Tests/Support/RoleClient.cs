using Microsoft.AspNetCore.Mvc.Testing;
using VoiceOfCustomer.Hosting.Access;
using VoiceOfCustomer.Testing;

namespace VoiceOfCustomer.Integration.Tests.Support;

/// <summary>A client of one service host signed in as a test user of a role ("test.{role}"), by an API key on the installation's key ring.</summary>
internal static class RoleClient
{
    public static HttpClient For<T>(WebApplicationFactory<T> host, string role)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(host);
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.HeaderName, TestKeys.For(host.Services, role));
        return client;
    }
}
