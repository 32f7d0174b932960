extern alias AllInOne;

using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using VoiceOfCustomer.Testing;

namespace VoiceOfCustomer.Browser.Tests.Support;

/// <summary>
/// The all-in-one host (every service and the portal) in this process, on a fresh SQLite file and key ring (see
/// <see cref="AllInOneFactory{TProgram}"/>), served by Kestrel on a free port of 127.0.0.1 so that a real browser
/// can reach it, with the demo data and one demo user per role.
/// </summary>
public sealed class LoopbackHost : AllInOneFactory<AllInOne::Program>
{
    /// <summary>The demo's seeder waits up to 5 minutes for its items to reach triage, then decides about them.</summary>
    private static readonly TimeSpan DemoTriagedWithin = TimeSpan.FromMinutes(6);

    private readonly DirectoryInfo _folder;
    private readonly Lazy<Task<IReadOnlyList<DemoUser>>> _demoUsers;

    private LoopbackHost(DirectoryInfo folder)
        : base(new Dictionary<string, string>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["Demo:Enabled"] = "true",
            ["Demo:UsersFile"] = UsersFileIn(folder),
        })
    {
        _folder = folder;
        // Read once: a file that never comes fails the first test that signs in after a wait, and the others at once.
        _demoUsers = new(() => DemoUsers.ReadAsync(UsersFileIn(folder)));
        // A real socket for the browser, on a port the system picks; the urls setting keeps it on 127.0.0.1.
        UseKestrel(0);
    }

    /// <summary>Where the browser finds the host, e.g. http://127.0.0.1:41234/.</summary>
    public Uri Address { get; private set; } = null!;

    public static LoopbackHost Start()
    {
        var host = new LoopbackHost(Directory.CreateTempSubdirectory("voc-browser-"));
        try
        {
            host.StartServer();
            host.Address = host.ListeningAddress();
            return host;
        }
        catch
        {
            // A host that cannot start still owns its temporary files.
            host.DisposeAsync().AsTask().GetAwaiter().GetResult();
            throw;
        }
    }

    /// <summary>The demo user of <paramref name="role"/> (csm, pm, auditor, admin).</summary>
    public async Task<DemoUser> DemoUserAsync(string role)
    {
        var users = await _demoUsers.Value;
        return users.FirstOrDefault(user => user.Role == role)
            ?? throw new InvalidOperationException($"{UsersFileIn(_folder)} has no user with role '{role}'; it has {string.Join(", ", users.Select(u => $"{u.UserName} ({u.Role})"))}");
    }

    /// <summary>
    /// Waits for the demo's seeder to end (it decides about five sixths of the items last), so its requests and the
    /// CSMs' inboxes no longer change on their own; rethrows whatever the seeder failed with.
    /// </summary>
    public Task DemoTriagedAsync()
    {
        // The seeder is internal to the all-in-one host: it is found as the hosted service of that name.
        var seeder = Services.GetServices<IHostedService>().OfType<BackgroundService>().SingleOrDefault(service => service.GetType().Name == "DemoSeeder")
            ?? throw new InvalidOperationException("The host runs no DemoSeeder: is Demo:Enabled set?");
        var seeding = seeder.ExecuteTask ?? throw new InvalidOperationException("The DemoSeeder has not been started.");
        return seeding.WaitAsync(DemoTriagedWithin);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _folder.Delete(recursive: true);
    }

    private static string UsersFileIn(DirectoryInfo folder) => Path.Combine(folder.FullName, "demo-users.json");

    private Uri ListeningAddress()
    {
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var address = addresses.FirstOrDefault(a => a.StartsWith("http://127.0.0.1:", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"The host listens on no 127.0.0.1 address: {string.Join(", ", addresses)}");
        return new Uri(address.TrimEnd('/') + "/");
    }
}
