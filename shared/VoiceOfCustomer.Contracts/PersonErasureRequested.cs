namespace VoiceOfCustomer.Contracts;

/// <summary>
/// An admin asked to erase a person's personal data (GDPR): every service redacts what it holds about the contacts of
/// AccountId, or about the contact with ContactEmail (exactly one is set). The audit log keeps only keyed hashes of both.
/// </summary>
public sealed record PersonErasureRequested(
    Guid ErasureId,
    Guid CorrelationId,
    DateTimeOffset RequestedAt,
    string? AccountId,
    string? ContactEmail,
    string RequestedBy);
