using System.Reflection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using VoiceOfCustomer.Hosting.Storage;

namespace VoiceOfCustomer.Testing;

/// <summary>
/// A fresh database of one provider with one service's tables, made by that service's own migrations, and the
/// <see cref="Database"/> a copy of the service would use on it. Dropped on dispose.
/// </summary>
public sealed class MigratedDatabase : IAsyncDisposable
{
    private readonly TemporaryDatabase _temporary;

    private MigratedDatabase(TemporaryDatabase temporary)
    {
        _temporary = temporary;
        Database = new Database(Options.Create(temporary.Options));
    }

    public Database Database { get; }

    /// <param name="provider">SQLite, or PostgreSQL when the test servers are there (else the test is skipped or, under tests/run.sh, failed).</param>
    /// <param name="module">The service's migration name (its module's Name, e.g. "review").</param>
    /// <param name="migrations">The service's assembly, which embeds its migrations.</param>
    public static async Task<MigratedDatabase> CreateAsync(StorageProvider provider, string module, Assembly migrations)
    {
        var migrated = new MigratedDatabase(await TemporaryDatabase.CreateAsync(provider));
        try
        {
            await new MigrationRunner(migrated.Database, NullLogger<MigrationRunner>.Instance)
                .ApplyAsync(new MigrationSet(module, migrations), CancellationToken.None);
            return migrated;
        }
        catch
        {
            await migrated.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Database.DisposeAsync();
        await _temporary.DisposeAsync();
    }
}
