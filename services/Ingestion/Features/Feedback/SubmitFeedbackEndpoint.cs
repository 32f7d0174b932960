using System.Security.Claims;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using VoiceOfCustomer.Hosting.Access;
using VoiceOfCustomer.Hosting.Http;
using VoiceOfCustomer.Hosting.Storage;

namespace VoiceOfCustomer.Ingestion.Features.Feedback;

/// <summary>POST /api/feedback: accept one item, answer 202 with its id. The same idempotency key always answers with the same item.</summary>
public static class SubmitFeedbackEndpoint
{
    private const string AccountExists = "SELECT COUNT(*) FROM ingestion_accounts WHERE account_id = @AccountId";

    private const string ByIdempotencyKey = """
        SELECT feedback_id AS FeedbackId, request_hash AS RequestHash, stage AS Stage
        FROM ingestion_feedback WHERE idempotency_key = @IdempotencyKey
        """;

    public sealed record Accepted(Guid FeedbackId, string Stage, bool Replayed);

    public static async Task<IResult> HandleAsync(
        FeedbackInput input, ClaimsPrincipal user, Database database, FeedbackSubmissions submissions, IOptions<IngestionOptions> options,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        // Whoever logs an item owns it unless the body names the CSM (an integration logging for its CSMs).
        input = string.IsNullOrWhiteSpace(input.CsmId) ? input with { CsmId = user.UserName() } : input;
        var errors = new ValidationErrors();
        var feedback = FeedbackRules.Validate(input, options.Value.MaxTextLength, clock.GetUtcNow(), errors);
        if (feedback is null)
        {
            return errors.ToProblem();
        }

        await using (var connection = await database.OpenAsync(cancellationToken))
        {
            if (await connection.ExecuteScalarAsync<long>(new CommandDefinition(AccountExists, feedback, cancellationToken: cancellationToken)) == 0)
            {
                errors.Add("accountId", $"No account '{feedback.AccountId}' is in the accounts registry: create it first (PUT /api/accounts/{feedback.AccountId}).");
                return errors.ToProblem(StatusCodes.Status422UnprocessableEntity);
            }
        }

        try
        {
            if (await submissions.SubmitAsync(feedback, cancellationToken) is { } feedbackId)
            {
                return Accept(feedbackId, "submitted", replayed: false);
            }
        }
        catch (Exception exception) when (Database.IsUniqueViolation(exception))
        {
            // A concurrent request with the same idempotency key won the race: answer with its item.
        }

        return await ReplayAsync(database, feedback, cancellationToken);
    }

    private static async Task<IResult> ReplayAsync(Database database, NewFeedback feedback, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var existing = await connection.QuerySingleAsync<ExistingItem>(new CommandDefinition(ByIdempotencyKey, feedback, cancellationToken: cancellationToken));
        if (existing.RequestHash != feedback.RequestHash)
        {
            return TypedResults.Problem(
                title: "The idempotency key was already used for a different feedback item.",
                detail: $"Item {existing.FeedbackId} was submitted with idempotencyKey '{feedback.IdempotencyKey}' and other content. Use a new key for a new item.",
                statusCode: StatusCodes.Status409Conflict,
                extensions: new Dictionary<string, object?> { ["field"] = "idempotencyKey", ["feedbackId"] = existing.FeedbackId });
        }

        return Accept(existing.FeedbackId, PipelineStages.Name(existing.Stage), replayed: true);
    }

    private static AcceptedAtRoute<Accepted> Accept(Guid feedbackId, string stage, bool replayed) =>
        TypedResults.AcceptedAtRoute(new Accepted(feedbackId, stage, replayed), GetFeedbackEndpoint.RouteName, new { id = feedbackId });

    private sealed record ExistingItem
    {
        public Guid FeedbackId { get; init; }

        public string RequestHash { get; init; } = "";

        public int Stage { get; init; }
    }
}
