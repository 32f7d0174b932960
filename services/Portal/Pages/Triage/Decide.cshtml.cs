using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VoiceOfCustomer.Client;
using VoiceOfCustomer.Hosting.Access;
using VoiceOfCustomer.Portal.Features.Api;

namespace VoiceOfCustomer.Portal.Pages.Triage;

/// <summary>A CSM decides about one item; the Prioritization API records the decision (never an edit) and names any field it refuses.</summary>
[Authorize(Roles = Roles.Csm)]
public sealed class DecideModel(PortalApi api) : PageModel
{
    public static readonly (string Value, string Label)[] Reasons =
        [("spam", "Spam"), ("notActionable", "Not actionable"), ("outOfScope", "Out of scope"), ("duplicate", "Duplicate of a request"), ("other", "Other")];

    public FeedbackItem? Item { get; private set; }

    public IReadOnlyList<QueuedRequest> Requests { get; private set; } = [];

    public IReadOnlyList<Decision> History { get; private set; } = [];

    public FormErrors Errors { get; } = new();

    public int Importance { get; private set; }

    /// <summary>The open request Tagging found most similar, when there is one the CSM may merge into.</summary>
    public TriageSuggestion? Suggestion { get; private set; }

    /// <summary>The suggested request as the request list names it.</summary>
    public QueuedRequest? SuggestedRequest => Suggestion is null ? null : Requests.FirstOrDefault(r => r.RequestId == Suggestion.SuggestedRequestId);

    /// <summary>"similarity 0.83" in the reader's culture.</summary>
    public string Similarity => $"similarity {Suggestion?.SuggestedScore?.ToString("0.00", System.Globalization.CultureInfo.CurrentCulture)}";

    [BindProperty]
    public string? Action { get; set; }

    [BindProperty]
    public string? NewRequestTitle { get; set; }

    [BindProperty]
    public Guid? RequestId { get; set; }

    [BindProperty]
    public int? NewImportance { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public string? ReasonText { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        // Above Tagging's threshold the merge is pre-selected; the CSM still chooses, and a refused form keeps their choice.
        if (Suggestion?.SuggestedPrefill == true && SuggestedRequest is { } suggested)
        {
            (Action, RequestId) = ("merge", suggested.RequestId);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var decision = new TriageDecision(
            Action, Action == "merge" || (Action == "suppress" && Reason == "duplicate") ? RequestId : null,
            Action == "forward" ? NewRequestTitle : null, Action == "deprioritize" ? NewImportance : null,
            Action == "suppress" ? Reason : null, Action == "suppress" ? ReasonText : null);
        try
        {
            var recorded = await api.Prioritization.DecideAsync(id, decision, cancellationToken);
            TempData["Status"] = $"Decision recorded: {recorded.Action}.";
            return Redirect("/triage");
        }
        catch (ApiProblemException problem) when (problem.Problem.Status is >= 400 and < 500 and not 404)
        {
            Response.StatusCode = Errors.Refused(problem.Problem);
            return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
        }
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Item = await api.Ingestion.GetFeedbackAsync(id, cancellationToken);
        if (Item is null)
        {
            return false;
        }

        History = await api.Prioritization.DecisionsAsync(id, cancellationToken);
        Importance = History.LastOrDefault(d => d.NewImportance is not null)?.NewImportance ?? Item.CsmImportance;
        Requests = (await api.Prioritization.QueueAsync(new QueueFilter(Limit: 200), cancellationToken)).Items;
        Suggestion = (await api.Prioritization.TriageSuggestionsAsync(cancellationToken))
            .FirstOrDefault(s => s.FeedbackId == id && s.SuggestedRequestId is not null && s.SuggestedScore is not null);
        return true;
    }
}
