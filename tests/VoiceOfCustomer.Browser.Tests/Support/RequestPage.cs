using System.Text.Json;
using Microsoft.Playwright;

namespace VoiceOfCustomer.Browser.Tests.Support;

/// <summary>/queue/{id}: why the request scores what it scores, term by term, the accounts behind it and what customers said.</summary>
public sealed class RequestPage(IPage page)
{
    /// <summary>The rows of the breakdown, in order.</summary>
    public static readonly IReadOnlyList<string> Terms = ["Reach", "Importance", "Business goal", "Severity", "Voice-gap weighting", "Revenue", "Score"];

    public ILocator Breakdown => page.Locator("[data-testid=breakdown]");

    public ILocator TermNames => Breakdown.Locator("tbody th[scope=row]");

    /// <summary>What the whole score is, as the Score row shows it.</summary>
    public ILocator Score => Breakdown.GetByRole(AriaRole.Row)
        .Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = "Score", Exact = true }) })
        .Locator("td").First;

    /// <summary>What customers said, one entry per item: "text (ACC-0001, date)".</summary>
    public ILocator Verbatims => page.Locator("h2:text-is('What customers said') + ul > li");

    /// <summary>The accounts behind the request, all of them, asked of the API with the signed-in user's cookie.</summary>
    public async Task<IReadOnlySet<string>> AccountsBehindAsync(string requestId)
    {
        var response = await page.APIRequest.GetAsync($"/api/requests/{requestId}");
        Assert.That(response.Ok, Is.True, $"GET /api/requests/{requestId} answered {response.Status}");
        var request = await response.JsonAsync() ?? throw new JsonException($"GET /api/requests/{requestId} answered no JSON");
        return request.GetProperty("breakdown").GetProperty("accounts").EnumerateArray()
            .Select(account => account.GetProperty("accountId").GetString()!)
            .ToHashSet(StringComparer.Ordinal);
    }
}
