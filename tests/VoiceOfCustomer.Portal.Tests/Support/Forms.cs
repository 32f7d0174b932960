using System.Net.Http.Json;
using VoiceOfCustomer.Hosting.Access;

namespace VoiceOfCustomer.Portal.Tests.Support;

/// <summary>Posts the portal's forms as a browser does (with the anti-forgery token of the page), and sets up what they need.</summary>
public static class Forms
{
    public const string AccountId = "acme";

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string page, IDictionary<string, string> fields, string? handler = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = await PortalHost.AntiforgeryTokenAsync(client, page) };
        return await client.PostAsync(handler is null ? page : $"{page}?handler={handler}", new FormUrlEncodedContent(form));
    }

    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string page, string csv, string fileName)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var content = new MultipartFormDataContent
        {
            { new StringContent(await PortalHost.AntiforgeryTokenAsync(client, page)), "__RequestVerificationToken" },
            { new StringContent(csv), "Upload", fileName },
        };
        return await client.PostAsync(page, content);
    }

    /// <summary>The account the forms log feedback for, created through the API as an admin.</summary>
    public static async Task CreateAccountAsync(PortalHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        using var admin = await host.WithApiKeyAsync(Roles.Admin);
        using var response = await admin.PutAsJsonAsync($"/api/accounts/{AccountId}", new
        {
            name = "Acme Ltd", region = "EMEA", country = "FR", language = "fr", sizeBand = "51-200", industry = "Retail", planTier = "pro", arr = 120000,
        });
        response.EnsureSuccessStatusCode();
    }
}
