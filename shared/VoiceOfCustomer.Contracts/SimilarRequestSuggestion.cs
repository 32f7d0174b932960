namespace VoiceOfCustomer.Contracts;

/// <summary>
/// The existing request most like an item (cosine 0 to 1) and the words they share. Prefill is true when the score is
/// at or above Tagging's threshold: the triage page then pre-selects "merge into" that request.
/// </summary>
public sealed record SimilarRequestSuggestion(Guid RequestId, double Score, bool Prefill, IReadOnlyList<string> Why);
