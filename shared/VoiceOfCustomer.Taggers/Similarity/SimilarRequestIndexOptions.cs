namespace VoiceOfCustomer.Taggers.Similarity;

/// <summary>How the similar-request index trades recall for speed, and when a suggestion is pre-filled for the CSM.</summary>
public sealed record SimilarRequestIndexOptions
{
    /// <summary>A best match at or above this cosine is pre-filled as the request to merge into.</summary>
    public double PrefillThreshold { get; init; } = 0.5;

    /// <summary>Terms in more than this share of requests are not walked at query time (they still count in norms).</summary>
    public double MaxDocumentFrequencyShare { get; init; } = 0.15;

    /// <summary>Below this many requests nothing is pruned: walking everything is cheap and exact.</summary>
    public int MinRequestsBeforePruning { get; init; } = 2_000;

    /// <summary>Postings walked per query at most, rarest terms first; the rest of the query is not scored.</summary>
    public int MaxPostingsWalked { get; init; } = 100_000;

    /// <summary>A request keeps at most this many distinct terms (its most frequent), so huge requests stay cheap.</summary>
    public int MaxTermsPerRequest { get; init; } = 400;

    /// <summary>Every request's norm is recomputed once the request count has moved by this share since the last time.</summary>
    public double NormRefreshShare { get; init; } = 0.2;
}
