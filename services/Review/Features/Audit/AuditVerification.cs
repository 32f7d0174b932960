namespace VoiceOfCustomer.Review.Features.Audit;

/// <summary>
/// What verification found: whether the log is intact, how far it checked, how much of it signed checkpoints
/// cover, and else the first record that does not match. Summary says it in plain words (the CLI and the page show it).
/// </summary>
public sealed record AuditVerification(
    bool Intact,
    long RecordsChecked,
    int CheckpointsChecked,
    long HeadSeq,
    string? HeadHash,
    long SignedUpTo,
    AuditProblem? FirstProblem,
    DateTimeOffset VerifiedAt,
    string Summary);
