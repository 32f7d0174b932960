using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace VoiceOfCustomer.Hosting.Access;

/// <summary>
/// The portal's session cookie: HttpOnly, SameSite=Strict (no cross-site request carries it), sliding.
/// The API answers 401/403 instead of redirecting; each request re-checks the access replica, so a
/// deactivated user or a changed role ends existing sessions.
/// </summary>
internal static class SessionCookie
{
    public static void Configure(CookieAuthenticationOptions cookie, AccessOptions access)
    {
        cookie.Cookie.Name = AccessRegistration.CookieName;
        cookie.Cookie.HttpOnly = true;
        cookie.Cookie.SameSite = SameSiteMode.Strict;
        cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        cookie.ExpireTimeSpan = access.SessionLifetime;
        cookie.SlidingExpiration = true;
        cookie.LoginPath = "/sign-in";
        cookie.LogoutPath = "/sign-out";
        cookie.AccessDeniedPath = "/access-denied";
        cookie.Events = new CookieAuthenticationEvents
        {
            OnRedirectToLogin = context => Answer(context, StatusCodes.Status401Unauthorized),
            OnRedirectToAccessDenied = context => Answer(context, StatusCodes.Status403Forbidden),
            OnValidatePrincipal = ValidateAsync,
        };
    }

    private static Task Answer(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (AccessRegistration.IsApi(context.Request) || status == StatusCodes.Status403Forbidden)
        {
            // A page the role may not open answers 403 where it is (the status page explains); the API answers problem+json.
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    private static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var replica = context.HttpContext.RequestServices.GetRequiredService<AccessReplica>();
        var user = context.Principal!;
        if (!await replica.StillHoldsAsync(user.UserId(), user.Version(), keyId: null, context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }
}
