namespace VoiceOfCustomer.Review.Features.Audit;

/// <summary>
/// Walks records in sequence order from a known point (the start, or a checked checkpoint) and says at the first
/// one that breaks the chain: a missing number, a prev_hash that is not the previous hash, or contents that do not
/// hash to the stored hash.
/// </summary>
public sealed class AuditChain(long afterSeq, string afterHash)
{
    public long LastSeq { get; private set; } = afterSeq;

    public string LastHash { get; private set; } = afterHash;

    public static AuditChain FromStart() => new(0, AuditBytes.GenesisHash);

    /// <summary>The problem with this record, or null when it extends the chain (which then moves on to it).</summary>
    public AuditProblem? Next(AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var expected = LastSeq + 1;
        if (record.Seq != expected)
        {
            return new AuditProblem(expected, AuditProblemKind.Gap,
                record.Seq > expected
                    ? $"Record {expected} is missing: the log goes from {LastSeq} to {record.Seq}."
                    : $"Record {record.Seq} appears again after {LastSeq}.");
        }

        if (!string.Equals(record.PrevHash, LastHash, StringComparison.Ordinal))
        {
            return new AuditProblem(record.Seq, AuditProblemKind.BrokenLink,
                $"Record {record.Seq} says the record before it hashed to {Short(record.PrevHash)}, but record {LastSeq} hashes to {Short(LastHash)}.");
        }

        var recomputed = AuditBytes.RecordHash(record);
        if (!string.Equals(recomputed, record.Hash, StringComparison.Ordinal))
        {
            return new AuditProblem(record.Seq, AuditProblemKind.ContentChanged,
                $"Record {record.Seq} was changed: its contents hash to {Short(recomputed)}, not to the stored {Short(record.Hash)}.");
        }

        LastSeq = record.Seq;
        LastHash = record.Hash;
        return null;
    }

    private static string Short(string hash) => hash.Length > 12 ? hash[..12] + "…" : hash;
}
