using System.Security.Claims;
using VoiceOfCustomer.Contracts;
using VoiceOfCustomer.Hosting.Access;
using VoiceOfCustomer.Hosting.Http;
using VoiceOfCustomer.Hosting.Messaging;
using VoiceOfCustomer.Hosting.Storage;
using VoiceOfCustomer.Prioritization.Features.Triage;

namespace VoiceOfCustomer.Prioritization.Features.Requests;

/// <summary>
/// POST /api/requests/{id}/move: items of a request move to another request (into) or split off into a new one
/// (newRequestTitle). Each item gets a new decision (merge, or forward for the first into a new request) by the
/// person who moved it, recorded and announced like any triage decision; all move or none do.
/// </summary>
public sealed class RequestMoves(Database database, TriageDecisions decisions, [FromKeyedServices(PrioritizationModule.Name)] Outbox outbox, TimeProvider clock)
{
    public const int MaxItems = 500;

    private const string InRequest = "SELECT COUNT(*) FROM prioritization_inbox WHERE feedback_id = @FeedbackId AND request_id = @RequestId";

    private const string Title = "SELECT title FROM prioritization_requests WHERE request_id = @RequestId";

    /// <summary>What to move, and where: an existing request (into) or a new one (newRequestTitle).</summary>
    public sealed record Move(IReadOnlyList<Guid>? FeedbackIds, Guid? Into, string? NewRequestTitle);

    public sealed record Moved(Guid RequestId, int Items);

    public async Task<IResult> MoveAsync(Guid requestId, Move move, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(move);
        var errors = Validate(requestId, move);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        await using var work = await database.BeginAsync(cancellationToken);
        if (!await RequestStore.IsOpenAsync(work, requestId, cancellationToken))
        {
            return TypedResults.Problem(title: "No such request.", detail: $"No open request has id {requestId}.", statusCode: StatusCodes.Status404NotFound);
        }

        foreach (var feedbackId in move.FeedbackIds!)
        {
            if (await work.QuerySingleOrDefaultAsync<long>(InRequest, new { FeedbackId = feedbackId, RequestId = requestId }, cancellationToken) == 0)
            {
                return Refused("feedbackIds", $"Item {feedbackId} is not in request {requestId}: nothing was moved.");
            }
        }

        var target = move.Into;
        foreach (var feedbackId in move.FeedbackIds!)
        {
            var input = target is { } into
                ? new DecisionInput(TriageAction.Merge, into, null, null, null, null)
                : new DecisionInput(TriageAction.Forward, null, move.NewRequestTitle, null, null, null);
            var outcome = await decisions.DecideAsync(work, feedbackId, input, user, cancellationToken);
            if (outcome.Decision is not { } decision)
            {
                return outcome.ToResult(); // the transaction is not committed: nothing moved
            }

            target = decision.RequestId;
        }

        var now = clock.GetUtcNow();
        var targetTitle = await work.QuerySingleOrDefaultAsync<string>(Title, new { RequestId = target }, cancellationToken);
        var count = move.FeedbackIds!.Count;
        await RequestStore.RecordAsync(work, requestId, user.UserName(), now, "itemsMovedOut", null, $"{count} to \"{targetTitle}\"", cancellationToken);
        await RequestStore.RecordAsync(work, target!.Value, user.UserName(), now, "itemsMovedIn", null, $"{count}", cancellationToken);
        await work.CommitAsync(cancellationToken);
        outbox.Notify();
        return TypedResults.Ok(new Moved(target.Value, count));
    }

    private static ValidationErrors Validate(Guid requestId, Move move)
    {
        var errors = new ValidationErrors();
        if (move.FeedbackIds is not { Count: > 0 and <= MaxItems } ids || ids.Distinct().Count() != ids.Count)
        {
            errors.Add("feedbackIds", $"Name 1 to {MaxItems} different items of this request to move.");
        }

        var title = move.NewRequestTitle?.Trim();
        if ((move.Into is null) == string.IsNullOrEmpty(title))
        {
            errors.Add("into", "Move to one place: an existing request (into) or a new one (newRequestTitle).");
        }
        else if (move.Into == requestId)
        {
            errors.Add("into", "The items are in this request already: name another one.");
        }

        if (title is { Length: > DecisionInput.MaxTitleLength })
        {
            errors.Add("newRequestTitle", $"A request title has at most {DecisionInput.MaxTitleLength} characters.");
        }

        return errors;
    }

    private static IResult Refused(string field, string message)
    {
        var errors = new ValidationErrors();
        errors.Add(field, message);
        return errors.ToProblem(StatusCodes.Status422UnprocessableEntity);
    }
}
