using Microsoft.Playwright;
using VoiceOfCustomer.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace VoiceOfCustomer.Browser.Tests.Triage;

public sealed class When_a_forward_has_no_title : PortalTest
{
    [Test]
    public async Task It_names_the_title_field_and_records_nothing()
    {
        await Host.DemoTriagedAsync();
        await SignInAsAsync(Role.Csm);
        var inbox = new TriageInbox(Page);
        await inbox.OpenAsync();
        var first = inbox.DecideLinks.First;
        var address = (await first.GetAttributeAsync("href"))!;
        await first.ClickAsync();
        await Expect(Heading).ToHaveTextAsync("Decide about this item");
        var form = new DecisionForm(Page);
        var decisionsBefore = await form.DecisionsSoFar.CountAsync();
        await form.Forward.CheckAsync();
        await form.NewRequestTitle.FillAsync("");

        await form.Submit.ClickAsync();

        // IgnoreCase, not a Regex with RegexOptions.IgnoreCase: Playwright for .NET 1.64 drops that option.
        await Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("title", new() { IgnoreCase = true });
        Assert.That(new Uri(Page.Url).AbsolutePath, Is.EqualTo(address), "the decision page was left");
        await Expect(form.DecisionsSoFar).ToHaveCountAsync(decisionsBefore);
        // In a second tab, so that a failure's screenshots show the decision page as it was left.
        var inboxNow = new TriageInbox(await Page.Context.NewPageAsync());
        await inboxNow.OpenAsync();
        await Expect(inboxNow.DecideLinkTo(address)).ToHaveCountAsync(1);
        await Expect(form.NewRequestTitle).ToHaveAttributeAsync("aria-invalid", "true");
    }
}
