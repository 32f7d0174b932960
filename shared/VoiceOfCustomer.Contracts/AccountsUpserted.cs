namespace VoiceOfCustomer.Contracts;

/// <summary>Accounts were created or changed in the registry, one by one or by a CSV import batch.</summary>
public sealed record AccountsUpserted(
    Guid CorrelationId,
    DateTimeOffset UpsertedAt,
    IReadOnlyList<AccountProfile> Accounts);
