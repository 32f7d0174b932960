using System.Security.Claims;
using Microsoft.Extensions.Options;
using VoiceOfCustomer.Contracts;
using VoiceOfCustomer.Hosting.Access;
using VoiceOfCustomer.Hosting.Http;
using VoiceOfCustomer.Hosting.Messaging;
using VoiceOfCustomer.Hosting.Storage;
using VoiceOfCustomer.Review.Features.Audit;

namespace VoiceOfCustomer.Review.Features.Holds;

/// <summary>
/// Records the second person's disposition of a hold or sample: a new record, ReviewResolved through Review's
/// outbox (Prioritization puts a reinstated item back in the PM queue) and its audit record, in one transaction.
/// Whoever suppressed the item cannot be its second person.
/// </summary>
public sealed class Dispositions(
    Database database, HoldReads reads, AuditLog log, PersonalDataHash personalData, [FromKeyedServices(ReviewModule.Name)] Outbox outbox,
    IOptions<HoldOptions> options, TimeProvider clock)
{
    private const string Insert = """
        INSERT INTO review_dispositions (disposition_id, hold_id, reinstated, note, decided_by, decided_at)
        VALUES (@DispositionId, @HoldId, @Reinstated, @Note, @DecidedBy, @DecidedAt)
        """;

    public async Task<IResult> DecideAsync(Guid holdId, DispositionInput input, ClaimsPrincipal reviewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(reviewer);
        var errors = new ValidationErrors();
        input.Validate(errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (reviewer.Role() == Roles.Csm && options.Value.SecondPerson != SecondPerson.Csm)
        {
            return Refused(StatusCodes.Status403Forbidden, "holdId", "Only auditors resolve holds here (Review:SecondPerson is Auditor).", "Not a reviewer.");
        }

        await using var work = await database.BeginAsync(cancellationToken);
        if (await reads.GetAsync(work, holdId, cancellationToken) is not { } hold)
        {
            return Refused(StatusCodes.Status404NotFound, "holdId", $"No held or sampled item has hold id {holdId}.", "No such hold.");
        }

        if (string.Equals(hold.SuppressedBy, reviewer.UserName(), StringComparison.OrdinalIgnoreCase))
        {
            return Refused(StatusCodes.Status403Forbidden, "holdId",
                $"You suppressed this item ({hold.SuppressedBy}): the two-person rule needs someone else to confirm or reinstate it.",
                "A second person must decide.");
        }

        if (hold.WithdrawnBy is { } action)
        {
            return Refused(StatusCodes.Status409Conflict, "holdId",
                $"{hold.ResolvedBy} took the suppression back ({action}) after it was held: the hold is withdrawn and there is nothing left to decide.",
                "The hold was withdrawn.");
        }

        if (hold.Reinstated is { } reinstated)
        {
            return Refused(StatusCodes.Status409Conflict, "holdId",
                $"{hold.ResolvedBy} already {(reinstated ? "reinstated" : "confirmed")} this item; a disposition is never changed.", "Already resolved.");
        }

        var now = clock.GetUtcNow();
        var disposition = new DispositionView(Guid.CreateVersion7(now), holdId, hold.FeedbackId, input.Reinstates, input.Note?.Trim() is { Length: > 0 } note ? note : null,
            reviewer.UserName(), now);
        try
        {
            await work.ExecuteAsync(Insert, disposition, cancellationToken);
        }
        catch (Exception error) when (Database.IsUniqueViolation(error))
        {
            return Refused(StatusCodes.Status409Conflict, "holdId", "Someone resolved this item meanwhile: reload it.", "Already resolved.");
        }

        var correlationId = Guid.NewGuid();
        var resolved = new ReviewResolved(hold.FeedbackId, correlationId, now, holdId, disposition.Reinstated, disposition.DecidedBy);
        await outbox.AddAsync(work, MessageIds.For(holdId, nameof(ReviewResolved)), correlationId, resolved, cancellationToken);
        var entry = AuditEntries.Of(resolved);
        entry.Payload["kind"] = hold.Kind;
        entry.Payload["dispositionId"] = disposition.DispositionId.ToString("D");
        entry.Payload["noteHmac"] = disposition.Note is { } text ? personalData.Of(text) : null;
        await log.AppendAsync(work, entry, cancellationToken);
        await work.CommitAsync(cancellationToken);
        outbox.Notify();
        return TypedResults.Created($"/api/review/holds/{holdId}", disposition);
    }

    private static IResult Refused(int status, string field, string message, string title)
    {
        var errors = new ValidationErrors();
        errors.Add(field, message);
        return errors.ToProblem(status, title);
    }
}
