using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VoiceOfCustomer.Client;
using VoiceOfCustomer.Hosting.Access;
using VoiceOfCustomer.Portal.Features.Api;

namespace VoiceOfCustomer.Portal.Pages.Admin.Erasure;

/// <summary>An admin erases a person's personal data (GDPR): every contact of an account, or one contact by email.</summary>
[Authorize(Roles = Roles.Admin)]
public sealed class ErasureModel(PortalApi api) : PageModel
{
    [BindProperty]
    public string? AccountId { get; set; }

    [BindProperty]
    public string? ContactEmail { get; set; }

    public FormErrors Errors { get; } = new();

    public ErasureReceipt? Receipt { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            Receipt = await api.Review.ErasePersonAsync(AccountId, ContactEmail, cancellationToken);
            (AccountId, ContactEmail) = (null, null);
        }
        catch (ApiProblemException problem) when (problem.Problem.Status is >= 400 and < 500)
        {
            Response.StatusCode = Errors.Refused(problem.Problem);
        }

        return Page();
    }
}
