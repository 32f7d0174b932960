namespace VoiceOfCustomer.Contracts;

/// <summary>An admin saved a new version of the product-area taxonomy; Sha256 is the hash of its YAML (hex), for the audit log.</summary>
public sealed record TaxonomyChanged(
    Guid ChangeId,
    Guid CorrelationId,
    DateTimeOffset ChangedAt,
    string ChangedBy,
    int Version,
    int PreviousVersion,
    string Sha256);
