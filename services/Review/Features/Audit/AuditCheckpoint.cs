namespace VoiceOfCustomer.Review.Features.Audit;

/// <summary>A signed statement "the log's record Seq hashes to HeadHash", as stored in review_audit_checkpoints and exported.</summary>
public sealed record AuditCheckpoint
{
    public long Seq { get; init; }

    public string HeadHash { get; init; } = "";

    public DateTimeOffset SignedAt { get; init; }

    /// <summary>ECDSA P-256 over SHA-256 of <see cref="AuditBytes.CheckpointMessage"/>, DER, base64.</summary>
    public string Signature { get; init; } = "";

    public string KeyId { get; init; } = "";
}
