namespace VoiceOfCustomer.Taggers.Taxonomy;

/// <summary>A product area (billing, integrations, ...) that feedback is routed by.</summary>
/// <param name="Id">Stable id, lower case letters, digits and dashes; what tags store.</param>
/// <param name="Name">What people read.</param>
/// <param name="Themes">The themes inside the area, at least one.</param>
public sealed record TaxonomyArea(string Id, string Name, IReadOnlyList<TaxonomyTheme> Themes);
