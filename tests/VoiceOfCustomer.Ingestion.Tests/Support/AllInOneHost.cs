extern alias AllInOne;

using Dapper;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using VoiceOfCustomer.Testing;

namespace VoiceOfCustomer.Ingestion.Tests.Support;

/// <summary>
/// The all-in-one host (every service, the in-memory bus) on a fresh SQLite file, served in memory by
/// TestServer. Settings go in with UseSetting so they are there before Program reads its configuration.
/// </summary>
public sealed class AllInOneHost : WebApplicationFactory<AllInOne::Program>
{
    private const string Counts = """
        SELECT (SELECT COUNT(*) FROM ingestion_feedback) AS Feedback,
               (SELECT COUNT(*) FROM ingestion_outbox) AS Outbox,
               (SELECT COUNT(*) FROM ingestion_accounts) AS Accounts,
               (SELECT COUNT(*) FROM ingestion_import_jobs) AS ImportJobs,
               (SELECT COUNT(*) FROM ingestion_import_errors) AS ImportErrors
        """;

    private readonly TemporaryDatabase _database = TemporaryDatabase.Sqlite();
    private readonly IReadOnlyDictionary<string, string> _settings;

    private AllInOneHost(IReadOnlyDictionary<string, string> settings) => _settings = settings;

    /// <summary>Starts a host; <paramref name="settings"/> override configuration keys (e.g. Ingestion:StuckAfter).</summary>
    public static AllInOneHost Start(IReadOnlyDictionary<string, string>? settings = null)
    {
        var host = new AllInOneHost(settings ?? new Dictionary<string, string>());
        try
        {
            _ = host.Server;
            return host;
        }
        catch
        {
            // A host that cannot start still owns its temporary database folder.
            host.DisposeAsync().AsTask().GetAwaiter().GetResult();
            throw;
        }
    }

    /// <summary>A client of the API whose requests carry a key of the role each endpoint is for (see <see cref="KeyPerEndpointHandler"/>).</summary>
    public HttpClient CreateApiClient() => CreateDefaultClient(new KeyPerEndpointHandler(Services));

    /// <summary>A connection of its own to the host's database file, beside the host's pool.</summary>
    public SqliteConnection Connect() => new(_database.ConnectionString);

    /// <summary>Rows in Ingestion's tables once the outbox relay has published what it holds (so the numbers stand still).</summary>
    public Task<RowCounts> SettledCountsAsync() =>
        Eventually.Until(CountsAsync, counts => counts.Outbox == 0, TimeSpan.FromSeconds(30), "the outbox to be relayed");

    public async Task<RowCounts> CountsAsync()
    {
        await using var connection = Connect();
        return await connection.QuerySingleAsync<RowCounts>(Counts);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        foreach (var (key, value) in _database.Settings)
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

/// <summary>How many rows Ingestion's tables hold: equal before and after a refused request when nothing was written.</summary>
public sealed record RowCounts(long Feedback, long Outbox, long Accounts, long ImportJobs, long ImportErrors);
