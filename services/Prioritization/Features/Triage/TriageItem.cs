namespace VoiceOfCustomer.Prioritization.Features.Triage;

/// <summary>An item in triage (a row of prioritization_inbox) with its current decision, if any.</summary>
public sealed record TriageItem
{
    public const string Columns = """
        feedback_id AS FeedbackId, account_id AS AccountId, csm_id AS CsmId, source_channel AS SourceChannel, csm_importance AS CsmImportance,
        importance AS Importance, goal_proximity AS GoalProximity, declared_language AS DeclaredLanguage, occurred_at AS OccurredAt,
        queued_at AS QueuedAt, text AS Text, decision_id AS DecisionId, action AS Action, request_id AS RequestId, decided_at AS DecidedAt,
        language AS Language, sentiment AS Sentiment, kinds AS Kinds, churn_risk AS ChurnRisk, area_id AS AreaId, theme_id AS ThemeId, severity AS Severity,
        suggested_request_id AS SuggestedRequestId, suggested_score AS SuggestedScore, suggested_prefill AS SuggestedPrefill
        """;

    public Guid FeedbackId { get; init; }

    public string AccountId { get; init; } = "";

    public string CsmId { get; init; } = "";

    public string SourceChannel { get; init; } = "";

    public int CsmImportance { get; init; }

    /// <summary>The importance now: the CSM's, or the lower value of a deprioritization.</summary>
    public int? Importance { get; init; }

    public int GoalProximity { get; init; }

    public string? DeclaredLanguage { get; init; }

    public DateTimeOffset OccurredAt { get; init; }

    public DateTimeOffset QueuedAt { get; init; }

    public string Text { get; init; } = "";

    public Guid? DecisionId { get; init; }

    public string? Action { get; init; }

    public Guid? RequestId { get; init; }

    public DateTimeOffset? DecidedAt { get; init; }

    /// <summary>What Tagging found (null for items queued before tagging existed): language, sentiment, kinds (comma-separated), area.</summary>
    public string? Language { get; init; }

    public string? Sentiment { get; init; }

    public string? Kinds { get; init; }

    public bool? ChurnRisk { get; init; }

    public string? AreaId { get; init; }

    public string? ThemeId { get; init; }

    /// <summary>0 to 1 from the kind and sentiment; null when unknown (scored as 0.5).</summary>
    public double? Severity { get; init; }

    /// <summary>The most similar open request Tagging found, its cosine, and whether triage pre-selects "merge into" it.</summary>
    public Guid? SuggestedRequestId { get; init; }

    public double? SuggestedScore { get; init; }

    public bool? SuggestedPrefill { get; init; }

    public int EffectiveImportance => Importance ?? CsmImportance;
}
