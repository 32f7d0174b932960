namespace VoiceOfCustomer.Contracts;

/// <summary>
/// A portal sign-in was refused. The user name is personal data, so it travels only as a keyed hash
/// (HMAC-SHA256 with the installation's audit key, docs/audit.md): the audit log can show repeated failures
/// for one name without holding the name.
/// </summary>
public sealed record SignInFailed(
    Guid AttemptId,
    Guid CorrelationId,
    DateTimeOffset FailedAt,
    string UserNameHmac,
    SignInFailureReason Reason,
    DateTimeOffset? LockedUntil);
