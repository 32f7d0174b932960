using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;

namespace VoiceOfCustomer.Integration.Tests.Support;

/// <summary>
/// One service in a host of its own: the service's real Program (its assembly is found from any public type in it),
/// with its own container, bus connection and consumers, configured only through settings, as a process would be.
/// </summary>
internal sealed class ServiceHost<TTypeInService>(string name, IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<TTypeInService>
    where TTypeInService : class
{
    public string Name { get; } = name;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Production, like deploy/local/start.sh (the factory would otherwise pick Development).
        builder.UseEnvironment(Environments.Production);
        foreach (var (key, value) in settings)
        {
            // UseSetting, not app configuration: Program reads Bus:Transport while composing, before the app is built.
            builder.UseSetting(key, value);
        }
    }
}
