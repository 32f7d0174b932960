using VoiceOfCustomer.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace VoiceOfCustomer.Browser.Tests.Review;

/// <summary>With the demo data, an auditor reinstates the first held item; the PM queue then has a request for it.</summary>
public sealed class When_an_auditor_reinstates_a_held_item : PortalTest
{
    [Test]
    public async Task It_appears_in_the_pm_queue()
    {
        await Host.DemoTriagedAsync();
        await SignInAsAsync(Role.Auditor);
        var holds = new HoldsPage(Page);
        await holds.OpenAsync();
        await Expect(holds.Holds.First).ToBeVisibleAsync();
        var held = Page.Locator("[data-testid=hold][data-kind=held]");
        var first = await held.CountAsync() > 0 ? held.First : holds.Holds.First;
        var text = (await HoldsPage.Text(first).TextContentAsync())!.Trim();

        await HoldsPage.Reinstate(first).ClickAsync();

        await Page.WaitForURLAsync("**/review/holds");
        await Expect(holds.Status).ToHaveTextAsync("Reinstated: the item is back in the prioritized queue.");
        var words = string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(3));
        await Page.GotoAsync("/queue?search=" + Uri.EscapeDataString(words));
        await Expect(Page.Locator("[data-testid=queued-request]").Filter(new() { HasText = words })).Not.ToHaveCountAsync(0);
    }
}
