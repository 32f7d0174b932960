using Microsoft.Playwright;
using VoiceOfCustomer.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace VoiceOfCustomer.Browser.Tests.SignIn;

public sealed class When_a_user_signs_in_with_the_keyboard_only : PortalTest
{
    /// <summary>Links before the form (skip link, navigation) may take a few Tabs; more than this is a keyboard trap or a missing field.</summary>
    private const int MostTabsToTheForm = 15;

    [Test]
    public async Task Tab_type_and_Enter_reach_the_start_page()
    {
        var csm = await Host.DemoUserAsync(Role.Csm);
        var form = new SignInForm(Page);
        await form.OpenAsync();
        var (userName, password) = (form.UserName, form.Password);

        for (var tabs = 0; tabs < MostTabsToTheForm && !await HasFocusAsync(userName); tabs++)
        {
            await Page.Keyboard.PressAsync("Tab");
        }

        Assert.That(await HasFocusAsync(userName), Is.True, $"{MostTabsToTheForm} Tabs did not reach the User name field");
        await Page.Keyboard.TypeAsync(csm.UserName);
        await Page.Keyboard.PressAsync("Tab");
        Assert.That(await HasFocusAsync(password), Is.True, "Tab from User name should reach Password");
        await Page.Keyboard.TypeAsync(csm.Password);
        await Page.Keyboard.PressAsync("Enter");

        await Page.WaitForURLAsync("**/feedback");
        await Expect(Heading).ToHaveTextAsync("My feedback");
    }

    private static Task<bool> HasFocusAsync(ILocator field) => field.EvaluateAsync<bool>("element => element === document.activeElement");
}
