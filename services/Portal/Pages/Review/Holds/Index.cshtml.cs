using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VoiceOfCustomer.Client;
using VoiceOfCustomer.Hosting.Access;
using VoiceOfCustomer.Portal.Features.Api;

namespace VoiceOfCustomer.Portal.Pages.Review.Holds;

/// <summary>
/// The second look of the two-person rule: every held and sampled suppression with what the customer said, the
/// account's segments, who suppressed it and why, and Confirm / Reinstate. A refusal is shown beside its item's form.
/// </summary>
[Authorize(Roles = Roles.Auditor)]
public sealed class HoldsModel(PortalApi api) : PageModel
{
    public IReadOnlyList<ReviewHold> Open { get; private set; } = [];

    public IReadOnlyList<ReviewHold> Resolved { get; private set; } = [];

    public ReviewHoldSummary? Summary { get; private set; }

    /// <summary>The refused item and why, shown beside its form.</summary>
    public Guid? RefusedHoldId { get; private set; }

    public ApiProblem? Problem { get; private set; }

    [BindProperty]
    public Guid HoldId { get; set; }

    [BindProperty]
    public string? Disposition { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            var recorded = await api.Review.DisposeOfHoldAsync(HoldId, Disposition ?? "", Note, cancellationToken);
            TempData["Status"] = recorded.Reinstated ? "Reinstated: the item is back in the prioritized queue." : "Confirmed: the suppression stands.";
            return Redirect("/review/holds");
        }
        catch (ApiProblemException problem) when (problem.Problem.Status is >= 400 and < 500)
        {
            (RefusedHoldId, Problem) = (HoldId, problem.Problem);
            Response.StatusCode = problem.Problem.Status ?? StatusCodes.Status400BadRequest;
            await LoadAsync(cancellationToken);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Open = await api.Review.ReviewHoldsAsync(resolved: false, cancellationToken);
        Resolved = await api.Review.ReviewHoldsAsync(resolved: true, cancellationToken);
        Summary = await api.Review.ReviewHoldSummaryAsync(cancellationToken);
    }
}
