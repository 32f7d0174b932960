using VoiceOfCustomer.Contracts;
using VoiceOfCustomer.Hosting.Messaging;
using VoiceOfCustomer.Hosting.Storage;
using VoiceOfCustomer.Prioritization.Features.Requests;
using VoiceOfCustomer.Prioritization.Features.Triage;

namespace VoiceOfCustomer.Prioritization.Features.Holds;

/// <summary>
/// Puts a reinstated item back in the PM queue: a new decision by the reviewer, superseding the suppression, that
/// forwards the item into the request it was merged into before (followed to where that request was merged since),
/// or else into a new request titled from its text; the request is scored again and FeedbackTriaged announced. The
/// decision's id comes from the hold, so a redelivered ReviewResolved adds nothing. If a later decision already
/// superseded the suppression, the item stays where that decision put it.
/// </summary>
public sealed class Reinstatement(Outbox outbox, RequestScores scores)
{
    public const string ReasonText = "Reinstated on review: a second person found the suppression wrong.";

    private const string Item = $"SELECT {TriageItem.Columns} FROM prioritization_inbox WHERE feedback_id = @FeedbackId";

    private const string Decided = "SELECT COUNT(*) FROM prioritization_decisions WHERE decision_id = @DecisionId";

    private const string MergedBefore = """
        SELECT request_id FROM prioritization_decisions
        WHERE feedback_id = @FeedbackId AND action = 'merge' AND request_id IS NOT NULL ORDER BY decided_at DESC
        """;

    private const string MergedInto = "SELECT merged_into FROM prioritization_requests WHERE request_id = @RequestId";

    private const string InsertDecision = """
        INSERT INTO prioritization_decisions (decision_id, feedback_id, supersedes, decided_by, decided_at, action, request_id, new_importance, reason, reason_text)
        VALUES (@DecisionId, @FeedbackId, @Supersedes, @DecidedBy, @DecidedAt, 'forward', @RequestId, NULL, NULL, @ReasonText)
        """;

    private const string Move = """
        UPDATE prioritization_inbox SET decision_id = @DecisionId, action = 'forward', request_id = @RequestId, decided_at = @DecidedAt
        WHERE feedback_id = @FeedbackId AND decision_id = @Supersedes
        """;

    /// <summary>Forwards the item in <paramref name="work"/>; returns the request it joined, or null when there was nothing to reinstate.</summary>
    public async Task<Guid?> ApplyAsync(UnitOfWork work, ReviewResolved resolved, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(resolved);
        var decisionId = MessageIds.For(resolved.HoldId, "Reinstated");
        if (await work.QuerySingleOrDefaultAsync<long>(Decided, new { DecisionId = decisionId }, cancellationToken) > 0
            || await work.QuerySingleOrDefaultAsync<TriageItem>(Item, new { resolved.FeedbackId }, cancellationToken) is not { Action: "suppress" } item)
        {
            return null;
        }

        var requestId = await MergedRequestAsync(work, item.FeedbackId, cancellationToken)
            ?? await RequestStore.CreateAsync(work, RequestTitle.From(item.Text, item.FeedbackId), resolved.ResolvedBy, now, cancellationToken);
        var decision = new { DecisionId = decisionId, item.FeedbackId, Supersedes = item.DecisionId, DecidedBy = resolved.ResolvedBy, DecidedAt = now, RequestId = requestId, ReasonText };
        await work.ExecuteAsync(InsertDecision, decision, cancellationToken);
        if (await work.ExecuteAsync(Move, decision, cancellationToken) == 0)
        {
            throw new InvalidOperationException($"Item {item.FeedbackId} changed while it was reinstated; the message is retried.");
        }

        await scores.RefreshAsync(work, [requestId], item.AccountId, now, cancellationToken);
        await outbox.AddAsync(work, decisionId, resolved.CorrelationId, new FeedbackTriaged(
            item.FeedbackId, resolved.CorrelationId, now, decisionId, item.DecisionId, resolved.ResolvedBy, TriageAction.Forward, requestId, null, null, ReasonText,
            new FeedbackDetails(item.AccountId, item.CsmId, item.SourceChannel, item.CsmImportance, item.GoalProximity, item.DeclaredLanguage, item.OccurredAt)),
            cancellationToken);
        return requestId;
    }

    /// <summary>The open request the item was last merged into, following later merges of that request; null if it never was or none is open.</summary>
    private static async Task<Guid?> MergedRequestAsync(UnitOfWork work, Guid feedbackId, CancellationToken cancellationToken)
    {
        var requestId = await work.QuerySingleOrDefaultAsync<Guid?>(MergedBefore, new { FeedbackId = feedbackId }, cancellationToken);
        for (var hops = 0; requestId is { } id && hops < 100; hops++)
        {
            var into = await work.QuerySingleOrDefaultAsync<Guid?>(MergedInto, new { RequestId = id }, cancellationToken);
            if (into is null)
            {
                return await RequestStore.IsOpenAsync(work, id, cancellationToken) ? id : null;
            }

            requestId = into;
        }

        return null;
    }
}
