using Microsoft.Playwright;
using VoiceOfCustomer.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace VoiceOfCustomer.Browser.Tests.SignIn;

public sealed class When_a_user_signs_in : PortalTest
{
    [Test]
    public async Task The_form_asks_for_user_name_and_password()
    {
        var form = new SignInForm(Page);

        await form.OpenAsync();

        await Expect(form.UserName).ToBeEditableAsync();
        await Expect(form.Password).ToHaveAttributeAsync("type", "password");
        await Expect(form.Submit).ToBeVisibleAsync();
    }

    [Test]
    public async Task A_wrong_password_is_refused_on_the_sign_in_page()
    {
        var csm = await Host.DemoUserAsync(Role.Csm);
        var form = new SignInForm(Page);
        await form.OpenAsync();

        await form.SubmitAsync(csm.UserName, csm.Password + "-wrong");

        await Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Wrong user name or password");
        Assert.That(new Uri(Page.Url).AbsolutePath, Is.EqualTo("/sign-in"), "a refused sign-in should stay on the form");
    }

    [TestCaseSource(typeof(StartPage), nameof(StartPage.All))]
    public async Task It_lands_on_the_start_page_of_its_role(StartPage start)
    {
        ArgumentNullException.ThrowIfNull(start);

        await SignInAsAsync(start.Role);

        Assert.That(new Uri(Page.Url).AbsolutePath, Is.EqualTo(start.Path), $"where a {start.Role} lands after signing in");
        await Expect(Heading).ToHaveTextAsync(start.Heading);
    }
}
