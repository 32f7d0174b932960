namespace VoiceOfCustomer.Tagging.Features.Taxonomy;

/// <summary>One saved taxonomy version: its number, the SHA-256 of its YAML, who saved it and when.</summary>
public sealed record TaxonomyVersionView
{
    public int Version { get; init; }

    public string Sha256 { get; init; } = "";

    public string ChangedBy { get; init; } = "";

    public DateTimeOffset ChangedAt { get; init; }
}
