namespace VoiceOfCustomer.Client;

/// <summary>One audit log record (GET /api/audit): Payload is the exact canonical JSON that was hashed.</summary>
public sealed record AuditLogRecord(long Seq, DateTimeOffset RecordedAt, string Actor, string Type, string Payload, string PrevHash, string Hash);

/// <summary>A page of the audit log, newest first; pass NextBefore as before for the next (older) page.</summary>
public sealed record AuditLogPage(IReadOnlyList<AuditLogRecord> Items, long? NextBefore);

/// <summary>The first record that does not match, the kind of mismatch (gap, brokenLink, contentChanged, ...) and why.</summary>
public sealed record AuditProblemFound(long Seq, string Kind, string Detail);

/// <summary>The answer of GET /api/audit/verify: Summary says it in plain words.</summary>
public sealed record AuditVerificationResult(
    bool Intact, long RecordsChecked, int CheckpointsChecked, long HeadSeq, string? HeadHash, long SignedUpTo,
    AuditProblemFound? FirstProblem, DateTimeOffset VerifiedAt, string Summary);
