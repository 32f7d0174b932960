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

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Detail = await api.Prioritization.GetRequestAsync(id, cancellationToken);
        return Detail is null ? NotFound() : Page();
    }
}
