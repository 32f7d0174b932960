namespace VoiceOfCustomer.Tagging.Features.TagFeedback;

/// <summary>One row of tagging_items as the consumer writes it (decimals because batch parameters take no doubles).</summary>
public sealed record TaggedRow
{
    public Guid FeedbackId { get; init; }

    public string AccountId { get; init; } = "";

    public string? DeclaredLanguage { get; init; }

    public int TextLength { get; init; }

    public DateTimeOffset TaggedAt { get; init; }

    public string MaskedText { get; init; } = "";

    public string Language { get; init; } = "";

    public string Sentiment { get; init; } = "";

    public string Kinds { get; init; } = "";

    public bool ChurnRisk { get; init; }

    public string? AreaId { get; init; }

    public string? ThemeId { get; init; }

    public decimal? Severity { get; init; }

    public Guid? SimilarRequestId { get; init; }

    public decimal? SimilarScore { get; init; }

    public int KindModelVersion { get; init; }

    public int TaxonomyVersion { get; init; }

    public string TagsJson { get; init; } = "";
}
