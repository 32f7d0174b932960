extern alias AllInOne;

using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using VoiceOfCustomer.Hosting.Access;
using VoiceOfCustomer.Portal.Features.Api;
using VoiceOfCustomer.Portal.Features.ApiKeys;
using VoiceOfCustomer.Portal.Features.Users;
using VoiceOfCustomer.Testing;

namespace VoiceOfCustomer.Portal.Tests.Support;

/// <summary>
/// The all-in-one host in memory (TestServer) on a fresh SQLite file, with one user of each role. The portal's
/// calls to the API go to the same in-memory server, as they go to the same process in the all-in-one host.
/// </summary>
public sealed partial class PortalHost : AllInOneFactory<AllInOne::Program>
{
    public const string Password = "correct horse battery staple";

    private PortalHost(IReadOnlyDictionary<string, string>? settings)
        : base(settings)
    {
    }

    public static string UserOf(string role) => $"{role}.one";

    public static async Task<PortalHost> StartAsync(IReadOnlyDictionary<string, string>? settings = null)
    {
        var host = await StartEmptyAsync(settings);
        try
        {
            var users = host.Services.GetRequiredService<UserAccounts>();
            foreach (var role in Roles.All)
            {
                await users.CreateAsync(new NewUser(UserOf(role), $"The {role}", role, Password), CancellationToken.None);
            }

            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    /// <summary>A host without users, as a new installation starts.</summary>
    public static Task<PortalHost> StartEmptyAsync(IReadOnlyDictionary<string, string>? settings = null)
    {
        var host = new PortalHost(settings);
        host.Build();
        return Task.FromResult(host);
    }

    /// <summary>A browser-like client: keeps cookies, does not follow redirects.</summary>
    public HttpClient Anonymous() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A client signed in through the sign-in form, holding the session cookie.</summary>
    public async Task<HttpClient> SignedInAsync(string userName, string password = Password)
    {
        var client = Anonymous();
        using var response = await SignInAsync(client, userName, password);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), $"{userName} could not sign in");
        return client;
    }

    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string userName, string password)
    {
        ArgumentNullException.ThrowIfNull(client);
        var token = await AntiforgeryTokenAsync(client, "/sign-in");
        return await client.PostAsync("/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName, ["Password"] = password, ["__RequestVerificationToken"] = token,
        }));
    }

    /// <summary>The anti-forgery token of the form on <paramref name="page"/>, for this client's user.</summary>
    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string page)
    {
        ArgumentNullException.ThrowIfNull(client);
        var html = await client.GetStringAsync(page);
        return TokenField().Match(html) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new AssertionException($"No anti-forgery token on {page}");
    }

    /// <summary>A client of the API holding a key issued, as an admin would, to the user of <paramref name="role"/>.</summary>
    public async Task<HttpClient> WithApiKeyAsync(string role)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.HeaderName, await IssueKeyAsync(UserOf(role)));
        return client;
    }

    public async Task<string> IssueKeyAsync(string userName)
    {
        var user = await Services.GetRequiredService<UserAccounts>().FindAsync(userName, CancellationToken.None)
            ?? throw new AssertionException($"No user {userName}");
        var issued = await Services.GetRequiredService<ApiKeys>().IssueAsync(user, "tests", "admin.one", CancellationToken.None);
        return issued.Key;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Portal:IngestionApi", "http://localhost/");
        builder.UseSetting("Portal:PrioritizationApi", "http://localhost/");
        builder.UseSetting("Portal:ReviewApi", "http://localhost/");
        builder.ConfigureTestServices(services =>
            services.AddHttpClient(PortalApi.ClientName).ConfigurePrimaryHttpMessageHandler(() => Server.CreateHandler()));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
