namespace VoiceOfCustomer.Tagging.Features.Taxonomy;

/// <summary>A new taxonomy, as YAML (format in docs/tagging/areas.md).</summary>
public sealed record TaxonomyInput(string? Yaml);
