using Microsoft.Playwright;
using VoiceOfCustomer.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace VoiceOfCustomer.Browser.Tests.Queue;

/// <summary>The PM narrows the queue to one segment: ranks start again at 1 within it, and half a filter is refused in words.</summary>
public sealed class When_a_pm_filters_the_queue : PortalTest
{
    [Test]
    public async Task A_segment_shows_its_own_ranking_and_half_a_filter_says_what_is_missing()
    {
        await Host.DemoTriagedAsync();
        await SignInAsAsync(Role.Pm);
        var queue = new QueuePage(Page);
        await queue.OpenAsync();
        var all = await queue.ReadAsync();
        await Expect(Page.Locator("[data-testid=regions]").First).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^(APAC|EMEA|LATAM|NA|[A-Z]+)(, [A-Z]+)*$"));

        await Page.GetByLabel("Segment", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Language" });
        await Page.GetByLabel("Segment value").FillAsync("ja");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();

        await Page.WaitForURLAsync("**/queue?*segmentName=language*");
        var japanese = await queue.ReadAsync();
        Assert.That(japanese.Select(r => r.Rank), Is.EqualTo(Enumerable.Range(1, japanese.Count)), "ranks are positions within the segment");
        Assert.That(all, Has.Count.LessThan(50), "the demo's whole queue fits on one page, so every filtered row is one of these");
        Assert.That(japanese.Select(r => r.Address), Is.SubsetOf(all.Select(r => r.Address)));

        // The product areas offered are those Tagging found in open requests, each with its count.
        await Page.GetByLabel("Segment", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Any segment" });
        await Page.GetByLabel("Segment value").FillAsync("");
        var area = Page.GetByLabel("Product area");
        var offered = await area.Locator("option").AllTextContentsAsync();
        Assert.That(offered, Has.Count.GreaterThan(1), "at least one area besides 'Any area'");
        await area.SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Page.WaitForURLAsync("**/queue?*area=*");
        var inArea = await queue.ReadAsync();
        Assert.That(inArea.Select(r => r.Address), Is.SubsetOf(all.Select(r => r.Address)));
        Assert.That(offered[1], Does.EndWith($"({inArea.Count})"), "the count offered is the number of requests shown");

        await area.SelectOptionAsync(new SelectOptionValue { Index = 0 });
        await Page.GetByLabel("Segment value").FillAsync("ja");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("segment");
    }
}
