using VoiceOfCustomer.Hosting.Http;

namespace VoiceOfCustomer.Review.Features.Audit;

/// <summary>
/// GET /api/audit (the log, newest first, paged by sequence number), GET /api/audit/verify and
/// GET /api/audit/checkpoints (every signed checkpoint with the public key, to check offline).
/// </summary>
public static class AuditEndpoints
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 500;

    /// <summary>One page of the log; NextBefore is the sequence number to pass as before for the next (older) page.</summary>
    public sealed record AuditPage(IReadOnlyList<AuditRecord> Items, long? NextBefore);

    /// <summary>What anyone needs to check the checkpoints without the database: the public key, the layouts, the checkpoints.</summary>
    public sealed record CheckpointExport(
        string Algorithm, string KeyId, string PublicKeyPem, string SignedMessage, string RecordHash, IReadOnlyList<AuditCheckpoint> Checkpoints);

    public static async Task<IResult> ListAsync(AuditReads reads, long? before, int? limit, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (before is < 1)
        {
            errors.Add("before", "before is a sequence number (1 or more): pass nextBefore from the previous page.");
        }

        if (limit is < 1 or > MaxLimit)
        {
            errors.Add("limit", $"limit must be from 1 to {MaxLimit}.");
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var take = limit ?? DefaultLimit;
        var items = await reads.RecordsBeforeAsync(before ?? long.MaxValue, take, cancellationToken);
        var next = items.Count == take && items[^1].Seq > 1 ? items[^1].Seq : (long?)null;
        return TypedResults.Ok(new AuditPage(items, next));
    }

    public static async Task<IResult> VerifyAsync(AuditVerifier verifier, CancellationToken cancellationToken) =>
        TypedResults.Ok(await verifier.VerifyAsync(cancellationToken));

    public static async Task<IResult> CheckpointsAsync(AuditReads reads, AuditSigningKey key, CancellationToken cancellationToken)
    {
        await using var connection = await reads.Database.OpenAsync(cancellationToken);
        var checkpoints = await reads.CheckpointsAsync(connection, cancellationToken);
        return TypedResults.Ok(new CheckpointExport(
            "ECDSA P-256, SHA-256, DER signature (base64)",
            key.KeyId,
            key.PublicKeyPem,
            "\"voc-audit-checkpoint-v1\" | seq (int64 big-endian) | headHash (32 bytes) | len32 | signedAt (UTF-8, yyyy-MM-ddTHH:mm:ss.ffffffZ)",
            "SHA-256 of \"voc-audit-record-v1\" | seq (int64 big-endian) | prevHash (32 bytes) | then len32 | UTF-8 of recordedAt, actor, type, payload",
            checkpoints));
    }
}
