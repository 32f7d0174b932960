using Npgsql;
using VoiceOfCustomer.Hosting.Storage;

namespace VoiceOfCustomer.Testing;

/// <summary>
/// A fresh, empty database for one test or fixture: a SQLite file, or a new PostgreSQL database on the test server,
/// with a key ring of its own (Access:KeysFolder), so no host shares keys with another or with the user's profile. Dropped on dispose.
/// </summary>
public sealed class TemporaryDatabase : IAsyncDisposable
{
    private readonly Func<Task> _drop;
    private readonly DirectoryInfo _keys = Directory.CreateTempSubdirectory("voc-test-keys-");

    private TemporaryDatabase(StorageProvider provider, string connectionString, Func<Task> drop)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _drop = drop;
    }

    public StorageProvider Provider { get; }

    public string ConnectionString { get; }

    public StorageOptions Options => new() { Provider = Provider, ConnectionString = ConnectionString };

    /// <summary>The configuration keys a host needs to use this database.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        new("Storage:Provider", Provider.ToString()),
        new("Storage:ConnectionString", ConnectionString),
        new("Access:KeysFolder", _keys.FullName),
    ];

    public static Task<TemporaryDatabase> CreateAsync(StorageProvider provider) => provider switch
    {
        StorageProvider.Sqlite => Task.FromResult(Sqlite()),
        StorageProvider.PostgreSql => PostgreSqlAsync(),
        _ => throw new NotSupportedException($"No temporary {provider} database: set VOC_TEST_SQLSERVER and create one there."),
    };

    public static TemporaryDatabase Sqlite()
    {
        var folder = Directory.CreateTempSubdirectory("voc-test-");
        return new TemporaryDatabase(StorageProvider.Sqlite, $"Data Source={Path.Combine(folder.FullName, "voc.db")}", () =>
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
            return Task.CompletedTask;
        });
    }

    public static async Task<TemporaryDatabase> PostgreSqlAsync()
    {
        var server = new NpgsqlConnectionStringBuilder(TestServers.PostgreSql());
        var name = $"voc_test_{Guid.NewGuid():N}";
        await using (var admin = new NpgsqlConnection(server.ConnectionString))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            await create.ExecuteNonQueryAsync();
        }

        var connectionString = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = name }.ConnectionString;
        return new TemporaryDatabase(StorageProvider.PostgreSql, connectionString, async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(server.ConnectionString);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _drop();
        _keys.Delete(recursive: true);
    }
}
