namespace VoiceOfCustomer.Tagging.Features.Taxonomy;

/// <summary>A taxonomy version with its YAML. Version 0 is the default shipped with the service, before any edit.</summary>
public sealed record TaxonomyView
{
    public int Version { get; init; }

    public string Yaml { get; init; } = "";

    public string? ChangedBy { get; init; }

    public DateTimeOffset? ChangedAt { get; init; }
}
