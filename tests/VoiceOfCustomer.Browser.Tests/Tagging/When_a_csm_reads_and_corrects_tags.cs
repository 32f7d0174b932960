using System.Text.RegularExpressions;
using VoiceOfCustomer.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace VoiceOfCustomer.Browser.Tests.Tagging;

/// <summary>A CSM logs an item, reads what Tagging found in it (confidence and why for each tag), corrects the kind and sees the correction listed.</summary>
public sealed partial class When_a_csm_reads_and_corrects_tags : PortalTest
{
    [Test]
    public async Task Each_tag_has_its_confidence_and_why_and_the_correction_is_listed()
    {
        await DemoSeededAsync();
        var user = await SignInAsAsync(Role.Csm);
        await new FeedbackForm(Page).LogAsync($"The export to Excel is broken and crashes every time, we are very unhappy (browser test {Guid.NewGuid():N}).");
        var tags = new ItemTags(Page);
        await tags.WaitForTagsAsync(TimeSpan.FromSeconds(30));

        foreach (var tag in (string[])["language", "sentiment", "kind", "severity"])
        {
            var row = tags.Rows(tag).First;
            await Expect(row.Locator("[data-testid=confidence]")).ToHaveTextAsync(Percent());
            await Expect(row.Locator("[data-testid=why]")).Not.ToBeEmptyAsync();
        }

        await Expect(tags.Rows("sentiment").Locator("td").First).ToHaveTextAsync(new Regex(@"^negative \(score -\d\.\d\d\)$"));
        await Expect(tags.Corrections).ToHaveCountAsync(0);

        await tags.Kind("feature request").CheckAsync();
        await tags.Submit.ClickAsync();

        await Expect(tags.Status).ToHaveTextAsync("Correction recorded.");
        await Expect(tags.Corrections).ToHaveCountAsync(1);
        await Expect(tags.Corrections.First).ToContainTextAsync($"{user.UserName} said kinds: feature request");
    }

    [Test]
    public async Task A_correction_naming_nothing_is_refused_beside_the_kinds()
    {
        await DemoSeededAsync();
        await SignInAsAsync(Role.Csm);
        await new FeedbackForm(Page).LogAsync($"How do I add a second admin to our workspace? (browser test {Guid.NewGuid():N})");
        var tags = new ItemTags(Page);
        await tags.WaitForTagsAsync(TimeSpan.FromSeconds(30));

        await tags.Submit.ClickAsync();

        await Expect(Page.Locator("#kinds-error")).ToContainTextAsync("Name at least one of kinds");
        await Expect(tags.Corrections).ToHaveCountAsync(0);
    }

    /// <summary>While the demo's 3,000 items cross the pipeline, the first pages of a run can outlast the browser's timeouts.</summary>
    private Task DemoSeededAsync() => Host.DemoTriagedAsync();

    [GeneratedRegex(@"^\d{1,3}\s?%$")]
    private static partial Regex Percent();
}
