namespace VoiceOfCustomer.Review.Features.Audit;

/// <summary>The first thing that does not match: the record (sequence number) it is about, what kind of mismatch, and why in words.</summary>
public sealed record AuditProblem(long Seq, AuditProblemKind Kind, string Detail);

/// <summary>How a record or checkpoint fails to match.</summary>
public enum AuditProblemKind
{
    /// <summary>A sequence number is missing (a record was deleted).</summary>
    Gap,

    /// <summary>The record's prev_hash is not the hash of the record before it.</summary>
    BrokenLink,

    /// <summary>The record's contents do not hash to its stored hash (it was changed).</summary>
    ContentChanged,

    /// <summary>A signed checkpoint's head hash differs from the record's hash: records up to it were rewritten, chain and all.</summary>
    CheckpointMismatch,

    /// <summary>A checkpoint's signature does not verify with the installation's public key.</summary>
    BadSignature,

    /// <summary>A checkpoint signs a record the log no longer has (the log was cut short).</summary>
    Truncated,
}
