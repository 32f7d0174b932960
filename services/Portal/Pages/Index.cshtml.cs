using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VoiceOfCustomer.Hosting.Access;

namespace VoiceOfCustomer.Portal.Pages;

/// <summary>"/" sends each role to its start page, and anyone else to sign in.</summary>
[AllowAnonymous]
public sealed class IndexModel : PageModel
{
    public IActionResult OnGet() =>
        LocalRedirect(User.Identity?.IsAuthenticated == true ? Navigation.StartPage(User.Role()) : "/sign-in");
}
