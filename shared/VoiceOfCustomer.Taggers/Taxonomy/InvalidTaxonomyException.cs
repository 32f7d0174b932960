namespace VoiceOfCustomer.Taggers.Taxonomy;

/// <summary>Thrown when a taxonomy that must be valid (the embedded default, a stored version) is not.</summary>
public sealed class InvalidTaxonomyException : Exception
{
    public InvalidTaxonomyException(IReadOnlyList<TaxonomyError> errors)
        : base("The taxonomy is not valid: " + string.Join("; ", errors))
    {
        Errors = errors;
    }

    public InvalidTaxonomyException()
        : this([])
    {
    }

    public InvalidTaxonomyException(string message)
        : base(message)
    {
        Errors = [];
    }

    public InvalidTaxonomyException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    public IReadOnlyList<TaxonomyError> Errors { get; }
}
