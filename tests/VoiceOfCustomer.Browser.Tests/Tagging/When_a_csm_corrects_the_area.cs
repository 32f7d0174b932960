using Microsoft.Playwright;
using VoiceOfCustomer.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace VoiceOfCustomer.Browser.Tests.Tagging;

/// <summary>
/// A CSM corrects the product area and theme of an item on its page (a plain form post): the theme select offers only
/// the chosen area's themes; a theme of another area (as a browser without the script can send) is refused beside the
/// theme; the right pair is recorded and listed with the CSM's name and the areas' names.
/// </summary>
public sealed class When_a_csm_corrects_the_area : PortalTest
{
    [Test]
    public async Task The_area_correction_is_listed_with_who_made_it()
    {
        await Host.DemoTriagedAsync();
        var user = await SignInAsAsync(Role.Csm);
        await new FeedbackForm(Page).LogAsync($"The numbers on our monthly statement never match what we pay (browser test {Guid.NewGuid():N}).");
        var tags = new ItemTags(Page);
        await tags.WaitForTagsAsync(TimeSpan.FromSeconds(30));
        var area = Page.GetByLabel("Product area", new() { Exact = true });
        var theme = Page.GetByLabel("Theme", new() { Exact = true });
        await Expect(tags.Corrections).ToHaveCountAsync(0);

        await area.SelectOptionAsync(new SelectOptionValue { Label = "Billing & pricing" });
        await Expect(theme.Locator("option[value=dashboards]")).ToBeDisabledAsync();
        await Expect(theme.Locator("option", new() { HasText = "Invoices & receipts" })).ToBeEnabledAsync();

        // Without the script every theme is offered: the server still refuses a theme of another area.
        await Page.EvaluateAsync("() => document.querySelectorAll('#ThemeId optgroup').forEach(group => { group.disabled = false; group.hidden = false; })");
        await theme.SelectOptionAsync("dashboards");
        await tags.Submit.ClickAsync();

        await Expect(Page.Locator("#themeId-error")).ToContainTextAsync("has no theme 'dashboards'");
        await Expect(theme).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(tags.Corrections).ToHaveCountAsync(0);

        await area.SelectOptionAsync(new SelectOptionValue { Label = "Billing & pricing" });
        await theme.SelectOptionAsync(new SelectOptionValue { Label = "Invoices & receipts" });
        await tags.Submit.ClickAsync();

        await Expect(tags.Status).ToHaveTextAsync("Correction recorded.");
        await Expect(tags.Corrections).ToHaveCountAsync(1);
        await Expect(tags.Corrections.First).ToContainTextAsync($"{user.UserName} said area: Billing & pricing / Invoices & receipts");
    }
}
