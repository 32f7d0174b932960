using Microsoft.Extensions.Options;
using VoiceOfCustomer.Hosting.Storage;

namespace VoiceOfCustomer.Review.Features.Audit;

/// <summary>
/// Signs the head of the log into review_audit_checkpoints when it is due: <see cref="AuditOptions.CheckpointEveryRecords"/>
/// records past the last checkpoint, or the oldest unsigned record older than <see cref="AuditOptions.CheckpointEvery"/>.
/// Before signing, the records since the last checkpoint are checked as a chain, so a signature never blesses a change.
/// </summary>
public sealed class AuditCheckpoints(AuditReads reads, AuditSigningKey key, IOptions<AuditOptions> options, TimeProvider clock, ILogger<AuditCheckpoints> logger)
{
    private const int PageSize = 1_000;

    private const string Insert = """
        INSERT INTO review_audit_checkpoints (seq, head_hash, signed_at, signature, key_id)
        VALUES (@Seq, @HeadHash, @SignedAt, @Signature, @KeyId)
        """;

    /// <summary>Signs the head if a checkpoint is due (or, with <paramref name="force"/>, whenever the head moved); returns the new checkpoint or null.</summary>
    public async Task<AuditCheckpoint?> SignIfDueAsync(bool force, CancellationToken cancellationToken)
    {
        await using var connection = await reads.Database.OpenAsync(cancellationToken);
        var last = await reads.LastCheckpointAsync(connection, cancellationToken);
        var headSeq = await reads.HeadSeqAsync(connection, cancellationToken);
        if (headSeq <= (last?.Seq ?? 0))
        {
            return null;
        }

        var chain = last is null ? AuditChain.FromStart() : new AuditChain(last.Seq, last.HeadHash);
        DateTimeOffset? oldestUnsigned = null;
        while (chain.LastSeq < headSeq)
        {
            var page = await reads.RecordsAfterAsync(connection, chain.LastSeq, headSeq, PageSize, cancellationToken);
            if (page.Count == 0)
            {
                throw new InvalidOperationException($"The audit log is not intact: records {chain.LastSeq + 1} to {headSeq} are missing. No checkpoint is signed until it is verified (GET /api/audit/verify).");
            }

            oldestUnsigned ??= page[0].RecordedAt;
            foreach (var record in page)
            {
                if (chain.Next(record) is { } problem)
                {
                    throw new InvalidOperationException($"The audit log is not intact, so no checkpoint is signed: {problem.Detail}");
                }
            }
        }

        var due = force || headSeq - (last?.Seq ?? 0) >= options.Value.CheckpointEveryRecords || clock.GetUtcNow() - oldestUnsigned >= options.Value.CheckpointEvery;
        return due ? await SignAsync(chain, cancellationToken) : null;
    }

    private async Task<AuditCheckpoint?> SignAsync(AuditChain chain, CancellationToken cancellationToken)
    {
        var signedAt = AuditBytes.ToMicroseconds(clock.GetUtcNow());
        var checkpoint = new AuditCheckpoint
        {
            Seq = chain.LastSeq, HeadHash = chain.LastHash, SignedAt = signedAt, KeyId = key.KeyId,
            Signature = Convert.ToBase64String(key.Sign(AuditBytes.CheckpointMessage(chain.LastSeq, chain.LastHash, signedAt))),
        };
        try
        {
            await using var work = await reads.Database.BeginAsync(cancellationToken);
            await work.ExecuteAsync(Insert, checkpoint, cancellationToken);
            await work.CommitAsync(cancellationToken);
        }
        catch (Exception error) when (Database.IsUniqueViolation(error))
        {
            // Another copy of Review signed the same head first.
            return null;
        }

        logger.LogInformation("Audit checkpoint signed at record {Seq} with key {KeyId}", checkpoint.Seq, checkpoint.KeyId);
        return checkpoint;
    }
}
