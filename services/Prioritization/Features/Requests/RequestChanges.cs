using System.Security.Claims;
using VoiceOfCustomer.Contracts;
using VoiceOfCustomer.Hosting.Access;
using VoiceOfCustomer.Hosting.Http;
using VoiceOfCustomer.Hosting.Messaging;
using VoiceOfCustomer.Hosting.Storage;

namespace VoiceOfCustomer.Prioritization.Features.Requests;

/// <summary>
/// What a PM does to requests: rename, set the status (declined needs a reason), merge two. Every change is a record;
/// a status change notifies the CSMs whose customers asked (closing the loop); a merge is announced as RequestMerged.
/// </summary>
public sealed class RequestChanges(Database database, RequestScores scores, [FromKeyedServices(PrioritizationModule.Name)] Outbox outbox, TimeProvider clock)
{
    public const int MaxTitleLength = 200;
    public const int MaxReasonLength = 1000;

    private const string Request = "SELECT title AS Title, status AS Status, merged_into AS MergedInto FROM prioritization_requests WHERE request_id = @RequestId";
    private const string Rename = "UPDATE prioritization_requests SET title = @Title, updated_at = @Now WHERE request_id = @RequestId";
    private const string SetStatus = "UPDATE prioritization_requests SET status = @Status, status_reason = @Reason, updated_at = @Now WHERE request_id = @RequestId";
    private const string Asked = "SELECT DISTINCT csm_id FROM prioritization_inbox WHERE request_id = @RequestId";

    private const string Notify = """
        INSERT INTO prioritization_notifications (notification_id, csm_id, request_id, message, created_at, read_at)
        VALUES (@NotificationId, @CsmId, @RequestId, @Message, @CreatedAt, NULL)
        """;

    private const string MoveItems = "UPDATE prioritization_inbox SET request_id = @Into WHERE request_id = @RequestId";
    private const string Close = "UPDATE prioritization_requests SET merged_into = @Into, updated_at = @Now WHERE request_id = @RequestId";
    private const string ForgetAccounts = "DELETE FROM prioritization_request_accounts WHERE request_id = @RequestId";
    private const string AccountsOf = "SELECT DISTINCT account_id FROM prioritization_inbox WHERE request_id = @RequestId";

    public sealed record Change(string? Title, string? Status, string? StatusReason);

    public sealed record Merge(Guid? Into);

    public async Task<IResult> ChangeAsync(Guid requestId, Change change, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var errors = new ValidationErrors();
        var title = change.Title?.Trim();
        var reason = change.StatusReason?.Trim();
        if (title is not null && title.Length is 0 or > MaxTitleLength)
        {
            errors.Add("title", $"A title has 1 to {MaxTitleLength} characters.");
        }

        if (change.Status is not null && !RequestStatuses.IsKnown(change.Status))
        {
            errors.Add("status", $"'{change.Status}' is not a status: use one of {string.Join(", ", RequestStatuses.All)}.");
        }

        if (change.Status == "declined" && string.IsNullOrEmpty(reason))
        {
            errors.Add("statusReason", "Say why the request is declined: the CSMs whose customers asked will read it.");
        }

        if (reason is { Length: > MaxReasonLength })
        {
            errors.Add("statusReason", $"statusReason has at most {MaxReasonLength} characters.");
        }

        if (title is null && change.Status is null)
        {
            errors.Add("title", "Change the title, the status, or both.");
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var now = clock.GetUtcNow();
        await using var work = await database.BeginAsync(cancellationToken);
        if (await OpenRequestAsync(work, requestId, cancellationToken) is not { } request)
        {
            return NoSuchRequest(requestId);
        }

        if (title is not null && title != request.Title)
        {
            await work.ExecuteAsync(Rename, new { RequestId = requestId, Title = title, Now = now }, cancellationToken);
            await RequestStore.RecordAsync(work, requestId, user.UserName(), now, "renamed", request.Title, title, cancellationToken);
            await RequestFacets.RebuildAsync(work, requestId, cancellationToken);
        }

        if (change.Status is { } status && status != request.Status)
        {
            await work.ExecuteAsync(SetStatus, new { RequestId = requestId, Status = status, Reason = reason, Now = now }, cancellationToken);
            await RequestStore.RecordAsync(work, requestId, user.UserName(), now, "status", request.Status, status, cancellationToken);
            var message = $"\"{title ?? request.Title}\" is now {status}{(reason is null ? "" : $": {reason}")}.";
            foreach (var csm in await work.QueryAsync<string>(Asked, new { RequestId = requestId }, cancellationToken))
            {
                await work.ExecuteAsync(Notify, new { NotificationId = Guid.CreateVersion7(), CsmId = csm, RequestId = requestId, Message = message, CreatedAt = now }, cancellationToken);
            }
        }

        await work.CommitAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    public async Task<IResult> MergeAsync(Guid requestId, Merge merge, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(merge);
        if (merge.Into is not { } into || into == requestId)
        {
            var errors = new ValidationErrors();
            errors.Add("into", "Name the request to merge into (not this one).");
            return errors.ToProblem();
        }

        var now = clock.GetUtcNow();
        await using var work = await database.BeginAsync(cancellationToken);
        if (await OpenRequestAsync(work, requestId, cancellationToken) is not { } from)
        {
            return NoSuchRequest(requestId);
        }

        if (await OpenRequestAsync(work, into, cancellationToken) is not { } target)
        {
            var errors = new ValidationErrors();
            errors.Add("into", $"No open request has id {into}.");
            return errors.ToProblem(StatusCodes.Status422UnprocessableEntity);
        }

        var accounts = (await work.QueryAsync<string>(AccountsOf, new { RequestId = requestId }, cancellationToken)).ToList();
        await work.ExecuteAsync(MoveItems, new { RequestId = requestId, Into = into }, cancellationToken);
        await work.ExecuteAsync(Close, new { RequestId = requestId, Into = into, Now = now }, cancellationToken);
        await work.ExecuteAsync(ForgetAccounts, new { RequestId = requestId }, cancellationToken);
        await RequestStore.RecordAsync(work, requestId, user.UserName(), now, "merged", from.Title, target.Title, cancellationToken);
        await RequestStore.RecordAsync(work, into, user.UserName(), now, "absorbed", from.Title, target.Title, cancellationToken);
        foreach (var account in accounts)
        {
            await scores.RefreshAsync(work, [into], account, now, cancellationToken);
        }

        await scores.ScoreAsync(work, requestId, now, cancellationToken);
        var mergeId = Guid.CreateVersion7(now);
        var correlationId = Guid.NewGuid();
        await outbox.AddAsync(work, mergeId, correlationId, new RequestMerged(mergeId, correlationId, now, requestId, into, user.UserName()), cancellationToken);
        await work.CommitAsync(cancellationToken);
        outbox.Notify();
        return TypedResults.NoContent();
    }

    private static async Task<RequestState?> OpenRequestAsync(UnitOfWork work, Guid requestId, CancellationToken cancellationToken) =>
        await work.QuerySingleOrDefaultAsync<RequestState>(Request, new { RequestId = requestId }, cancellationToken) is { MergedInto: null } open ? open : null;

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult NoSuchRequest(Guid requestId) =>
        TypedResults.Problem(title: "No such request.", detail: $"No open request has id {requestId} (it does not exist or was merged into another).", statusCode: StatusCodes.Status404NotFound);

    private sealed record RequestState
    {
        public string Title { get; init; } = "";

        public string Status { get; init; } = "";

        public Guid? MergedInto { get; init; }
    }
}
