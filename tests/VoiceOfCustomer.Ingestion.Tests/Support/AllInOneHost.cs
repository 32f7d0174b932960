extern alias AllInOne;

using Dapper;
using Microsoft.Data.Sqlite;
using VoiceOfCustomer.Testing;

namespace VoiceOfCustomer.Ingestion.Tests.Support;

/// <summary>The all-in-one host on a fresh SQLite file (see <see cref="AllInOneFactory{TProgram}"/>), with Ingestion's row counts.</summary>
public sealed class AllInOneHost : AllInOneFactory<AllInOne::Program>
{
    private const string Counts = """
        SELECT (SELECT COUNT(*) FROM ingestion_feedback) AS Feedback,
               (SELECT COUNT(*) FROM ingestion_outbox) AS Outbox,
               (SELECT COUNT(*) FROM ingestion_accounts) AS Accounts,
               (SELECT COUNT(*) FROM ingestion_import_jobs) AS ImportJobs,
               (SELECT COUNT(*) FROM ingestion_import_errors) AS ImportErrors
        """;

    private AllInOneHost(IReadOnlyDictionary<string, string>? settings)
        : base(settings)
    {
    }

    /// <summary>Starts a host; <paramref name="settings"/> override configuration keys (e.g. Ingestion:StuckAfter).</summary>
    public static AllInOneHost Start(IReadOnlyDictionary<string, string>? settings = null)
    {
        var host = new AllInOneHost(settings);
        host.Build();
        return host;
    }

    /// <summary>A client of the API whose requests carry a key of the role each endpoint is for (see <see cref="KeyPerEndpointHandler"/>).</summary>
    public HttpClient CreateApiClient() => CreateDefaultClient(new KeyPerEndpointHandler(Services));

    /// <summary>A connection of its own to the host's database file, beside the host's pool.</summary>
    public SqliteConnection Connect() => new(Database.ConnectionString);

    /// <summary>Rows in Ingestion's tables once the outbox relay has published what it holds (so the numbers stand still).</summary>
    public Task<RowCounts> SettledCountsAsync() =>
        Eventually.Until(CountsAsync, counts => counts.Outbox == 0, TimeSpan.FromSeconds(30), "the outbox to be relayed");

    public async Task<RowCounts> CountsAsync()
    {
        await using var connection = Connect();
        return await connection.QuerySingleAsync<RowCounts>(Counts);
    }
}

/// <summary>How many rows Ingestion's tables hold: equal before and after a refused request when nothing was written.</summary>
public sealed record RowCounts(long Feedback, long Outbox, long Accounts, long ImportJobs, long ImportErrors);
