using Dapper;
using VoiceOfCustomer.Hosting.Storage;
using VoiceOfCustomer.Prioritization.Features.Scoring;
using VoiceOfCustomer.Taggers.PersonalData;

namespace VoiceOfCustomer.Prioritization.Features.Requests;

/// <summary>GET /api/requests/{id}: one request with its score's breakdown as of now (each term and the accounts behind it) and what customers said.</summary>
public static class RequestEndpoints
{
    private const string Request = """
        SELECT request_id AS RequestId, title AS Title, status AS Status, status_reason AS StatusReason, merged_into AS MergedInto,
               created_by AS CreatedBy, created_at AS CreatedAt, formula_version AS FormulaVersion
        FROM prioritization_requests WHERE request_id = @RequestId
        """;

    private const string Items = """
        SELECT feedback_id AS FeedbackId, account_id AS AccountId, text AS Text, occurred_at AS OccurredAt
        FROM prioritization_inbox WHERE request_id = @RequestId ORDER BY occurred_at DESC, feedback_id
        """;

    public const int MaxVerbatims = 20;

    public sealed record RequestDetail(
        Guid RequestId, string Title, string Status, string? StatusReason, Guid? MergedInto, string CreatedBy, DateTimeOffset CreatedAt,
        ScoreBreakdown Breakdown, IReadOnlyList<Verbatim> Verbatims);

    public sealed record Verbatim(Guid FeedbackId, string AccountId, string Text, DateTimeOffset OccurredAt);

    public static async Task<IResult> GetAsync(Guid requestId, Database database, RequestScores scores, TimeProvider clock, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        if (await connection.QuerySingleOrDefaultAsync<RequestRow>(new CommandDefinition(Request, new { RequestId = requestId }, cancellationToken: cancellationToken)) is not { } request)
        {
            return TypedResults.Problem(title: "No such request.", detail: $"No request has id {requestId}.", statusCode: StatusCodes.Status404NotFound);
        }

        var breakdown = await scores.BreakdownAsync(connection, null, requestId, clock.GetUtcNow(), cancellationToken);
        // Personal data masked: a request's page is a report, read by PMs who need what was asked, not who to call.
        var verbatims = (await connection.QueryAsync<Verbatim>(new CommandDefinition(Items, new { RequestId = requestId }, cancellationToken: cancellationToken)))
            .Take(MaxVerbatims).Select(v => v with { Text = PersonalDataDetector.Mask(v.Text) }).ToList();
        return TypedResults.Ok(new RequestDetail(
            request.RequestId, request.Title, request.Status, request.StatusReason, request.MergedInto, request.CreatedBy, request.CreatedAt, breakdown, verbatims));
    }

    private sealed record RequestRow
    {
        public Guid RequestId { get; init; }

        public string Title { get; init; } = "";

        public string Status { get; init; } = "";

        public string? StatusReason { get; init; }

        public Guid? MergedInto { get; init; }

        public string CreatedBy { get; init; } = "";

        public DateTimeOffset CreatedAt { get; init; }
    }
}
