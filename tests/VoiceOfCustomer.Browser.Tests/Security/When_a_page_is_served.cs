using VoiceOfCustomer.Browser.Tests.Support;

namespace VoiceOfCustomer.Browser.Tests.Security;

public sealed class When_a_page_is_served : PortalTest
{
    [TestCase("/sign-in", TestName = "{m}(sign-in, anonymous)")]
    [TestCase("/feedback", TestName = "{m}(my feedback, signed in)")]
    public async Task Its_headers_forbid_inline_scripts_framing_and_sniffing(string path)
    {
        if (path != "/sign-in")
        {
            await SignInAsAsync(Role.Csm);
        }

        var response = await Page.GotoAsync(path);

        Assert.That(response, Is.Not.Null);
        var policy = ContentSecurityPolicy.Parse(await response!.HeaderValueAsync("content-security-policy"));
        Assert.That(policy, Is.Not.Empty, "no Content-Security-Policy header");
        var scripts = policy.GetValueOrDefault("script-src") ?? policy.GetValueOrDefault("default-src");
        Assert.That(scripts, Is.Not.Null, "the policy has neither script-src nor default-src");
        Assert.That(scripts, Does.Not.Contain("'unsafe-inline'"));
        Assert.That(policy.ContainsKey("frame-ancestors"), Is.True, "the policy has no frame-ancestors");
        Assert.That(await response.HeaderValueAsync("x-content-type-options"), Is.EqualTo("nosniff"));
    }
}
