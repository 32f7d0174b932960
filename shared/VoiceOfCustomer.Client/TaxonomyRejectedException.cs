namespace VoiceOfCustomer.Client;

/// <summary>Tagging refused a taxonomy (422): nothing was saved; <see cref="Errors"/> lists every parser error in file order.</summary>
public sealed class TaxonomyRejectedException(ApiProblem problem, IReadOnlyList<TaxonomyError> errors) : Exception(problem?.Title)
{
    public ApiProblem Problem { get; } = problem ?? throw new ArgumentNullException(nameof(problem));

    public IReadOnlyList<TaxonomyError> Errors { get; } = errors ?? throw new ArgumentNullException(nameof(errors));
}
