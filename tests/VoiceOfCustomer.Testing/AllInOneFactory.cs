using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace VoiceOfCustomer.Testing;

/// <summary>
/// The all-in-one host (every service, the in-memory bus) on a fresh database (a SQLite file unless another is given)
/// with its own key ring, served in memory by TestServer. Settings go in with UseSetting so they are there before
/// Program reads its configuration. The database is dropped with the host.
/// </summary>
public abstract class AllInOneFactory<TProgram>(IReadOnlyDictionary<string, string>? settings, TemporaryDatabase? database = null)
    : WebApplicationFactory<TProgram>
    where TProgram : class
{
    private readonly IReadOnlyDictionary<string, string> _settings = settings ?? new Dictionary<string, string>();

    protected TemporaryDatabase Database { get; } = database ?? TemporaryDatabase.Sqlite();

    /// <summary>Builds the server now, so a host that cannot start fails here (and still cleans up its files).</summary>
    protected void Build()
    {
        try
        {
            _ = Server;
        }
        catch
        {
            DisposeAsync().AsTask().GetAwaiter().GetResult();
            throw;
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Database.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        foreach (var (key, value) in Database.Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseSetting("Bus:Transport", "InMemory");
        builder.UseSetting("Serilog:MinimumLevel", "Warning");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
