namespace VoiceOfCustomer.Prioritization.Features.Triage;

/// <summary>An item in triage (a row of prioritization_inbox) with its current decision, if any.</summary>
public sealed record TriageItem
{
    public const string Columns = """
        feedback_id AS FeedbackId, account_id AS AccountId, csm_id AS CsmId, source_channel AS SourceChannel, csm_importance AS CsmImportance,
        importance AS Importance, goal_proximity AS GoalProximity, declared_language AS DeclaredLanguage, occurred_at AS OccurredAt,
        queued_at AS QueuedAt, text AS Text, decision_id AS DecisionId, action AS Action, request_id AS RequestId, decided_at AS DecidedAt
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

    public int EffectiveImportance => Importance ?? CsmImportance;
}
