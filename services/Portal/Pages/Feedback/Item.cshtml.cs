using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VoiceOfCustomer.Client;
using VoiceOfCustomer.Hosting.Access;
using VoiceOfCustomer.Portal.Features.Api;

namespace VoiceOfCustomer.Portal.Pages.Feedback;

/// <summary>One item as logged, where it is in the pipeline and when it got there. All text is encoded by Razor.</summary>
[Authorize(Roles = $"{Roles.Csm},{Roles.Pm},{Roles.Auditor}")]
public sealed class FeedbackItemModel(PortalApi api) : PageModel
{
    public FeedbackItem? Item { get; private set; }

    public string ImportanceLabel =>
        LogFeedbackModel.Importance.FirstOrDefault(level => level.Value == Item?.CsmImportance).Label ?? $"{Item?.CsmImportance}";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Item = await api.Ingestion.GetFeedbackAsync(id, cancellationToken);
        return Item is null ? NotFound() : Page();
    }
}
