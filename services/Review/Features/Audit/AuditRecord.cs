namespace VoiceOfCustomer.Review.Features.Audit;

/// <summary>One record of the audit log as stored: never updated, never deleted.</summary>
public sealed record AuditRecord
{
    public long Seq { get; init; }

    public DateTimeOffset RecordedAt { get; init; }

    public string Actor { get; init; } = "";

    public string Type { get; init; } = "";

    /// <summary>Canonical JSON (<see cref="CanonicalJson"/>): exactly the text that was hashed.</summary>
    public string Payload { get; init; } = "";

    public string PrevHash { get; init; } = "";

    public string Hash { get; init; } = "";
}
