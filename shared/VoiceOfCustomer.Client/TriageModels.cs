namespace VoiceOfCustomer.Client;

/// <summary>An item in a CSM's triage inbox (GET /api/triage/inbox).</summary>
public sealed record TriageInboxItem(
    Guid FeedbackId, string AccountId, string CsmId, string SourceChannel, int CsmImportance, int? Importance, int GoalProximity,
    DateTimeOffset OccurredAt, DateTimeOffset QueuedAt, string Text);

/// <summary>
/// A decision to send (POST /api/triage/{id}/decisions). action: forward, merge, deprioritize, suppress;
/// reason: spam, notActionable, outOfScope, duplicate, other.
/// </summary>
public sealed record TriageDecision(string? Action, Guid? RequestId, string? NewRequestTitle, int? NewImportance, string? Reason, string? ReasonText);

/// <summary>A recorded decision.</summary>
public sealed record Decision(
    Guid DecisionId, Guid FeedbackId, Guid? Supersedes, string DecidedBy, DateTimeOffset DecidedAt, string Action,
    Guid? RequestId, int? NewImportance, string? Reason, string? ReasonText);

/// <summary>A request in the queue (GET /api/requests), with today's score and, when compared, its ranks.</summary>
public sealed record QueuedRequest(
    Guid RequestId, string Title, string Status, double Score, int Reach, decimal RevenueTotal, int FormulaVersion,
    int Rank, int? RevenueRank, IReadOnlyList<string> Verbatims, IReadOnlyList<string>? Regions = null)
{
    /// <summary>How many places revenue-first ranking would move this request up (positive) or down (negative).</summary>
    public int? RevenueMovement => Rank - RevenueRank;
}

public sealed record QueuedRequestPage(IReadOnlyList<QueuedRequest> Items, string? NextCursor);

/// <summary>What GET /api/requests filters on (Segment is "name:value", e.g. industry:Health; Area and Theme are taxonomy ids); CompareRevenue adds the revenue-only ranks.</summary>
public sealed record QueueFilter(
    string? Status = null, string? Search = null, string? Region = null, string? Plan = null, bool CompareRevenue = false, string? Cursor = null, int? Limit = null,
    string? Segment = null, string? Area = null, string? Theme = null);

/// <summary>One value a queue filter can take, and how many open requests have it.</summary>
public sealed record QueueFacetValue(string Value, int Requests);
