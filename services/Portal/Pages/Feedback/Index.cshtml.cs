using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VoiceOfCustomer.Client;
using VoiceOfCustomer.Hosting.Access;
using VoiceOfCustomer.Portal.Features.Api;

namespace VoiceOfCustomer.Portal.Pages.Feedback;

/// <summary>A CSM's own feedback ("My feedback"); PMs and auditors see everyone's and can filter by CSM.</summary>
[Authorize(Roles = $"{Roles.Csm},{Roles.Pm},{Roles.Auditor}")]
public sealed class FeedbackListModel(PortalApi api) : PageModel
{
    private const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Stage { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Account { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Csm { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Cursor { get; set; }

    public bool OnlyMine => User.IsInRole(Roles.Csm);

    public bool CanLog => User.IsInRole(Roles.Csm);

    public string Title => OnlyMine ? "My feedback" : "Feedback";

    public IReadOnlyList<FeedbackSummary> Items { get; private set; } = [];

    public string? NextCursor { get; private set; }

    public ApiProblem? Problem { get; private set; }

    /// <summary>A CSM's unread news about requests their customers asked for (closing the loop).</summary>
    public IReadOnlyList<Notification> News { get; private set; } = [];

    public async Task<IActionResult> OnPostReadAsync(Guid notificationId, CancellationToken cancellationToken)
    {
        if (!User.IsInRole(Roles.Csm))
        {
            return Forbid();
        }

        await api.Prioritization.MarkNotificationReadAsync(notificationId, cancellationToken);
        return Redirect("/feedback");
    }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (OnlyMine)
        {
            News = [.. (await api.Prioritization.NotificationsAsync(cancellationToken)).Where(n => n.ReadAt is null)];
        }

        var csm = OnlyMine ? User.UserName() : Csm;
        try
        {
            var page = await api.Ingestion.ListFeedbackAsync(new FeedbackFilter(Account, csm, Stage, Cursor, PageSize), cancellationToken);
            (Items, NextCursor) = (page.Items, page.NextCursor);
        }
        catch (ApiProblemException problem) when (problem.Problem.Status is >= 400 and < 500)
        {
            Problem = problem.Problem;
        }
    }

    public string PageLink(string? cursor) =>
        Url.Page("/Feedback/Index", new { Stage, Account, Csm = OnlyMine ? null : Csm, Cursor = cursor })!;
}
