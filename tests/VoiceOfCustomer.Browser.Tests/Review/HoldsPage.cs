using Microsoft.Playwright;

namespace VoiceOfCustomer.Browser.Tests.Review;

/// <summary>/review/holds, the auditors' second look: one card per held or sampled suppression with Confirm and Reinstate.</summary>
public sealed class HoldsPage(IPage page)
{
    public ILocator Holds => page.Locator("[data-testid=hold]");

    public ILocator Status => page.Locator("[data-testid=hold-status]");

    public async Task OpenAsync() => await page.GotoAsync("/review/holds");

    public static ILocator Text(ILocator hold) => hold.Locator("[data-testid=hold-text]");

    public static ILocator Reinstate(ILocator hold) => hold.Locator("[data-testid=reinstate]");
}
