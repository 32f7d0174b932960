namespace VoiceOfCustomer.Taggers.Taxonomy;

/// <summary>
/// The product-area taxonomy an admin edits: areas, each with themes, each with phrases per language. Read from YAML
/// by <see cref="TaxonomyParser"/> and compiled once into a <see cref="ProductAreaTagger"/>.
/// </summary>
/// <param name="Version">The taxonomy's own version number, written in the file and bumped by the portal on every change.</param>
/// <param name="Areas">The areas, in the file's order (which breaks ties).</param>
public sealed record ProductTaxonomy(int Version, IReadOnlyList<TaxonomyArea> Areas);
