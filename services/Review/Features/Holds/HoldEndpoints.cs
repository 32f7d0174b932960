using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using VoiceOfCustomer.Hosting.Access;
using VoiceOfCustomer.Hosting.Http;

namespace VoiceOfCustomer.Review.Features.Holds;

/// <summary>GET /api/review/holds (the review queue), GET /api/review/holds/summary (figures and the miss rate), POST .../disposition.</summary>
public static class HoldEndpoints
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 500;

    public static async Task<IResult> ListAsync(string? status, int? limit, ClaimsPrincipal user, HoldReads reads, IOptions<HoldOptions> options, CancellationToken cancellationToken)
    {
        if (CsmRefused(user, options.Value) is { } refused)
        {
            return refused;
        }

        var errors = new ValidationErrors();
        if (status is not (null or "open" or "resolved"))
        {
            errors.Add("status", "status is open (the default: items waiting for a disposition) or resolved.");
        }

        if (limit is < 1 or > MaxLimit)
        {
            errors.Add("limit", $"limit must be from 1 to {MaxLimit}.");
        }

        return errors.Any
            ? errors.ToProblem()
            : TypedResults.Ok(await reads.ListAsync(status == "resolved", limit ?? DefaultLimit, cancellationToken));
    }

    public static async Task<IResult> SummaryAsync(ClaimsPrincipal user, HoldReads reads, IOptions<HoldOptions> options, CancellationToken cancellationToken) =>
        (IResult?)CsmRefused(user, options.Value) ?? TypedResults.Ok(HoldSummary.Of(await reads.CountsAsync(cancellationToken), options.Value.SampleShare));

    public static Task<IResult> DecideAsync(Guid holdId, DispositionInput input, ClaimsPrincipal user, Dispositions dispositions, CancellationToken cancellationToken) =>
        dispositions.DecideAsync(holdId, input, user, cancellationToken);

    /// <summary>CSMs see the review queue only when they may be the second person (Review:SecondPerson = Csm).</summary>
    private static ProblemHttpResult? CsmRefused(ClaimsPrincipal user, HoldOptions options) =>
        user.Role() == Roles.Csm && options.SecondPerson != SecondPerson.Csm
            ? TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not a reviewer.", detail: "Only auditors review holds here (Review:SecondPerson is Auditor).")
            : null;
}
