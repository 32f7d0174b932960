using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;

namespace VoiceOfCustomer.Hosting.Storage;

/// <summary>
/// Applies a service's pending migrations in order, each in its own transaction, and records what ran in
/// {service}_schema_migrations. Refuses to start on a database newer than the code or on an applied
/// migration whose text changed since (migrations are forward-only: fix with a new one).
/// </summary>
public sealed partial class MigrationRunner(Database database, ILogger<MigrationRunner> logger)
{
    public async Task<int> ApplyAsync(MigrationSet set, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(set);
        var migrations = set.For(database.Provider);
        if (migrations.Count == 0)
        {
            throw new InvalidOperationException($"{set.Service} has no migrations for {database.Provider}.");
        }

        var table = $"{set.Service}_schema_migrations";
        var applied = 0;
        while (true)
        {
            await using var work = await database.BeginAsync(cancellationToken);
            await work.ExecuteAsync(LockStatement(table), null, cancellationToken);
            await work.ExecuteAsync(CreateHistoryTable(table), null, cancellationToken);
            var history = (await work.QueryAsync<AppliedMigration>(
                $"SELECT version AS Version, checksum AS Checksum FROM {table}", null, cancellationToken)).ToDictionary(m => m.Version);

            Verify(set, migrations, history);
            var next = migrations.FirstOrDefault(m => !history.ContainsKey(m.Version));
            if (next is null)
            {
                if (applied > 0)
                {
                    logger.LogInformation("{Schema} schema is at version {Version} after {Applied} migrations", set.Service, migrations[^1].Version, applied);
                }

                return applied;
            }

            foreach (var batch in Batches(next.Script))
            {
                await work.ExecuteAsync(batch, null, cancellationToken);
            }

            await work.ExecuteAsync(
                $"INSERT INTO {table} (version, name, checksum, applied_at) VALUES (@Version, @Name, @Checksum, @AppliedAt)",
                new { next.Version, next.Name, next.Checksum, AppliedAt = DateTimeOffset.UtcNow },
                cancellationToken);
            await work.CommitAsync(cancellationToken);
            logger.LogInformation("Applied {Schema} migration {Version} {Name}", set.Service, next.Version, next.Name);
            applied++;
        }
    }

    private static void Verify(MigrationSet set, IReadOnlyList<Migration> migrations, Dictionary<int, AppliedMigration> history)
    {
        var newest = migrations[^1].Version;
        var unknown = history.Keys.Where(version => version > newest).DefaultIfEmpty().Max();
        if (unknown > 0)
        {
            throw new InvalidOperationException(
                $"The database has {set.Service} schema version {unknown}, newer than this code knows ({newest}). Run a newer version of {set.Service}.");
        }

        foreach (var migration in migrations)
        {
            if (history.TryGetValue(migration.Version, out var ran) && ran.Checksum != migration.Checksum)
            {
                throw new InvalidOperationException(
                    $"{set.Service} migration {migration.Version} ({migration.Name}) changed after it was applied. Migrations are forward-only: add a new one instead.");
            }
        }
    }

    private string CreateHistoryTable(string table) => database.Pick(
        sqlite: $"CREATE TABLE IF NOT EXISTS {table} (version INTEGER PRIMARY KEY, name TEXT NOT NULL, checksum TEXT NOT NULL, applied_at TEXT NOT NULL)",
        postgreSql: $"CREATE TABLE IF NOT EXISTS {table} (version integer PRIMARY KEY, name text NOT NULL, checksum text NOT NULL, applied_at timestamptz NOT NULL)",
        sqlServer: $"IF OBJECT_ID(N'{table}', N'U') IS NULL CREATE TABLE {table} (version int PRIMARY KEY, name nvarchar(200) NOT NULL, checksum char(64) NOT NULL, applied_at datetimeoffset NOT NULL)");

    // Two copies of a service starting at once must not apply the same migration twice.
    private string LockStatement(string table) => database.Pick(
        sqlite: "SELECT 1", // the write transaction already holds SQLite's single write lock
        postgreSql: $"SELECT pg_advisory_xact_lock(hashtext('{table}'))",
        sqlServer: $"EXEC sp_getapplock @Resource = '{table}', @LockMode = 'Exclusive', @LockOwner = 'Transaction'");

    // SQL Server scripts may separate batches with GO lines; the other dialects run a script as one command.
    private IEnumerable<string> Batches(string script) => database.Provider == StorageProvider.SqlServer
        ? GoSeparator().Split(script).Where(batch => !string.IsNullOrWhiteSpace(batch))
        : [script];

    [GeneratedRegex(@"^\s*GO\s*$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex GoSeparator();

    private sealed record AppliedMigration
    {
        public int Version { get; init; }

        public string Checksum { get; init; } = "";
    }
}
