using VoiceOfCustomer.Contracts;
using VoiceOfCustomer.Hosting.Http;

namespace VoiceOfCustomer.Prioritization.Features.Triage;

/// <summary>
/// A triage decision as a CSM sends it. action: forward (to requestId, or to a new request named newRequestTitle),
/// merge (into requestId), deprioritize (to newImportance, lower than now), suppress (with reason, and reasonText for
/// other; duplicate names the request it duplicates in requestId).
/// </summary>
public sealed record DecisionInput(
    TriageAction? Action, Guid? RequestId, string? NewRequestTitle, int? NewImportance, SuppressionReason? Reason, string? ReasonText)
{
    public const int MaxTitleLength = 200;
    public const int MaxReasonLength = 1000;

    /// <summary>The checks that need nothing but the input; what needs the item or the requests is checked by <see cref="TriageDecisions"/>.</summary>
    public void Validate(ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var title = NewRequestTitle?.Trim();
        var reasonText = ReasonText?.Trim();
        switch (Action)
        {
            case null:
                errors.Add("action", "Choose an action: forward, merge, deprioritize or suppress.");
                break;
            case TriageAction.Forward when RequestId is null && string.IsNullOrEmpty(title):
                errors.Add("newRequestTitle", "Give the new request a title (or forward to an existing request with requestId).");
                break;
            case TriageAction.Forward when RequestId is not null && !string.IsNullOrEmpty(title):
                errors.Add("requestId", "Forward to one request: an existing one (requestId) or a new one (newRequestTitle), not both.");
                break;
            case TriageAction.Merge when RequestId is null:
                errors.Add("requestId", "Merge needs requestId: the existing request the item joins.");
                break;
            case TriageAction.Deprioritize when NewImportance is not (>= 0 and <= 3):
                errors.Add("newImportance", "Deprioritize needs newImportance, from 0 to 3 and lower than the item's importance now.");
                break;
            case TriageAction.Suppress when Reason is null:
                errors.Add("reason", "Suppress needs a reason: spam, notActionable, outOfScope, duplicate or other.");
                break;
            case TriageAction.Suppress when Reason == SuppressionReason.Other && string.IsNullOrEmpty(reasonText):
                errors.Add("reasonText", "Say why in reasonText when the reason is other.");
                break;
            case TriageAction.Suppress when Reason == SuppressionReason.Duplicate && RequestId is null:
                errors.Add("requestId", "A duplicate names the request it duplicates in requestId.");
                break;
            default:
                break;
        }

        if (title is { Length: > MaxTitleLength })
        {
            errors.Add("newRequestTitle", $"A request title has at most {MaxTitleLength} characters.");
        }

        if (reasonText is { Length: > MaxReasonLength })
        {
            errors.Add("reasonText", $"reasonText has at most {MaxReasonLength} characters.");
        }
    }
}
