using VoiceOfCustomer.Browser.Tests.Support;
using VoiceOfCustomer.Testing;
using static Microsoft.Playwright.Assertions;

namespace VoiceOfCustomer.Browser.Tests.Readme;

/// <summary>
/// Refreshes docs/screenshots/ when VOC_SCREENSHOTS names that folder:
/// VOC_SCREENSHOTS=$PWD/docs/screenshots dotnet test tests/VoiceOfCustomer.Browser.Tests --filter FullyQualifiedName~Readme
/// Then the pages come from a host of their own, with the demo data alone (not what other tests logged).
/// </summary>
public sealed class When_the_readme_screenshots_are_taken : PortalTest
{
    private LoopbackHost? _demoOnly;

    [OneTimeTearDown]
    public async Task StopDemoOnlyHost()
    {
        if (_demoOnly is not null)
        {
            await _demoOnly.DisposeAsync();
        }
    }

    [Test]
    public async Task The_csm_start_page_is_captured()
    {
        await SignInAsAsync(Role.Csm);
        await Expect(Heading).ToHaveTextAsync("My feedback");
        if (ReadmeScreenshots.Enabled)
        {
            await PipelineSettledAsync();
        }

        await ReadmeScreenshots.SaveReadmeScreenshotAsync(Page, "csm-my-feedback");
    }

    [Test]
    public async Task The_pm_queue_is_captured_with_the_revenue_only_ranking()
    {
        await Host.DemoTriagedAsync();
        await SignInAsAsync(Role.Pm);
        var queue = new QueuePage(Page);

        await queue.OpenAsync("/queue?compare=true");

        await Expect(Heading).ToHaveTextAsync("Prioritized queue");
        await Expect(queue.Requests.First).ToBeVisibleAsync();
        await Expect(queue.RevenueRanks.First).ToBeVisibleAsync();
        await ReadmeScreenshots.SaveReadmeScreenshotAsync(Page, "pm-queue");
    }

    [Test]
    public async Task The_first_request_of_the_queue_is_captured()
    {
        await Host.DemoTriagedAsync();
        await SignInAsAsync(Role.Pm);
        var queue = new QueuePage(Page);
        await queue.OpenAsync();
        var first = (await queue.ReadAsync())[0];

        await queue.LinkTo(first).ClickAsync();

        await Expect(Heading).ToHaveTextAsync(first.Title);
        await Expect(new RequestPage(Page).Breakdown).ToBeVisibleAsync();
        await ReadmeScreenshots.SaveReadmeScreenshotAsync(Page, "pm-request");
    }

    /// <summary>The demo's items have all reached the last stage, so the picture shows the pipeline's end state.</summary>
    private Task<int> PipelineSettledAsync() =>
        Eventually.Until(
            async () =>
            {
                await Page.ReloadAsync();
                return await Page.Locator("[data-testid=stage]:not([data-stage=watched])").CountAsync();
            },
            pending => pending == 0,
            TimeSpan.FromSeconds(120),
            "every item on the page to be watched");

    protected override async Task<LoopbackHost> HostAsync() =>
        ReadmeScreenshots.Enabled ? _demoOnly ??= await Task.Run(LoopbackHost.Start) : await base.HostAsync();
}
