using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VoiceOfCustomer.Client;
using VoiceOfCustomer.Hosting.Access;
using VoiceOfCustomer.Portal.Features.Api;

namespace VoiceOfCustomer.Portal.Pages.Admin.Taxonomy;

/// <summary>One saved taxonomy version, read only: what Tagging used between that save and the next.</summary>
[Authorize(Roles = Roles.Admin)]
public sealed class TaxonomyVersionModel(PortalApi api) : PageModel
{
    public TaxonomyDocument? Taxonomy { get; private set; }

    public async Task<IActionResult> OnGetAsync(int version, CancellationToken cancellationToken)
    {
        Taxonomy = await api.Tagging.TaxonomyVersionAsync(version, cancellationToken);
        return Taxonomy is null ? NotFound() : Page();
    }
}
