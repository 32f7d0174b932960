using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VoiceOfCustomer.Hosting.Access;

namespace VoiceOfCustomer.Portal.Pages.Queue;

/// <summary>The PMs' queue of requests by score. Prioritization does not form requests yet, so the page says so.</summary>
[Authorize(Roles = $"{Roles.Pm},{Roles.Auditor}")]
public sealed class QueueModel : PageModel
{
    public void OnGet()
    {
    }
}
