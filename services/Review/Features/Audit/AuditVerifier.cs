using System.Security.Cryptography;

namespace VoiceOfCustomer.Review.Features.Audit;

/// <summary>
/// Recomputes every record's hash and the chain from record 1, checks every checkpoint's signature and that the
/// hash it signs is the recomputed hash at its sequence number, and stops at the first thing that does not match.
/// Records after the last checkpoint are checked as a chain only: signatures cover what was signed.
/// </summary>
public sealed class AuditVerifier(AuditReads reads, AuditSigningKey key, TimeProvider clock)
{
    private const int PageSize = 1_000;

    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken)
    {
        await using var connection = await reads.Database.OpenAsync(cancellationToken);
        var checkpoints = await reads.CheckpointsAsync(connection, cancellationToken);
        var headSeq = await reads.HeadSeqAsync(connection, cancellationToken);
        var chain = AuditChain.FromStart();
        var next = 0; // the next checkpoint to meet
        var checkedCheckpoints = 0;
        while (chain.LastSeq < headSeq)
        {
            var page = await reads.RecordsAfterAsync(connection, chain.LastSeq, headSeq, PageSize, cancellationToken);
            if (page.Count == 0)
            {
                return Broken(chain, headSeq, checkpoints, checkedCheckpoints, new AuditProblem(chain.LastSeq + 1, AuditProblemKind.Gap,
                    $"Records {chain.LastSeq + 1} to {headSeq} are missing."));
            }

            foreach (var record in page)
            {
                if (chain.Next(record) is { } problem)
                {
                    return Broken(chain, headSeq, checkpoints, checkedCheckpoints, problem);
                }

                for (; next < checkpoints.Count && checkpoints[next].Seq <= record.Seq; next++)
                {
                    if (Check(checkpoints[next], record, chain, next == 0 ? 0 : checkpoints[next - 1].Seq) is { } mismatch)
                    {
                        return Broken(chain, headSeq, checkpoints, checkedCheckpoints, mismatch);
                    }

                    checkedCheckpoints++;
                }
            }
        }

        if (next < checkpoints.Count)
        {
            var cut = checkpoints[next];
            return Broken(chain, headSeq, checkpoints, checkedCheckpoints, new AuditProblem(chain.LastSeq + 1, AuditProblemKind.Truncated,
                $"The log ends at record {chain.LastSeq}, but a checkpoint signed on {AuditBytes.Instant(cut.SignedAt)} covers records up to {cut.Seq}: records {chain.LastSeq + 1} to {cut.Seq} were removed."));
        }

        var signedUpTo = checkpoints.Count > 0 ? checkpoints[^1].Seq : 0;
        var unsigned = chain.LastSeq - signedUpTo;
        var summary = chain.LastSeq == 0
            ? "The audit log is empty: nothing to verify yet."
            : $"Intact: all {chain.LastSeq:N0} records hash as stored and chain to one another"
              + (checkpoints.Count == 0 ? ", but no checkpoint is signed yet." : $"; {checkpoints.Count:N0} signed checkpoints match, the last at record {signedUpTo:N0}.")
              + (unsigned > 0 && checkpoints.Count > 0 ? $" The {unsigned:N0} newer records are chained but not yet covered by a signature." : "");
        return new AuditVerification(true, chain.LastSeq, checkedCheckpoints, chain.LastSeq, chain.LastSeq == 0 ? null : chain.LastHash, signedUpTo, null,
            clock.GetUtcNow(), summary);
    }

    /// <summary>A checkpoint met at <paramref name="record"/>: it must name this record, verify, and sign the hash the chain arrived at.</summary>
    private AuditProblem? Check(AuditCheckpoint checkpoint, AuditRecord record, AuditChain chain, long previousSignedSeq)
    {
        if (checkpoint.Seq != record.Seq)
        {
            return new AuditProblem(checkpoint.Seq, AuditProblemKind.Gap, $"A checkpoint signs record {checkpoint.Seq}, which the log does not have.");
        }

        if (!string.Equals(checkpoint.KeyId, key.KeyId, StringComparison.Ordinal) || !SignatureHolds(checkpoint))
        {
            return new AuditProblem(checkpoint.Seq, AuditProblemKind.BadSignature,
                $"The checkpoint at record {checkpoint.Seq} (key {checkpoint.KeyId}) does not verify with this installation's public key {key.KeyId}: the checkpoint was forged or altered, or the signing key was replaced.");
        }

        if (!string.Equals(checkpoint.HeadHash, chain.LastHash, StringComparison.Ordinal))
        {
            return new AuditProblem(checkpoint.Seq, AuditProblemKind.CheckpointMismatch,
                $"Record {checkpoint.Seq} does not match the checkpoint signed on {AuditBytes.Instant(checkpoint.SignedAt)}: a record from {previousSignedSeq + 1} to {checkpoint.Seq} was changed and the hashes after it were recomputed to hide it.");
        }

        return null;
    }

    private bool SignatureHolds(AuditCheckpoint checkpoint)
    {
        try
        {
            return key.Verify(AuditBytes.CheckpointMessage(checkpoint.Seq, checkpoint.HeadHash, checkpoint.SignedAt), Convert.FromBase64String(checkpoint.Signature));
        }
        catch (Exception error) when (error is FormatException or CryptographicException)
        {
            return false;
        }
    }

    private AuditVerification Broken(AuditChain chain, long headSeq, IReadOnlyList<AuditCheckpoint> checkpoints, int checkpointsChecked, AuditProblem problem) =>
        new(false, chain.LastSeq, checkpointsChecked, headSeq, null, checkpointsChecked > 0 ? checkpoints[checkpointsChecked - 1].Seq : 0, problem, clock.GetUtcNow(),
            $"Not intact: record {problem.Seq} is the first that does not match. {problem.Detail}");
}
