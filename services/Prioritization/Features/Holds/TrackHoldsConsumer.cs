using MassTransit;
using VoiceOfCustomer.Contracts;
using VoiceOfCustomer.Hosting.Messaging;
using VoiceOfCustomer.Hosting.Storage;
using VoiceOfCustomer.Prioritization.Features.Requests;
using VoiceOfCustomer.Prioritization.Features.Triage;

namespace VoiceOfCustomer.Prioritization.Features.Holds;

/// <summary>
/// Keeps the reviewer's holds: an item held for a second look cannot be suppressed again until the hold is resolved.
/// A resolution that reinstates the item (held or sampled) puts it back in the PM queue (<see cref="Reinstatement"/>)
/// in the same transaction. The two may arrive in either order: a resolution that comes first records the hold as
/// already resolved, so the late FeedbackHeld only fills in when and why it was held and never reopens it.
/// </summary>
public sealed class TrackHoldsConsumer(
    Database database, [FromKeyedServices(PrioritizationModule.Name)] Outbox outbox, RequestScores scores, TimeProvider clock)
    : IConsumer<FeedbackHeld>, IConsumer<ReviewResolved>
{
    /// <summary>Open, unless the item's current decision already took the suppression back (then Review withdraws it too).</summary>
    private const string Hold = """
        INSERT INTO prioritization_holds (hold_id, feedback_id, held_at, why, resolved_at)
        SELECT @HoldId, @FeedbackId, @HeldAt, @Why,
            CASE WHEN EXISTS (SELECT 1 FROM prioritization_inbox WHERE feedback_id = @FeedbackId AND action IS NOT NULL AND action <> @Suppress)
                THEN @HeldAt ELSE NULL END
        WHERE NOT EXISTS (SELECT 1 FROM prioritization_holds WHERE hold_id = @HoldId)
        """;

    private const string Described = "UPDATE prioritization_holds SET held_at = @HeldAt, why = @Why WHERE hold_id = @HoldId";

    private const string Resolve = "UPDATE prioritization_holds SET resolved_at = @ResolvedAt WHERE hold_id = @HoldId AND resolved_at IS NULL";

    /// <summary>The resolution came first: the hold is recorded resolved, held "at" its resolution until FeedbackHeld says when.</summary>
    private const string ResolvedFirst = """
        INSERT INTO prioritization_holds (hold_id, feedback_id, held_at, why, resolved_at)
        SELECT @HoldId, @FeedbackId, @ResolvedAt, @Why, @ResolvedAt
        WHERE NOT EXISTS (SELECT 1 FROM prioritization_holds WHERE hold_id = @HoldId)
        """;

    private readonly Reinstatement _reinstatement = new(outbox, scores);

    public async Task Consume(ConsumeContext<FeedbackHeld> context)
    {
        var held = context.Message;
        await using var work = await database.BeginAsync(context.CancellationToken);
        if (await work.ExecuteAsync(Hold, new { held.HoldId, held.FeedbackId, held.HeldAt, held.Why, Suppress = TriageDecisions.Name(TriageAction.Suppress) }, context.CancellationToken) == 0)
        {
            await work.ExecuteAsync(Described, new { held.HoldId, held.HeldAt, held.Why }, context.CancellationToken);
        }

        await work.CommitAsync(context.CancellationToken);
    }

    public async Task Consume(ConsumeContext<ReviewResolved> context)
    {
        var resolved = context.Message;
        await using var work = await database.BeginAsync(context.CancellationToken);
        if (await work.ExecuteAsync(Resolve, new { resolved.HoldId, resolved.ResolvedAt }, context.CancellationToken) == 0)
        {
            await work.ExecuteAsync(ResolvedFirst, new { resolved.HoldId, resolved.FeedbackId, resolved.ResolvedAt, Why = "" }, context.CancellationToken);
        }
        var reinstated = resolved.Reinstated && await _reinstatement.ApplyAsync(work, resolved, clock.GetUtcNow(), context.CancellationToken) is not null;
        await work.CommitAsync(context.CancellationToken);
        if (reinstated)
        {
            outbox.Notify();
        }
    }
}
