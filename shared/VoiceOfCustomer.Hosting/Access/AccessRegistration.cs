using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using VoiceOfCustomer.Hosting.Storage;

namespace VoiceOfCustomer.Hosting.Access;

/// <summary>
/// Who is calling, the same way in every process: the portal's session cookie or an API key, chosen by
/// whether the request carries a key. Nothing is open by default: an endpoint without a declaration
/// needs a signed-in user, and the role matrix test insists that every endpoint declares its roles.
/// </summary>
public static class AccessRegistration
{
    public const string Scheme = "VoiceOfCustomer";
    public const string CookieName = "voc.session";

    /// <summary>The data-protection application name: processes with the same key ring and this name read each other's cookies and keys.</summary>
    public const string ApplicationName = "VoiceOfCustomer";

    public static IServiceCollection AddAccess(this IServiceCollection services)
    {
        services.AddValidatedOptions<AccessOptions>(AccessOptions.Section);
        services.AddMigrations("access", typeof(AccessRegistration).Assembly);
        services.AddMemoryCache();
        services.AddSingleton<AccessReplica>();
        services.AddSingleton<ApiKeyFormat>();
        services.AddDataProtection().SetApplicationName(ApplicationName);
        services.AddOptions<KeyManagementOptions>().Configure<IOptions<AccessOptions>>((keys, access) =>
        {
            if (access.Value.KeysFolder is { Length: > 0 } folder)
            {
                keys.XmlRepository = new Microsoft.AspNetCore.DataProtection.Repositories.FileSystemXmlRepository(
                    Directory.CreateDirectory(folder), Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance);
            }
        });

        services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, "Session cookie or API key", policy =>
                policy.ForwardDefaultSelector = context => ApiKeyAuthenticationHandler.Carries(context.Request)
                    ? ApiKeyAuthenticationHandler.SchemeName
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddCookie();
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<IOptions<AccessOptions>>((cookie, access) => SessionCookie.Configure(cookie, access.Value));
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return services;
    }

    /// <summary>Only these roles may call the endpoint (or every endpoint of the group).</summary>
    public static TBuilder RequireRoles<TBuilder>(this TBuilder builder, params string[] roles)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(new AuthorizeAttribute { Roles = string.Join(',', roles) });

    internal static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
}
