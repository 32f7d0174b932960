using System.Security.Claims;
using System.Text.Json;
using Microsoft.Extensions.Options;
using VoiceOfCustomer.Contracts;
using VoiceOfCustomer.Hosting.Access;
using VoiceOfCustomer.Hosting.Http;
using VoiceOfCustomer.Hosting.Messaging;
using VoiceOfCustomer.Hosting.Storage;
using VoiceOfCustomer.Prioritization.Features.Requests;

namespace VoiceOfCustomer.Prioritization.Features.Triage;

/// <summary>
/// Records a CSM's decision about an item: a new record that supersedes the item's previous one, the item's place in
/// a request, the scores of the requests it leaves and joins, and FeedbackTriaged, all in one transaction.
/// </summary>
public sealed class TriageDecisions(
    Database database, [FromKeyedServices(PrioritizationModule.Name)] Outbox outbox, RequestScores scores,
    IOptions<PrioritizationOptions> options, TimeProvider clock)
{
    private const string Item = $"SELECT {TriageItem.Columns} FROM prioritization_inbox WHERE feedback_id = @FeedbackId";

    private const string OpenHold = "SELECT COUNT(*) FROM prioritization_holds WHERE feedback_id = @FeedbackId AND resolved_at IS NULL";

    /// <summary>A decision other than suppress takes the suppression back: Review withdraws its holds the same way.</summary>
    private const string WithdrawHolds = "UPDATE prioritization_holds SET resolved_at = @DecidedAt WHERE feedback_id = @FeedbackId AND resolved_at IS NULL";

    private const string InsertDecision = """
        INSERT INTO prioritization_decisions (decision_id, feedback_id, supersedes, decided_by, decided_at, action, request_id, new_importance, reason, reason_text)
        VALUES (@DecisionId, @FeedbackId, @Supersedes, @DecidedBy, @DecidedAt, @Action, @RequestId, @NewImportance, @Reason, @ReasonText)
        """;

    // Guarded by the decision the CSM saw: two decisions made at once cannot both supersede the same one.
    private const string UpdateFirst = """
        UPDATE prioritization_inbox SET decision_id = @DecisionId, action = @Action, request_id = @RequestId, importance = @Importance, decided_at = @DecidedAt
        WHERE feedback_id = @FeedbackId AND decision_id IS NULL
        """;

    private const string UpdateNext = """
        UPDATE prioritization_inbox SET decision_id = @DecisionId, action = @Action, request_id = @RequestId, importance = @Importance, decided_at = @DecidedAt
        WHERE feedback_id = @FeedbackId AND decision_id = @Supersedes
        """;

    public async Task<TriageOutcome> DecideAsync(Guid feedbackId, DecisionInput input, ClaimsPrincipal decider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new ValidationErrors();
        input.Validate(errors);
        if (errors.Any)
        {
            return new TriageOutcome(null, errors, StatusCodes.Status400BadRequest);
        }

        await using var work = await database.BeginAsync(cancellationToken);
        var outcome = await DecideAsync(work, feedbackId, input, decider, cancellationToken);
        if (outcome.Decision is not null)
        {
            await work.CommitAsync(cancellationToken);
            outbox.Notify();
        }

        return outcome;
    }

    /// <summary>
    /// Records a validated decision inside the caller's transaction (the caller commits, then calls <see cref="Outbox.Notify"/>),
    /// so several items can move together or not at all. A PM may decide about any item (moving it between requests);
    /// a CSM about their own, or any when Prioritization:AnyCsmMayTriage.
    /// </summary>
    public async Task<TriageOutcome> DecideAsync(UnitOfWork work, Guid feedbackId, DecisionInput input, ClaimsPrincipal decider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(decider);
        var now = clock.GetUtcNow();
        if (await work.QuerySingleOrDefaultAsync<TriageItem>(Item, new { FeedbackId = feedbackId }, cancellationToken) is not { } item)
        {
            return TriageOutcome.Refused(StatusCodes.Status404NotFound, "feedbackId", $"No item {feedbackId} is waiting in triage.", "No such item.");
        }

        if (!decider.IsInRole(Roles.Pm) && !options.Value.AnyCsmMayTriage && item.CsmId != decider.UserName())
        {
            return TriageOutcome.Refused(StatusCodes.Status403Forbidden, "feedbackId", $"Item {feedbackId} belongs to {item.CsmId}: only they decide about it.", "Not your item.");
        }

        if (await RefusalAsync(work, item, input, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var action = input.Action!.Value;
        var requestId = action switch
        {
            TriageAction.Forward when input.RequestId is null => await RequestStore.CreateAsync(work, input.NewRequestTitle!.Trim(), decider.UserName(), now, cancellationToken),
            TriageAction.Forward or TriageAction.Merge => input.RequestId,
            TriageAction.Deprioritize => item.RequestId,
            _ => null,
        };
        var decision = new DecisionView(
            Guid.CreateVersion7(), feedbackId, item.DecisionId, decider.UserName(), now, Name(action),
            action == TriageAction.Suppress ? input.RequestId : requestId, // a duplicate records what it duplicates, without joining it
            action == TriageAction.Deprioritize ? input.NewImportance : null, input.Reason is { } reason ? Name(reason) : null, input.ReasonText?.Trim());
        await work.ExecuteAsync(InsertDecision, decision, cancellationToken);
        var moved = await work.ExecuteAsync(item.DecisionId is null ? UpdateFirst : UpdateNext, new
        {
            decision.DecisionId, decision.Action, RequestId = requestId, Importance = decision.NewImportance ?? item.EffectiveImportance,
            decision.DecidedAt, FeedbackId = feedbackId, decision.Supersedes,
        }, cancellationToken);
        if (moved == 0)
        {
            return TriageOutcome.Refused(StatusCodes.Status409Conflict, "feedbackId", "Someone decided about this item meanwhile: reload it and decide again.", "The item changed.");
        }

        if (action != TriageAction.Suppress)
        {
            await work.ExecuteAsync(WithdrawHolds, new { decision.DecidedAt, FeedbackId = feedbackId }, cancellationToken);
        }

        await scores.RefreshAsync(work, [item.RequestId, requestId], item.AccountId, now, cancellationToken);
        var correlationId = Guid.NewGuid();
        await outbox.AddAsync(work, decision.DecisionId, correlationId, new FeedbackTriaged(
            feedbackId, correlationId, now, decision.DecisionId, decision.Supersedes, decision.DecidedBy, action, requestId, decision.NewImportance,
            input.Reason, decision.ReasonText,
            new FeedbackDetails(item.AccountId, item.CsmId, item.SourceChannel, item.CsmImportance, item.GoalProximity, item.DeclaredLanguage, item.OccurredAt)),
            cancellationToken);
        return new TriageOutcome(decision, null, StatusCodes.Status201Created);
    }

    private static async Task<TriageOutcome?> RefusalAsync(UnitOfWork work, TriageItem item, DecisionInput input, CancellationToken cancellationToken)
    {
        if (input.RequestId is { } requestId && !await RequestStore.IsOpenAsync(work, requestId, cancellationToken))
        {
            return TriageOutcome.Refused(StatusCodes.Status422UnprocessableEntity, "requestId", $"No open request has id {requestId} (it does not exist or was merged into another).");
        }

        if (input.Action == TriageAction.Deprioritize && input.NewImportance >= item.EffectiveImportance)
        {
            return TriageOutcome.Refused(StatusCodes.Status422UnprocessableEntity, "newImportance",
                $"The item's importance is {item.EffectiveImportance}: deprioritizing sets a lower value.");
        }

        if (input.Action == TriageAction.Suppress && await work.QuerySingleOrDefaultAsync<long>(OpenHold, new { item.FeedbackId }, cancellationToken) > 0)
        {
            return TriageOutcome.Refused(StatusCodes.Status409Conflict, "feedbackId",
                "The reviewer holds this item for a second look: it cannot be suppressed until the hold is resolved (forwarding it is still possible).",
                "The item is held for review.");
        }

        return null;
    }

    /// <summary>An action or reason as stored and shown: camelCase ("suppress", "notActionable").</summary>
    internal static string Name<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
