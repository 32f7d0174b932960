using Npgsql;
using VoiceOfCustomer.Hosting.Storage;

namespace VoiceOfCustomer.Benchmarks.Hosts;

/// <summary>An empty database for one run: a SQLite file in a temp folder, or a new database on the PostgreSQL server. Dropped on dispose.</summary>
internal sealed class FreshDatabase : IAsyncDisposable
{
    private readonly Func<Task> _drop;

    private FreshDatabase(StorageOptions options, Func<Task> drop)
    {
        Options = options;
        _drop = drop;
    }

    public StorageOptions Options { get; }

    public static Task<FreshDatabase> CreateAsync(StorageProvider provider, string? postgreSqlServer) => provider switch
    {
        StorageProvider.Sqlite => Task.FromResult(Sqlite()),
        StorageProvider.PostgreSql => PostgreSqlAsync(postgreSqlServer
            ?? throw new InvalidOperationException("PostgreSQL is needed: pass --postgres or set VOC_TEST_POSTGRES (eval \"$(deploy/local/servers.sh env)\").")),
        _ => throw new NotSupportedException($"No fresh {provider} database here."),
    };

    private static FreshDatabase Sqlite()
    {
        var folder = Directory.CreateTempSubdirectory("voc-bench-db-");
        var options = new StorageOptions { Provider = StorageProvider.Sqlite, ConnectionString = $"Data Source={Path.Combine(folder.FullName, "voc.db")}" };
        return new FreshDatabase(options, () =>
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
            return Task.CompletedTask;
        });
    }

    private static async Task<FreshDatabase> PostgreSqlAsync(string server)
    {
        var name = $"voc_bench_{Guid.NewGuid():N}";
        await ExecuteAsync(server, $"CREATE DATABASE {name}");
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name, MaxPoolSize = 100 }.ConnectionString;
        return new FreshDatabase(new StorageOptions { Provider = StorageProvider.PostgreSql, ConnectionString = connectionString }, async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(server, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        });
    }

    private static async Task ExecuteAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync() => await _drop();
}
