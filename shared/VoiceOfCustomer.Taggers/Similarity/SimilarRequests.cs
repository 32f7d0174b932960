namespace VoiceOfCustomer.Taggers.Similarity;

/// <summary>
/// The requests most like a new item, best first, and the one to pre-fill for the CSM when the best is at or above
/// the configured threshold (null otherwise: the CSM chooses with no suggestion made for them).
/// </summary>
public sealed record SimilarRequests(IReadOnlyList<SimilarRequest> Matches, SimilarRequest? Prefill)
{
    public static SimilarRequests None { get; } = new([], null);
}
