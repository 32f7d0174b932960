using Microsoft.Extensions.Logging.Abstractions;
using VoiceOfCustomer.Hosting.Storage;
using VoiceOfCustomer.Testing;

namespace VoiceOfCustomer.Hosting.Tests.Support;

/// <summary>
/// A fresh, empty database of one provider and the <see cref="Database"/> instances opened on it, all
/// disposed and dropped together. SQLite and PostgreSQL come from <see cref="TemporaryDatabase"/>, which
/// skips or fails through <see cref="TestServers"/>; SQL Server is created here when VOC_TEST_SQLSERVER is set.
/// </summary>
internal sealed class ProviderDatabase : IAsyncDisposable
{
    private readonly List<Database> _opened = [];
    private readonly Func<ValueTask> _drop;
    private bool _dropped;

    private ProviderDatabase(StorageOptions options, Func<ValueTask> drop)
    {
        Options = options;
        _drop = drop;
    }

    public StorageOptions Options { get; }

    public static async Task<ProviderDatabase> CreateAsync(StorageProvider provider)
    {
        if (provider == StorageProvider.SqlServer)
        {
            var sqlServer = await SqlServerDatabase.CreateAsync(TestServers.SqlServer());
            return new ProviderDatabase(sqlServer.Options, sqlServer.DisposeAsync);
        }

        var temporary = await TemporaryDatabase.CreateAsync(provider);
        return new ProviderDatabase(temporary.Options, temporary.DisposeAsync);
    }

    /// <summary>A new <see cref="Database"/> on this database, as a separate copy of a service would have.</summary>
    public Database Open()
    {
        var database = new Database(Microsoft.Extensions.Options.Options.Create(Options));
        _opened.Add(database);
        return database;
    }

    public static MigrationRunner Runner(Database database) => new(database, NullLogger<MigrationRunner>.Instance);

    /// <summary>A <see cref="Database"/> with the suite's embedded schema applied.</summary>
    public async Task<Database> OpenMigratedAsync()
    {
        var database = Open();
        await Runner(database).ApplyAsync(ConformanceSchema.Embedded, CancellationToken.None);
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        if (_dropped)
        {
            return;
        }

        _dropped = true;
        foreach (var database in _opened)
        {
            await database.DisposeAsync();
        }

        await _drop();
    }
}
