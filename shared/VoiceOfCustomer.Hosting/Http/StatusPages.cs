using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace VoiceOfCustomer.Hosting.Http;

/// <summary>
/// An error status without a body gets one: problem+json for the API, and in a process that serves pages
/// (one that registered a <see cref="PageStatusPath"/>) the page at that path for everything else.
/// </summary>
public static class StatusPages
{
    public static IApplicationBuilder UseStatusPages(this IApplicationBuilder app)
    {
        if (app.ApplicationServices.GetService<PageStatusPath>() is not { } pages)
        {
            return app.UseStatusCodePages();
        }

        app.UseWhen(context => Access.AccessRegistration.IsApi(context.Request), api => api.UseStatusCodePages());
        return app.UseWhen(context => !Access.AccessRegistration.IsApi(context.Request), page => page.UseStatusCodePagesWithReExecute(pages.Template));
    }
}

/// <summary>Where a process that serves pages renders an error status, e.g. "/status/{0}".</summary>
public sealed record PageStatusPath(string Template);
