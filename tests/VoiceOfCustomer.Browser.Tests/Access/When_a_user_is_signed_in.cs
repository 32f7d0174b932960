using Microsoft.Playwright;
using VoiceOfCustomer.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace VoiceOfCustomer.Browser.Tests.Access;

public sealed class When_a_user_is_signed_in : PortalTest
{
    [TestCaseSource(typeof(StartPage), nameof(StartPage.All))]
    public async Task The_page_has_the_main_navigation_and_a_sign_out_button(StartPage start)
    {
        ArgumentNullException.ThrowIfNull(start);

        await SignInAsAsync(start.Role);

        await Expect(Page.Locator("nav[aria-label='Main']")).ToHaveCountAsync(1);
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Sign out", Exact = true })).ToBeVisibleAsync();
    }
}
