using System.Globalization;
using System.Text.Json;
using MassTransit;
using Microsoft.Extensions.Options;
using VoiceOfCustomer.Contracts;
using VoiceOfCustomer.Hosting.Messaging;
using VoiceOfCustomer.Hosting.Storage;

namespace VoiceOfCustomer.Review.Features.Holds;

/// <summary>
/// The two-person rule: a suppression of an item whose account is in an under-represented segment is held (recorded,
/// and FeedbackHeld announced through Review's outbox, so Prioritization refuses to let it drop); any other
/// suppression is sampled for review with probability Review:SampleShare. One record per decision, so a redelivered
/// decision changes nothing. A later decision that is not a suppression (the CSM forwarded, merged or deprioritized the
/// item after all) withdraws the item's open holds: there is nothing left for a second person to decide.
/// </summary>
public sealed class HoldSuppressionsConsumer(
    Database database, [FromKeyedServices(ReviewModule.Name)] Outbox outbox, IOptions<HoldOptions> options, TimeProvider clock)
    : IConsumer<FeedbackTriaged>
{
    private const string Insert = """
        INSERT INTO review_holds (hold_id, decision_id, feedback_id, correlation_id, kind, why, account_id, csm_id, suppressed_by, suppressed_at,
            reason, reason_text, held_at)
        SELECT @HoldId, @DecisionId, @FeedbackId, @CorrelationId, @Kind, @Why, @AccountId, @CsmId, @SuppressedBy, @SuppressedAt,
            @Reason, @ReasonText, @HeldAt
        WHERE NOT EXISTS (SELECT 1 FROM review_holds WHERE decision_id = @DecisionId)
        """;

    /// <summary>Open holds of the item from suppressions decided before this decision (a disposed hold stays disposed).</summary>
    private const string Withdraw = """
        INSERT INTO review_withdrawals (hold_id, decision_id, action, withdrawn_by, withdrawn_at)
        SELECT h.hold_id, @DecisionId, @Action, @DecidedBy, @DecidedAt
        FROM review_holds h
        WHERE h.feedback_id = @FeedbackId AND h.suppressed_at < @DecidedAt
            AND NOT EXISTS (SELECT 1 FROM review_dispositions d WHERE d.hold_id = h.hold_id)
            AND NOT EXISTS (SELECT 1 FROM review_withdrawals w WHERE w.hold_id = h.hold_id)
        """;

    public async Task Consume(ConsumeContext<FeedbackTriaged> context)
    {
        var triaged = context.Message;
        var cancellationToken = context.CancellationToken;
        await using var work = await database.BeginAsync(cancellationToken);
        if (triaged.Action != TriageAction.Suppress)
        {
            await work.ExecuteAsync(Withdraw, new
            {
                triaged.DecisionId, Action = JsonNamingPolicy.CamelCase.ConvertName(triaged.Action.ToString()), triaged.DecidedBy, triaged.DecidedAt, triaged.FeedbackId,
            }, cancellationToken);
            await work.CommitAsync(cancellationToken);
            return;
        }

        var segments = await UnderRepresentedSegments.SegmentsAsync(work, triaged.Feedback.AccountId, cancellationToken);
        var reasons = await UnderRepresentedSegments.MatchAsync(work, segments, cancellationToken);
        var sampled = reasons.Count == 0 && ReviewSample.Takes(triaged.FeedbackId, options.Value.SampleShare);
        if (reasons.Count == 0 && !sampled)
        {
            return;
        }

        var hold = new
        {
            HoldId = MessageIds.For(triaged.DecisionId, "ReviewHold"),
            triaged.DecisionId,
            triaged.FeedbackId,
            triaged.CorrelationId,
            Kind = reasons.Count > 0 ? HoldKinds.Held : HoldKinds.Sampled,
            Why = reasons.Count > 0
                ? string.Join("; ", reasons)
                : string.Create(CultureInfo.InvariantCulture, $"sampled at random: {options.Value.SampleShare:P1} of suppressions outside under-represented segments are reviewed"),
            triaged.Feedback.AccountId,
            triaged.Feedback.CsmId,
            SuppressedBy = triaged.DecidedBy,
            SuppressedAt = triaged.DecidedAt,
            Reason = triaged.Reason?.ToString(),
            triaged.ReasonText,
            HeldAt = clock.GetUtcNow(),
        };
        if (await work.ExecuteAsync(Insert, hold, cancellationToken) == 0)
        {
            return; // this decision was reviewed before: its FeedbackHeld left with that first transaction
        }

        if (hold.Kind == HoldKinds.Held)
        {
            await outbox.AddAsync(work, MessageIds.For(hold.HoldId, nameof(FeedbackHeld)), triaged.CorrelationId,
                new FeedbackHeld(triaged.FeedbackId, triaged.CorrelationId, hold.HeldAt, hold.HoldId, hold.Why), cancellationToken);
        }

        await work.CommitAsync(cancellationToken);
        outbox.Notify();
    }
}
