using System.Net;
using VoiceOfCustomer.Browser.Tests.Support;

namespace VoiceOfCustomer.Browser.Tests.Infrastructure;

/// <summary>The suite's own machinery, independent of the portal's pages: host, browser, axe-core.</summary>
public sealed class When_the_browser_suite_starts : PortalTest
{
    private const string PageWithStrictPolicy = "/browser-suite/strict-csp";

    [Test]
    public async Task The_host_answers_the_browser_on_loopback_only()
    {
        var response = await Page.GotoAsync("/health/live");

        Assert.That(response, Is.Not.Null);
        Assert.That(response!.Status, Is.EqualTo((int)HttpStatusCode.OK));
        Assert.That(new Uri(Page.Url).Host, Is.EqualTo("127.0.0.1"));
        Assert.That(Host.Address.Port, Is.GreaterThan(0));
    }

    [Test]
    public async Task Axe_runs_on_a_page_whose_policy_forbids_inline_scripts()
    {
        await ServeAsync("""<main><h1>Accessible</h1><p>Nothing to report.</p></main>""");

        Assert.That(await Axe.SeriousViolationsAsync(Page), Is.Empty);
        await Axe.AssertAccessibleAsync(Page);
    }

    [Test]
    public async Task Axe_reports_an_image_without_text()
    {
        await ServeAsync("""<main><h1>Not accessible</h1><img src="/health/live"></main>""");

        var violations = await Axe.SeriousViolationsAsync(Page);

        Assert.That(violations.Select(v => v.Id), Does.Contain("image-alt"));
        Assert.That(violations.First(v => v.Id == "image-alt").Targets.Single(), Is.EqualTo("img"));
    }

    /// <summary>Serves <paramref name="body"/> as a page of the host with a policy as strict as the portal's: no inline script may run.</summary>
    private async Task ServeAsync(string body)
    {
        await Page.RouteAsync($"**{PageWithStrictPolicy}", route => route.FulfillAsync(new()
        {
            ContentType = "text/html; charset=utf-8",
            Headers = new Dictionary<string, string> { ["Content-Security-Policy"] = "default-src 'self'; script-src 'self'; frame-ancestors 'none'" },
            Body = $"""<!doctype html><html lang="en"><head><title>Strict policy</title></head><body>{body}<script>document.title = 'inline ran';</script></body></html>""",
        }));
        await Page.GotoAsync(PageWithStrictPolicy);
        Assert.That(await Page.TitleAsync(), Is.EqualTo("Strict policy"), "the policy should have blocked the inline script");
    }
}
