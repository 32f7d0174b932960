using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VoiceOfCustomer.Hosting.Access;
using VoiceOfCustomer.Portal.Features.SignIn;

namespace VoiceOfCustomer.Portal.Pages;

/// <summary>Cookie sign-in. Every refusal reads the same, so the page does not tell which user names exist.</summary>
[AllowAnonymous]
public sealed class SignInModel(SignInCheck check, TimeProvider clock, ILogger<SignInModel> logger) : PageModel
{
    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Problem { get; private set; }

    public IActionResult OnGet() =>
        User.Identity?.IsAuthenticated == true ? LocalRedirect(Destination(User.Role())) : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var outcome = await check.CheckAsync(UserName, Password, cancellationToken);
        if (outcome.User is not { } user)
        {
            logger.LogWarning("Sign-in refused for {UserName} from {Address}", UserName, HttpContext.Connection.RemoteIpAddress);
            Problem = outcome.LockedUntil is { } until
                ? $"Too many failed sign-ins: this user is locked for {Math.Max(1, (int)Math.Ceiling((until - clock.GetUtcNow()).TotalMinutes))} more minutes. Try again later or ask an admin."
                : "Wrong user name or password.";
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Page();
        }

        var principal = AccessClaims.Principal(user.UserId, user.UserName, user.Role, user.AccessVersion, CookieAuthenticationDefaults.AuthenticationScheme);
        ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(ClaimTypes.GivenName, user.DisplayName));
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
        return LocalRedirect(Destination(user.Role));
    }

    private string Destination(string role) => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : Navigation.StartPage(role);
}
