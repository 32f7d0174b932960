using System.Globalization;
using System.Text.Json.Nodes;
using VoiceOfCustomer.Contracts;
using VoiceOfCustomer.Hosting.Access;

namespace VoiceOfCustomer.Review.Features.Audit;

/// <summary>
/// What the audit log records of each event: ids, decisions and reasons as they were, instants as invariant text, and
/// personal data (free text a person typed, user names of failed sign-ins) only as its <see cref="PersonalDataHash"/>.
/// </summary>
public sealed class AuditEntries(PersonalDataHash personalData)
{
    /// <summary>Actor of what a service did on its own (a hold, a detected formula change).</summary>
    public const string ReviewActor = "service:review";

    public const string PrioritizationActor = "service:prioritization";

    /// <summary>Actor of a failed sign-in: nobody was signed in.</summary>
    public const string AnonymousActor = "anonymous";

    public AuditEntry Of(FeedbackTriaged triaged)
    {
        ArgumentNullException.ThrowIfNull(triaged);
        return new AuditEntry($"FeedbackTriaged:{triaged.DecisionId}", triaged.DecidedBy, "feedback.triaged", new JsonObject
        {
            ["feedbackId"] = Id(triaged.FeedbackId),
            ["decisionId"] = Id(triaged.DecisionId),
            ["supersedesDecisionId"] = Id(triaged.SupersedesDecisionId),
            ["decidedAt"] = Instant(triaged.DecidedAt),
            ["action"] = triaged.Action.ToString(),
            ["requestId"] = Id(triaged.RequestId),
            ["newImportance"] = triaged.NewImportance,
            ["reason"] = triaged.Reason?.ToString(),
            ["reasonTextHmac"] = Hmac(triaged.ReasonText),
            ["accountId"] = triaged.Feedback.AccountId,
            ["csmId"] = triaged.Feedback.CsmId,
        });
    }

    public static AuditEntry Of(FeedbackHeld held)
    {
        ArgumentNullException.ThrowIfNull(held);
        return new AuditEntry($"FeedbackHeld:{held.HoldId}", ReviewActor, "feedback.held", new JsonObject
        {
            ["feedbackId"] = Id(held.FeedbackId),
            ["holdId"] = Id(held.HoldId),
            ["heldAt"] = Instant(held.HeldAt),
            ["why"] = held.Why,
        });
    }

    public static AuditEntry Of(ReviewResolved resolved)
    {
        ArgumentNullException.ThrowIfNull(resolved);
        return new AuditEntry($"ReviewResolved:{resolved.HoldId}", resolved.ResolvedBy, "review.resolved", new JsonObject
        {
            ["feedbackId"] = Id(resolved.FeedbackId),
            ["holdId"] = Id(resolved.HoldId),
            ["resolvedAt"] = Instant(resolved.ResolvedAt),
            ["disposition"] = resolved.Reinstated ? "reinstated" : "confirmed",
        });
    }

    public static AuditEntry Of(SignInFailed failed)
    {
        ArgumentNullException.ThrowIfNull(failed);
        return new AuditEntry($"SignInFailed:{failed.AttemptId}", AnonymousActor, "sign-in.failed", new JsonObject
        {
            ["attemptId"] = Id(failed.AttemptId),
            ["failedAt"] = Instant(failed.FailedAt),
            ["userNameHmac"] = failed.UserNameHmac,
            ["reason"] = failed.Reason.ToString(),
            ["lockedUntil"] = failed.LockedUntil is { } until ? Instant(until) : null,
        });
    }

    public static AuditEntry Of(FormulaChanged changed)
    {
        ArgumentNullException.ThrowIfNull(changed);
        var settings = new JsonObject();
        foreach (var (name, value) in changed.Settings)
        {
            settings[name] = value;
        }

        return new AuditEntry($"FormulaChanged:{changed.ChangeId}", PrioritizationActor, "formula.changed", new JsonObject
        {
            ["changeId"] = Id(changed.ChangeId),
            ["detectedAt"] = Instant(changed.DetectedAt),
            ["previousVersions"] = new JsonArray([.. changed.PreviousVersions.Select(version => JsonValue.Create(version))]),
            ["version"] = changed.Version,
            ["requestsToRescore"] = changed.RequestsToRescore,
            ["settings"] = settings,
        });
    }

    public static AuditEntry Of(TaxonomyChanged changed)
    {
        ArgumentNullException.ThrowIfNull(changed);
        return new AuditEntry($"TaxonomyChanged:{changed.ChangeId}", changed.ChangedBy, "taxonomy.changed", new JsonObject
        {
            ["changeId"] = Id(changed.ChangeId),
            ["changedAt"] = Instant(changed.ChangedAt),
            ["version"] = changed.Version,
            ["previousVersion"] = changed.PreviousVersion,
            ["sha256"] = changed.Sha256,
        });
    }

    public static AuditEntry Of(RequestMerged merged)
    {
        ArgumentNullException.ThrowIfNull(merged);
        return new AuditEntry($"RequestMerged:{merged.MergeId}", merged.MergedBy, "request.merged", new JsonObject
        {
            ["mergeId"] = Id(merged.MergeId),
            ["mergedAt"] = Instant(merged.MergedAt),
            ["requestId"] = Id(merged.RequestId),
            ["into"] = Id(merged.Into),
        });
    }

    private string? Hmac(string? text) => string.IsNullOrEmpty(text) ? null : personalData.Of(text);

    private static string? Id(Guid? id) => id?.ToString("D", CultureInfo.InvariantCulture);

    private static string Instant(DateTimeOffset instant) => instant.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
}
