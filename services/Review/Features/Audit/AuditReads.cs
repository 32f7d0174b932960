using System.Data.Common;
using Dapper;
using VoiceOfCustomer.Hosting.Storage;

namespace VoiceOfCustomer.Review.Features.Audit;

/// <summary>The reads that verification, checkpoints and the API share: records in sequence order, and checkpoints.</summary>
public sealed class AuditReads(Database database)
{
    public const string RecordColumns =
        "seq AS Seq, recorded_at AS RecordedAt, actor AS Actor, type AS Type, payload AS Payload, prev_hash AS PrevHash, hash AS Hash";

    private const string CheckpointColumns = "seq AS Seq, head_hash AS HeadHash, signed_at AS SignedAt, signature AS Signature, key_id AS KeyId";

    private const string After = $"SELECT {RecordColumns} FROM review_audit_log WHERE seq > @AfterSeq AND seq <= @UpToSeq ORDER BY seq";
    private const string Before = $"SELECT {RecordColumns} FROM review_audit_log WHERE seq < @BeforeSeq ORDER BY seq DESC";
    private const string Checkpoints = $"SELECT {CheckpointColumns} FROM review_audit_checkpoints ORDER BY seq";
    private const string HeadSeq = "SELECT MAX(seq) FROM review_audit_log";

    private readonly string _after = Limited(database, After);
    private readonly string _before = Limited(database, Before);

    private readonly string _lastCheckpoint = database.Pick(
        sqlite: $"SELECT {CheckpointColumns} FROM review_audit_checkpoints ORDER BY seq DESC LIMIT 1",
        postgreSql: $"SELECT {CheckpointColumns} FROM review_audit_checkpoints ORDER BY seq DESC LIMIT 1",
        sqlServer: $"SELECT TOP (1) {CheckpointColumns} FROM review_audit_checkpoints ORDER BY seq DESC");

    public Database Database => database;

    /// <summary>Up to <paramref name="limit"/> records after <paramref name="afterSeq"/> and at most <paramref name="upToSeq"/>, oldest first.</summary>
    public async Task<IReadOnlyList<AuditRecord>> RecordsAfterAsync(DbConnection connection, long afterSeq, long upToSeq, int limit, CancellationToken cancellationToken) =>
        [.. await connection.QueryAsync<AuditRecord>(new CommandDefinition(_after, new { AfterSeq = afterSeq, UpToSeq = upToSeq, Limit = limit }, cancellationToken: cancellationToken))];

    /// <summary>Up to <paramref name="limit"/> records before <paramref name="beforeSeq"/>, newest first.</summary>
    public async Task<IReadOnlyList<AuditRecord>> RecordsBeforeAsync(long beforeSeq, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return [.. await connection.QueryAsync<AuditRecord>(new CommandDefinition(_before, new { BeforeSeq = beforeSeq, Limit = limit }, cancellationToken: cancellationToken))];
    }

    public async Task<IReadOnlyList<AuditCheckpoint>> CheckpointsAsync(DbConnection connection, CancellationToken cancellationToken) =>
        [.. await connection.QueryAsync<AuditCheckpoint>(new CommandDefinition(Checkpoints, cancellationToken: cancellationToken))];

    public Task<AuditCheckpoint?> LastCheckpointAsync(DbConnection connection, CancellationToken cancellationToken) =>
        connection.QuerySingleOrDefaultAsync<AuditCheckpoint>(new CommandDefinition(_lastCheckpoint, cancellationToken: cancellationToken));

    /// <summary>The newest sequence number, 0 for an empty log.</summary>
    public async Task<long> HeadSeqAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await connection.ExecuteScalarAsync<long?>(new CommandDefinition(HeadSeq, cancellationToken: cancellationToken)) ?? 0;

    private static string Limited(Database database, string select) => database.Pick(
        sqlite: $"{select} LIMIT @Limit",
        postgreSql: $"{select} LIMIT @Limit",
        sqlServer: select.Replace("SELECT ", "SELECT TOP (@Limit) ", StringComparison.Ordinal));
}
