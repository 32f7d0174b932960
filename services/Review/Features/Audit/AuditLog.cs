using VoiceOfCustomer.Hosting.Access;
using VoiceOfCustomer.Hosting.Storage;

namespace VoiceOfCustomer.Review.Features.Audit;

/// <summary>
/// Appends to review_audit_log: the next sequence number, the hash chained to the previous record, under a lock
/// that serializes appends across every copy of Review (PostgreSQL advisory lock, SQL Server app lock, SQLite's
/// single writer), so the sequence has no gaps. An entry whose SourceId is already recorded appends nothing.
/// Review's own actions (policy changes, erasures) call this in the transaction of their change, with personal data
/// only as its <see cref="PersonalDataHash"/>.
/// </summary>
public sealed class AuditLog(Database database, TimeProvider clock)
{
    private const string Columns =
        "seq AS Seq, recorded_at AS RecordedAt, actor AS Actor, type AS Type, payload AS Payload, prev_hash AS PrevHash, hash AS Hash";

    private const string BySource = $"SELECT {Columns} FROM review_audit_log WHERE source_id = @SourceId";

    private const string Insert = """
        INSERT INTO review_audit_log (seq, recorded_at, actor, type, payload, prev_hash, hash, source_id)
        VALUES (@Seq, @RecordedAt, @Actor, @Type, @Payload, @PrevHash, @Hash, @SourceId)
        """;

    private readonly string _lock = database.Pick(
        sqlite: "SELECT 1", // the write transaction (BEGIN IMMEDIATE) already holds SQLite's single write lock
        postgreSql: "SELECT pg_advisory_xact_lock(hashtext('review_audit_log'))",
        sqlServer: "EXEC sp_getapplock @Resource = 'review_audit_log', @LockMode = 'Exclusive', @LockOwner = 'Transaction'");

    private readonly string _head = database.Pick(
        sqlite: $"SELECT {Columns} FROM review_audit_log ORDER BY seq DESC LIMIT 1",
        postgreSql: $"SELECT {Columns} FROM review_audit_log ORDER BY seq DESC LIMIT 1",
        sqlServer: $"SELECT TOP (1) {Columns} FROM review_audit_log ORDER BY seq DESC");

    /// <summary>Appends in a transaction of its own.</summary>
    public async Task<AuditAppend> AppendAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        await using var work = await database.BeginAsync(cancellationToken);
        var appended = await AppendAsync(work, entry, cancellationToken);
        await work.CommitAsync(cancellationToken);
        return appended;
    }

    /// <summary>Appends in the caller's transaction: the record exists exactly when the caller's change commits.</summary>
    public async Task<AuditAppend> AppendAsync(UnitOfWork work, AuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(entry);
        var payload = CanonicalJson.Write(entry.Payload);
        await work.ExecuteAsync(_lock, null, cancellationToken);
        if (await work.QuerySingleOrDefaultAsync<AuditRecord>(BySource, new { entry.SourceId }, cancellationToken) is { } existing)
        {
            return new AuditAppend(existing, Appended: false);
        }

        var head = await work.QuerySingleOrDefaultAsync<AuditRecord>(_head, null, cancellationToken);
        var seq = (head?.Seq ?? 0) + 1;
        var prevHash = head?.Hash ?? AuditBytes.GenesisHash;
        var recordedAt = AuditBytes.ToMicroseconds(clock.GetUtcNow());
        var record = new AuditRecord
        {
            Seq = seq, RecordedAt = recordedAt, Actor = entry.Actor, Type = entry.Type, Payload = payload, PrevHash = prevHash,
            Hash = AuditBytes.RecordHash(seq, recordedAt, entry.Actor, entry.Type, payload, prevHash),
        };
        await work.ExecuteAsync(Insert, new
        {
            record.Seq, record.RecordedAt, record.Actor, record.Type, record.Payload, record.PrevHash, record.Hash, entry.SourceId,
        }, cancellationToken);
        return new AuditAppend(record, Appended: true);
    }
}

/// <summary>The record for an entry, and whether this call appended it (false: the source was recorded before).</summary>
public sealed record AuditAppend(AuditRecord Record, bool Appended);
