using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using VoiceOfCustomer.Hosting.Access;

namespace VoiceOfCustomer.Testing;

/// <summary>
/// API keys minted on a host's own key ring for a test user of a role ("test.{role}"), as the portal would
/// issue them. The access replica has not heard of these users, so the key's signature is what is checked.
/// </summary>
public static class TestKeys
{
    public static string For(IServiceProvider services, string role)
    {
        ArgumentNullException.ThrowIfNull(services);
        return For(services.GetRequiredService<ApiKeyFormat>(), role);
    }

    public static string For(ApiKeyFormat format, string role)
    {
        ArgumentNullException.ThrowIfNull(format);
        return format.Issue(new ApiKeyPayload(Guid.NewGuid(), Guid.NewGuid(), $"test.{role}", role, AccessVersion: 1));
    }

    /// <summary>The key format of an installation whose processes keep their key ring in <paramref name="folder"/> (Access:KeysFolder).</summary>
    public static ApiKeyFormat KeyRing(string folder) =>
        new(DataProtectionProvider.Create(Directory.CreateDirectory(folder), builder => builder.SetApplicationName(AccessRegistration.ApplicationName)));
}
