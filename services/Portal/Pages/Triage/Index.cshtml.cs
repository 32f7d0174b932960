using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VoiceOfCustomer.Client;
using VoiceOfCustomer.Hosting.Access;
using VoiceOfCustomer.Portal.Features.Api;

namespace VoiceOfCustomer.Portal.Pages.Triage;

/// <summary>A CSM's triage inbox: their items without a decision yet.</summary>
[Authorize(Roles = Roles.Csm)]
public sealed class TriageInboxModel(PortalApi api) : PageModel
{
    public IReadOnlyList<TriageInboxItem> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Items = await api.Prioritization.TriageInboxAsync(cancellationToken);
}
