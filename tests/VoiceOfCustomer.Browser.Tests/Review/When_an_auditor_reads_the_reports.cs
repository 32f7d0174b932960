using System.Globalization;
using VoiceOfCustomer.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace VoiceOfCustomer.Browser.Tests.Review;

/// <summary>
/// With the demo data triaged, /review/reports names the skewed CSM and only him, flags a language he disadvantages
/// in words, draws a chart per attribute, and shows what the accounts say drives the company, per region.
/// </summary>
public sealed class When_an_auditor_reads_the_reports : PortalTest
{
    private const int DemoDecisions = 2500;
    private static readonly string[] SkewedCsmOnly = ["csm.bob"];

    [Test]
    public async Task The_skewed_csm_and_the_language_he_disadvantages_are_flagged_in_words()
    {
        await Host.DemoTriagedAsync();
        await SignInAsAsync(Role.Auditor);
        await OpenOnceEveryDecisionIsCountedAsync();

        var flags = Page.Locator("[data-testid=csm-flag]");
        await Expect(flags).Not.ToHaveCountAsync(0);
        var flagged = await flags.EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.csm)");
        Assert.That(flagged.Distinct(), Is.EqualTo(SkewedCsmOnly), "only the skewed CSM is flagged");

        var language = Page.Locator("[data-testid=report-attribute][data-attribute=language]");
        await Expect(language.Locator("svg")).ToBeVisibleAsync();
        await Expect(language.Locator("[data-testid=report-sentence][data-verdict=Flagged]")).Not.ToHaveCountAsync(0);
        await Expect(language.Locator("[data-testid=report-sentence][data-verdict=Flagged]").First).ToContainTextAsync("suppressed");
        Assert.That(await Page.Locator("[data-testid=report-attribute] svg").CountAsync(), Is.GreaterThan(1), "a chart per attribute");
    }

    [Test]
    public async Task What_drives_the_customers_is_shown_per_region_first()
    {
        await Host.DemoTriagedAsync();
        await SignInAsAsync(Role.Auditor);
        await OpenOnceEveryDecisionIsCountedAsync();

        var tables = Page.Locator("[data-testid=driven-by]");
        await Expect(tables.First).ToHaveAttributeAsync("data-attribute", "region");
        var regions = tables.First.Locator("tbody tr");
        await Expect(regions).Not.ToHaveCountAsync(0);
        var counts = await regions.First.Locator("td").AllTextContentsAsync();
        Assert.That(counts.Select(c => int.Parse(c, CultureInfo.InvariantCulture)).Sum(), Is.GreaterThan(0), "a region's accounts, counted by their answer");
    }

    /// <summary>The reports are recomputed in the background: reload until they count every demo decision.</summary>
    private async Task OpenOnceEveryDecisionIsCountedAsync()
    {
        var window = Page.Locator("[data-testid=reports-window]");
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (true)
        {
            await Page.GotoAsync("/review/reports");
            if (await window.CountAsync() == 1)
            {
                var counted = int.Parse((await window.TextContentAsync())!.Trim().Split(' ')[0], NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
                if (counted >= DemoDecisions)
                {
                    return;
                }
            }

            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"The reports did not count the {DemoDecisions} demo decisions within 3 minutes: {await Page.Locator("main").TextContentAsync()}");
            }

            await Page.WaitForTimeoutAsync(2000);
        }
    }
}
