using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VoiceOfCustomer.Client;
using VoiceOfCustomer.Hosting.Access;
using VoiceOfCustomer.Portal.Features.Api;

namespace VoiceOfCustomer.Portal.Pages.Queue;

/// <summary>One request: why it scores what it scores, term by term and account by account, and what customers said.</summary>
[Authorize(Roles = $"{Roles.Pm},{Roles.Auditor}")]
public sealed class RequestModel(PortalApi api) : PageModel
{
    public const int MaxAccounts = 100;

    public RequestDetail? Detail { get; private set; }

    /// <summary>The other open requests, for "merge into".</summary>
    public IReadOnlyList<QueuedRequest> Others { get; private set; } = [];

    public FormErrors Errors { get; } = new();

    public bool CanChange => User.IsInRole(Roles.Pm);

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Status { get; set; }

    [BindProperty]
    public string? StatusReason { get; set; }

    [BindProperty]
    public Guid? Into { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostRenameAsync(Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(id, () => api.Prioritization.ChangeRequestAsync(id, Title, null, null, cancellationToken), "Renamed.", cancellationToken);

    public Task<IActionResult> OnPostStatusAsync(Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(id, () => api.Prioritization.ChangeRequestAsync(id, null, Status, StatusReason, cancellationToken),
            "Status set; the CSMs whose customers asked are notified.", cancellationToken);

    public Task<IActionResult> OnPostMergeAsync(Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(id, () => api.Prioritization.MergeRequestAsync(id, Into, cancellationToken), "Merged.", cancellationToken, after: Into);

    private async Task<IActionResult> ChangeAsync(Guid id, Func<Task> change, string done, CancellationToken cancellationToken, Guid? after = null)
    {
        if (!CanChange)
        {
            return Forbid();
        }

        try
        {
            await change();
            TempData["Status"] = done;
            return Redirect($"/queue/{after ?? id}");
        }
        catch (ApiProblemException problem) when (problem.Problem.Status is >= 400 and < 500 and not 404)
        {
            Response.StatusCode = Errors.Refused(problem.Problem);
            return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
        }
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Detail = await api.Prioritization.GetRequestAsync(id, cancellationToken);
        if (Detail is not null && CanChange)
        {
            Others = [.. (await api.Prioritization.QueueAsync(new QueueFilter(Limit: 200), cancellationToken)).Items.Where(r => r.RequestId != id)];
        }

        return Detail is not null;
    }
}
