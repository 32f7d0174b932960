namespace VoiceOfCustomer.Taggers.Similarity;

/// <summary>An existing request like the text asked about: its cosine similarity (0 to 1) and the words they share.</summary>
/// <param name="RequestId">The request, as in Prioritization.</param>
/// <param name="Score">Cosine of the two TF-IDF term vectors; 1 means the same text.</param>
/// <param name="Why">The words of the query found in the request, the rarest (most telling) first.</param>
public sealed record SimilarRequest(Guid RequestId, double Score, IReadOnlyList<string> Why);
