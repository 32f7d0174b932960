using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace VoiceOfCustomer.Browser.Tests.Support;

/// <summary>/feedback/new as a CSM fills it in: Account, Feedback, Channel, Importance, then "Log feedback".</summary>
public sealed partial class FeedbackForm(IPage page)
{
    private const string FirstRealOption = "select => [...select.options].find(option => option.value !== '' && !option.disabled)?.value ?? ''";

    public ILocator Account => page.GetByLabel("Account", new() { Exact = true });

    public ILocator Feedback => page.GetByLabel("Feedback", new() { Exact = true });

    public ILocator Channel => page.GetByLabel("Channel", new() { Exact = true });

    public ILocator Importance => page.GetByLabel("Importance", new() { Exact = true });

    public ILocator Submit => page.GetByRole(AriaRole.Button, new() { Name = "Log feedback", Exact = true });

    /// <summary>The address of an item page, /feedback/{id}.</summary>
    [GeneratedRegex("/feedback/[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")]
    public static partial Regex ItemAddress();

    public async Task OpenAsync() => await page.GotoAsync("/feedback/new");

    /// <summary>Every field filled in: the first demo account, the first channel and importance offered.</summary>
    public async Task FillAsync(string text)
    {
        await Account.FillAsync(await FirstAccountIdAsync());
        await Feedback.FillAsync(text);
        await Channel.SelectOptionAsync(await Channel.EvaluateAsync<string>(FirstRealOption));
        await Importance.SelectOptionAsync(await Importance.EvaluateAsync<string>(FirstRealOption));
    }

    /// <summary>Opens the form, logs <paramref name="text"/> and waits for the item page it leads to.</summary>
    public async Task LogAsync(string text)
    {
        await OpenAsync();
        await FillAsync(text);
        await Submit.ClickAsync();
        await page.WaitForURLAsync(ItemAddress());
    }

    /// <summary>An account of the registry (a demo one, ACC-0001), asked of the API with the signed-in user's cookie.</summary>
    private async Task<string> FirstAccountIdAsync()
    {
        var response = await page.APIRequest.GetAsync("/api/accounts?limit=1");
        Assert.That(response.Ok, Is.True, $"GET /api/accounts?limit=1 answered {response.Status}");
        var accounts = await response.JsonAsync();
        return accounts?.GetProperty("items").EnumerateArray().Select(account => account.GetProperty("accountId").GetString()).FirstOrDefault()
            ?? throw new JsonException("GET /api/accounts?limit=1 listed no account: is the demo seeded?");
    }
}
