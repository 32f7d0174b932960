using System.Security.Claims;
using Dapper;
using VoiceOfCustomer.Hosting.Access;
using VoiceOfCustomer.Hosting.Storage;

namespace VoiceOfCustomer.Prioritization.Features.Triage;

/// <summary>/api/triage: a CSM's inbox of items awaiting a decision, deciding, and an item's decisions (all kept).</summary>
public static class TriageEndpoints
{
    private const string Inbox = $"""
        SELECT {TriageItem.Columns} FROM prioritization_inbox
        WHERE csm_id = @CsmId AND decision_id IS NULL
        ORDER BY occurred_at, feedback_id
        """;

    private const string Decisions = """
        SELECT decision_id AS DecisionId, feedback_id AS FeedbackId, supersedes AS Supersedes, decided_by AS DecidedBy, decided_at AS DecidedAt,
               action AS Action, request_id AS RequestId, new_importance AS NewImportance, reason AS Reason, reason_text AS ReasonText
        FROM prioritization_decisions WHERE feedback_id = @FeedbackId ORDER BY decided_at, decision_id
        """;

    public const int MaxInbox = 200;

    public static async Task<IResult> InboxAsync(ClaimsPrincipal user, Database database, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var items = await connection.QueryAsync<TriageItem>(new CommandDefinition(Inbox, new { CsmId = user.UserName() }, cancellationToken: cancellationToken));
        return TypedResults.Ok(items.Take(MaxInbox));
    }

    public static async Task<IResult> DecideAsync(Guid feedbackId, DecisionInput input, ClaimsPrincipal user, TriageDecisions decisions, CancellationToken cancellationToken) =>
        (await decisions.DecideAsync(feedbackId, input, user, cancellationToken)).ToResult();

    public static async Task<IResult> HistoryAsync(Guid feedbackId, Database database, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var decisions = (await connection.QueryAsync<DecisionRow>(new CommandDefinition(Decisions, new { FeedbackId = feedbackId }, cancellationToken: cancellationToken))).ToList();
        return TypedResults.Ok(decisions.Select(d => d.ToView()));
    }

    private sealed record DecisionRow
    {
        public Guid DecisionId { get; init; }

        public Guid FeedbackId { get; init; }

        public Guid? Supersedes { get; init; }

        public string DecidedBy { get; init; } = "";

        public DateTimeOffset DecidedAt { get; init; }

        public string Action { get; init; } = "";

        public Guid? RequestId { get; init; }

        public int? NewImportance { get; init; }

        public string? Reason { get; init; }

        public string? ReasonText { get; init; }

        public DecisionView ToView() => new(DecisionId, FeedbackId, Supersedes, DecidedBy, DecidedAt, Action, RequestId, NewImportance, Reason, ReasonText);
    }
}
