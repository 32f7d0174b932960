using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace VoiceOfCustomer.Browser.Tests.Support;

/// <summary>/triage, a CSM's items awaiting a decision: each row has a "Decide" link named after the item's account.</summary>
public sealed partial class TriageInbox(IPage page)
{
    private const string Links = "links => links.map(link => ({ address: link.getAttribute('href'), name: link.textContent.trim() }))";

    /// <summary>The rows' links, "Decide about the item from ACC-0001", in the order shown.</summary>
    public ILocator DecideLinks => page.GetByRole(AriaRole.Link, new() { NameRegex = DecideName() });

    /// <summary>What the last action reported, e.g. "Decision recorded: merge.".</summary>
    public ILocator Status => page.GetByRole(AriaRole.Status);

    public async Task OpenAsync() => await page.GotoAsync("/triage");

    /// <summary>The Decide link to the item page <paramref name="address"/> (/triage/{id}), present while the item awaits a decision.</summary>
    public ILocator DecideLinkTo(string address) => DecideLinks.And(page.Locator($"a[href='{address}']"));

    /// <summary>The first item in the inbox whose account is not among <paramref name="accounts"/>.</summary>
    public async Task<InboxItem> FirstItemFromAccountNotInAsync(IReadOnlySet<string> accounts)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        var links = await DecideLinks.EvaluateAllAsync<JsonElement>(Links);
        var items = links.EnumerateArray()
            .Select(link => new InboxItem(link.GetProperty("address").GetString()!, DecideName().Match(link.GetProperty("name").GetString()!).Groups["account"].Value))
            .ToList();
        return items.FirstOrDefault(item => !accounts.Contains(item.Account))
            ?? throw new AssertionException($"None of the {items.Count} items in /triage comes from an account other than {string.Join(", ", accounts)}");
    }

    [GeneratedRegex(@"^Decide about the item from (?<account>\S+)$")]
    private static partial Regex DecideName();
}

/// <summary>An item in a CSM's triage inbox: its decision page (/triage/{id}) and its account.</summary>
public sealed record InboxItem(string Address, string Account);
