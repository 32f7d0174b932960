namespace VoiceOfCustomer.Review.Features.Holds;

/// <summary>
/// A held or sampled suppression as a reviewer sees it: what the customer said, the account's segments, who
/// suppressed it and why, why it is under review, and its disposition once there is one.
/// </summary>
public sealed record HoldView
{
    public const string Columns = """
        h.hold_id AS HoldId, h.feedback_id AS FeedbackId, h.kind AS Kind, h.why AS Why, h.held_at AS HeldAt, h.account_id AS AccountId,
        h.csm_id AS CsmId, h.suppressed_by AS SuppressedBy, h.suppressed_at AS SuppressedAt, h.reason AS Reason, h.reason_text AS ReasonText,
        t.text AS Text, d.reinstated AS Reinstated, d.note AS Note, COALESCE(d.decided_by, w.withdrawn_by) AS ResolvedBy,
        COALESCE(d.decided_at, w.withdrawn_at) AS ResolvedAt, w.action AS WithdrawnBy
        """;

    public const string From = """
        review_holds h
        LEFT JOIN review_feedback_text t ON t.feedback_id = h.feedback_id
        LEFT JOIN review_dispositions d ON d.hold_id = h.hold_id
        LEFT JOIN review_withdrawals w ON w.hold_id = h.hold_id
        """;

    public Guid HoldId { get; init; }

    public Guid FeedbackId { get; init; }

    /// <summary>held (under-represented segment, two-person rule) or sampled (random share of the other suppressions).</summary>
    public string Kind { get; init; } = "";

    public string Why { get; init; } = "";

    public DateTimeOffset HeldAt { get; init; }

    public string AccountId { get; init; } = "";

    public string CsmId { get; init; } = "";

    public string SuppressedBy { get; init; } = "";

    public DateTimeOffset SuppressedAt { get; init; }

    public string? Reason { get; init; }

    public string? ReasonText { get; init; }

    /// <summary>What the customer said; null when Review has not received the item's text.</summary>
    public string? Text { get; init; }

    public IReadOnlyDictionary<string, string> Segments { get; init; } = new Dictionary<string, string>();

    /// <summary>Null while open; true when reinstated, false when the suppression was confirmed.</summary>
    public bool? Reinstated { get; init; }

    public string? Note { get; init; }

    public string? ResolvedBy { get; init; }

    public DateTimeOffset? ResolvedAt { get; init; }

    /// <summary>
    /// The later decision (forward, merge, deprioritize) with which the CSM took the suppression back, withdrawing the
    /// hold; null otherwise. ResolvedBy and ResolvedAt are then that decision's.
    /// </summary>
    public string? WithdrawnBy { get; init; }

    public string Status => WithdrawnBy is not null ? "withdrawn" : Reinstated switch { null => "open", true => "reinstated", false => "confirmed" };
}
