using VoiceOfCustomer.Hosting.Http;

namespace VoiceOfCustomer.Prioritization.Features.Triage;

/// <summary>The decision recorded, or why not (with the HTTP status that says it).</summary>
public sealed record TriageOutcome(DecisionView? Decision, ValidationErrors? Errors, int Status, string? Title = null)
{
    public static TriageOutcome Refused(int status, string field, string message, string? title = null)
    {
        var errors = new ValidationErrors();
        errors.Add(field, message);
        return new TriageOutcome(null, errors, status, title);
    }

    public IResult ToResult() => Decision is { } decision
        ? TypedResults.Created($"/api/triage/{decision.FeedbackId}/decisions", decision)
        : Errors!.ToProblem(Status, Title ?? "The decision was not recorded.");
}

/// <summary>A decision as the API shows it.</summary>
public sealed record DecisionView(
    Guid DecisionId, Guid FeedbackId, Guid? Supersedes, string DecidedBy, DateTimeOffset DecidedAt, string Action,
    Guid? RequestId, int? NewImportance, string? Reason, string? ReasonText);
