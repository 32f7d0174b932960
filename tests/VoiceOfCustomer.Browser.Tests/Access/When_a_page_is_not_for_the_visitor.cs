using System.Net;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Playwright;
using VoiceOfCustomer.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace VoiceOfCustomer.Browser.Tests.Access;

public sealed class When_a_page_is_not_for_the_visitor : PortalTest
{
    [Test]
    public async Task An_anonymous_visitor_is_sent_to_sign_in_and_back()
    {
        await Page.GotoAsync("/feedback");

        var landed = new Uri(Page.Url);
        Assert.That(landed.AbsolutePath, Is.EqualTo("/sign-in"), "/feedback did not send an anonymous visitor to sign in");
        Assert.That(QueryHelpers.ParseQuery(landed.Query).TryGetValue("ReturnUrl", out var returnUrl), Is.True, $"no ReturnUrl in {landed}");
        Assert.That(returnUrl.ToString(), Is.EqualTo("/feedback"));
    }

    [Test]
    public async Task A_csm_opening_review_is_denied_with_403()
    {
        await SignInAsAsync(Role.Csm);

        var response = await OpenDeniedPageAsync("/review");

        Assert.That(response?.Status, Is.EqualTo((int)HttpStatusCode.Forbidden), "/review is not for a CSM");
        await Expect(Heading).ToHaveTextAsync("Access denied");
    }

    /// <summary>Chromium answers an error status with an empty body with its own error page, which Playwright reports as a failed navigation.</summary>
    private async Task<IResponse?> OpenDeniedPageAsync(string path)
    {
        try
        {
            return await Page.GotoAsync(path);
        }
        catch (PlaywrightException e) when (e.Message.Contains("ERR_HTTP_RESPONSE_CODE_FAILURE", StringComparison.Ordinal))
        {
            var status = (await Page.APIRequest.GetAsync(path)).Status;
            Assert.Fail($"{path} answered {status} with an empty body, so the browser shows its own error page instead of the portal's 'Access denied'");
            return null;
        }
    }
}
