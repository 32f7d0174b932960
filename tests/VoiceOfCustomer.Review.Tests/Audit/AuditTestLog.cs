using System.Data.Common;
using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using VoiceOfCustomer.Hosting.Access;
using VoiceOfCustomer.Hosting.Storage;
using VoiceOfCustomer.Review.Features.Audit;
using VoiceOfCustomer.Testing;

namespace VoiceOfCustomer.Review.Tests.Audit;

/// <summary>
/// Review's schema on a fresh database of one provider, with the audit log's parts wired as the service wires them
/// and a key folder of its own. <see cref="Open"/> gives another <see cref="Database"/>, as another copy of Review would have.
/// </summary>
internal sealed class AuditTestLog : IAsyncDisposable
{
    private readonly TemporaryDatabase _temporary;
    private readonly List<Database> _opened = [];
    private readonly DirectoryInfo _keys = Directory.CreateTempSubdirectory("voc-audit-keys-");

    private AuditTestLog(TemporaryDatabase temporary, AuditOptions options)
    {
        _temporary = temporary;
        Options = options;
        Database = Open();
        KeyFiles = new AuditKeyFiles(Microsoft.Extensions.Options.Options.Create(options), Microsoft.Extensions.Options.Options.Create(new AccessOptions { KeysFolder = _keys.FullName }));
        SigningKey = new AuditSigningKey(KeyFiles);
        Reads = new AuditReads(Database);
        Log = new AuditLog(Database, TimeProvider.System);
        Verifier = new AuditVerifier(Reads, SigningKey, TimeProvider.System);
        Checkpoints = new AuditCheckpoints(Reads, SigningKey, Microsoft.Extensions.Options.Options.Create(options), TimeProvider.System, NullLogger<AuditCheckpoints>.Instance);
    }

    public StorageProvider Provider => _temporary.Provider;

    public AuditOptions Options { get; }

    public Database Database { get; }

    public AuditKeyFiles KeyFiles { get; }

    public AuditSigningKey SigningKey { get; }

    public AuditReads Reads { get; }

    public AuditLog Log { get; }

    public AuditVerifier Verifier { get; }

    public AuditCheckpoints Checkpoints { get; }

    public string KeysFolder => _keys.FullName;

    public static async Task<AuditTestLog> CreateAsync(StorageProvider provider, AuditOptions? options = null)
    {
        var temporary = await TemporaryDatabase.CreateAsync(provider);
        var log = new AuditTestLog(temporary, options ?? new AuditOptions());
        try
        {
            await new MigrationRunner(log.Database, NullLogger<MigrationRunner>.Instance)
                .ApplyAsync(new MigrationSet(ReviewModule.Name, typeof(ReviewModule).Assembly), CancellationToken.None);
            return log;
        }
        catch
        {
            await log.DisposeAsync();
            throw;
        }
    }

    /// <summary>Another <see cref="Database"/> on the same database, as a separate copy of Review would have.</summary>
    public Database Open()
    {
        var database = new Database(Microsoft.Extensions.Options.Options.Create(_temporary.Options));
        _opened.Add(database);
        return database;
    }

    /// <summary>Appends <paramref name="count"/> entries with distinct sources and payloads holding their number.</summary>
    public async Task AppendAsync(int count, string prefix = "test")
    {
        for (var i = 1; i <= count; i++)
        {
            await Log.AppendAsync(Entry($"{prefix}:{i}", i), CancellationToken.None);
        }
    }

    public static AuditEntry Entry(string sourceId, int number) =>
        new(sourceId, "auditor.test", "test.event", new JsonObject { ["number"] = number, ["note"] = $"entry {number}" });

    /// <summary>A connection outside the service's code, for what an attacker with database access would do.</summary>
    public Task<DbConnection> RawAsync() => Database.OpenAsync(CancellationToken.None);

    public async Task<int> ExecuteRawAsync(string sql, object? parameters = null)
    {
        await using var connection = await RawAsync();
        return await connection.ExecuteAsync(sql, parameters);
    }

    /// <summary>Drops the trigger that refuses UPDATE (and, on PostgreSQL, DELETE) of log records.</summary>
    public Task DropUpdateTriggerAsync() => ExecuteRawAsync(Provider == StorageProvider.PostgreSql
        ? "DROP TRIGGER review_audit_log_append_only ON review_audit_log"
        : "DROP TRIGGER review_audit_log_no_update");

    /// <summary>Drops the trigger that refuses DELETE of log records.</summary>
    public Task DropDeleteTriggerAsync() => ExecuteRawAsync(Provider == StorageProvider.PostgreSql
        ? "DROP TRIGGER review_audit_log_append_only ON review_audit_log"
        : "DROP TRIGGER review_audit_log_no_delete");

    public async Task<IReadOnlyList<long>> SeqsAsync()
    {
        await using var connection = await RawAsync();
        return [.. await connection.QueryAsync<long>("SELECT seq FROM review_audit_log ORDER BY seq")];
    }

    public async ValueTask DisposeAsync()
    {
        SigningKey.Dispose();
        foreach (var database in _opened)
        {
            await database.DisposeAsync();
        }

        await _temporary.DisposeAsync();
        _keys.Delete(recursive: true);
    }
}
