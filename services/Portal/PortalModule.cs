using System.Globalization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.Extensions.DependencyInjection.Extensions;
using VoiceOfCustomer.Hosting;
using VoiceOfCustomer.Hosting.Access;
using VoiceOfCustomer.Hosting.Http;
using VoiceOfCustomer.Hosting.Messaging;
using VoiceOfCustomer.Hosting.Storage;
using VoiceOfCustomer.Portal.Features.ApiKeys;
using VoiceOfCustomer.Portal.Features.Api;
using VoiceOfCustomer.Portal.Features.CsvImports;
using VoiceOfCustomer.Portal.Features.SignIn;
using VoiceOfCustomer.Portal.Features.Users;

namespace VoiceOfCustomer.Portal;

/// <summary>
/// Portal: the web pages of the four roles (Razor Pages, rendered on the server), and the users and API keys
/// behind sign-in. It reads feedback through the services' HTTP APIs, as the signed-in user. Owns portal_* tables.
/// </summary>
public static class PortalModule
{
    public const string Name = "portal";

    public static IServiceCollection AddPortal(this IServiceCollection services)
    {
        services.AddValidatedOptions<PortalOptions>(PortalOptions.Section);
        services.AddOptions<FirstAdminOptions>().BindConfiguration(FirstAdminOptions.Section);
        services.AddMigrations(Name, typeof(PortalModule).Assembly);
        services.AddOutbox(Name);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<UserAccounts>();
        services.AddSingleton<UserAdministration>();
        services.AddSingleton<SignInCheck>();
        services.AddSingleton<ApiKeys>();
        services.AddHostedService<FirstAdmin>();
        services.AddSingleton(new PageStatusPath("/status/{0}"));
        services.AddHttpContextAccessor();
        // No cookie container: each call carries exactly the signed-in user's cookies, never another user's.
        services.AddHttpClient(PortalApi.ClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false });
        services.AddScoped<PortalApi>();
        services.AddSingleton<PortalImports>();
        services.AddOptions<FormOptions>().Configure<IOptions<PortalOptions>>((form, portal) => form.MultipartBodyLengthLimit = portal.Value.MaxUploadBytes);
        services.AddOptions<RazorPagesOptions>().Configure<IOptions<PortalOptions>>((pages, portal) =>
        {
            foreach (var upload in (string[])["/CsvImports/New", "/Admin/AccountsImport"])
            {
                pages.Conventions.AddPageApplicationModelConvention(upload, page =>
                    page.EndpointMetadata.Add(new RequestBodyLimit(portal.Value.MaxUploadBytes + 64_000)));
            }
        });
        services.AddRazorPages()
            .ConfigureApplicationPartManager(parts =>
            {
                // The all-in-one host finds these pages in a referenced assembly: add it once, whoever the entry assembly is.
                var assembly = typeof(PortalModule).Assembly;
                if (!parts.ApplicationParts.OfType<AssemblyPart>().Any(part => part.Assembly == assembly))
                {
                    parts.ApplicationParts.Add(new AssemblyPart(assembly));
                }
            });
        // Text in any script is written as itself, not as character references; markup characters are still encoded.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(options =>
            options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.Configure<RequestLocalizationOptions>(options =>
        {
            // Dates and numbers follow the browser's languages (Accept-Language); the words on the pages are English.
            var cultures = CultureInfo.GetCultures(CultureTypes.AllCultures).Where(culture => culture.Name.Length > 0).ToList();
            options.DefaultRequestCulture = new RequestCulture("en-US");
            options.SupportedCultures = cultures;
            options.SupportedUICultures = [new CultureInfo("en-US")];
            options.RequestCultureProviders = [new AcceptLanguageHeaderRequestCultureProvider()];
        });
        return services;
    }

    public static WebApplication MapPortal(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseRequestLocalization();
        PortalAssets.Map(app);
        app.MapRazorPages();

        var users = app.MapGroup("/api/users").WithTags("Users").RequireRoles(Roles.Admin);
        users.MapGet("/", UserEndpoints.ListAsync).WithSummary("Every user with role and state.");
        users.MapPost("/", UserEndpoints.CreateAsync).WithSummary("Create a user (201); 409 when the name is taken.");
        users.MapPatch("/{userName}", UserEndpoints.ChangeAsync).WithSummary("Change a user's role, display name or active state; ends their sessions and keys.");
        users.MapPut("/{userName}/password", UserEndpoints.SetPasswordAsync).WithSummary("Set a new password; ends the user's sessions and keys.");

        var keys = app.MapGroup("/api/api-keys").WithTags("API keys").RequireRoles(Roles.Admin);
        keys.MapGet("/", ApiKeyEndpoints.ListAsync).WithSummary("Every API key (never the key itself).");
        keys.MapPost("/", ApiKeyEndpoints.IssueAsync).WithSummary("Issue a key to a user (201); the answer holds the key, shown this once.");
        keys.MapDelete("/{keyId:guid}", ApiKeyEndpoints.RevokeAsync).WithSummary("Revoke a key; every service refuses it from then on.");
        return app;
    }
}
