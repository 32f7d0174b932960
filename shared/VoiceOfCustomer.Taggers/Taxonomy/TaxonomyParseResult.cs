namespace VoiceOfCustomer.Taggers.Taxonomy;

/// <summary>What <see cref="TaxonomyParser"/> read: the taxonomy when the file is valid, every error otherwise.</summary>
public sealed record TaxonomyParseResult(ProductTaxonomy? Taxonomy, IReadOnlyList<TaxonomyError> Errors)
{
    public bool IsValid => Taxonomy is not null && Errors.Count == 0;
}
