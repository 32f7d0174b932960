namespace VoiceOfCustomer.Taggers.Taxonomy;

/// <summary>A theme inside an area (invoices, SSO, ...): the phrases that say an item is about it.</summary>
/// <param name="Id">Stable id, unique across the whole taxonomy (areas included).</param>
/// <param name="Name">What people read.</param>
/// <param name="Phrases">The phrases in every language the theme has.</param>
public sealed record TaxonomyTheme(string Id, string Name, IReadOnlyList<TaxonomyPhrase> Phrases);
