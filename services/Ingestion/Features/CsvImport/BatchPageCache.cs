using Dapper;
using VoiceOfCustomer.Hosting.Storage;

namespace VoiceOfCustomer.Ingestion.Features.CsvImport;

/// <summary>
/// SQLite keeps 2 MB of pages per connection by default, less than one import batch touches in the feedback table's
/// indexes, so a batch would write, evict and read back the same pages many times. The batch's connection gets a
/// larger cache while it writes and gives it back after the commit, so the pooled connections keep their default.
/// </summary>
internal static class BatchPageCache
{
    private const string Read = "PRAGMA cache_size";
    private const string Enlarge = "PRAGMA cache_size = -65536";

    /// <summary>Gives the unit of work 64 MB of page cache on SQLite; returns the size to restore (null on other providers, whose cache is the server's).</summary>
    public static async Task<long?> EnlargeAsync(UnitOfWork work, StorageProvider provider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (provider != StorageProvider.Sqlite)
        {
            return null;
        }

        var previous = await work.QuerySingleOrDefaultAsync<long>(Read, null, cancellationToken);
        await work.ExecuteAsync(Enlarge, null, cancellationToken);
        return previous;
    }

    /// <summary>After the commit: the connection goes back to the pool with the cache it had (a failed batch's connection keeps the larger one, which only costs memory).</summary>
    public static async Task RestoreAsync(UnitOfWork work, long? previous)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (previous is { } size)
        {
            // A pragma takes no parameters; the value is the connection's own, read before.
            await work.Connection.ExecuteAsync($"PRAGMA cache_size = {size}");
        }
    }
}
