using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VoiceOfCustomer.Hosting.Access;

namespace VoiceOfCustomer.Portal.Pages.Review;

/// <summary>The auditors' page: held and sampled suppressions and disparity flags, once triage produces any.</summary>
[Authorize(Roles = Roles.Auditor)]
public sealed class ReviewModel : PageModel
{
    public void OnGet()
    {
    }
}
