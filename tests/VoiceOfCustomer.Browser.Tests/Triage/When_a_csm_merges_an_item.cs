using Microsoft.Playwright;
using VoiceOfCustomer.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace VoiceOfCustomer.Browser.Tests.Triage;

/// <summary>A CSM merges an item into the request last in the PM's queue; the PM, in a browser of their own, sees the request gain.</summary>
public sealed class When_a_csm_merges_an_item : PortalTest
{
    [Test]
    public async Task The_request_scores_higher_and_shows_what_the_customer_said()
    {
        await Host.DemoTriagedAsync();
        var pm = await OpenAnotherPageAsync();
        await SignInAsAsync(Role.Pm, pm);
        var queue = new QueuePage(pm);
        await queue.OpenAsync();
        var last = (await queue.ReadAsync())[^1];
        // Every account counts once, with its latest item: only an account new to the request must raise its score.
        var accountsBehind = await new RequestPage(pm).AccountsBehindAsync(last.RequestId);

        await SignInAsAsync(Role.Csm);
        var inbox = new TriageInbox(Page);
        await inbox.OpenAsync();
        var item = await inbox.FirstItemFromAccountNotInAsync(accountsBehind);
        await inbox.DecideLinkTo(item.Address).ClickAsync();
        await Expect(Heading).ToHaveTextAsync("Decide about this item");
        var form = new DecisionForm(Page);
        var text = (await form.Text.TextContentAsync())!.Trim();
        await form.Merge.CheckAsync();
        await form.ChooseRequestAsync(last.Title);
        await form.Submit.ClickAsync();

        await Page.WaitForURLAsync("**/triage");
        await Expect(inbox.Status).ToHaveTextAsync("Decision recorded: merge.");
        await Expect(inbox.DecideLinkTo(item.Address)).ToHaveCountAsync(0);

        await queue.OpenAsync();
        var now = (await queue.ReadAsync()).Single(request => request.Address == last.Address);
        Assert.That(now.ScoreValue, Is.GreaterThan(last.ScoreValue), $"the score of '{last.Title}' (was {last.Score}, now {now.Score})");
        Assert.That(now.Rank, Is.LessThanOrEqualTo(last.Rank), $"the rank of '{last.Title}'");

        await queue.LinkTo(now).ClickAsync();
        var request = new RequestPage(pm);
        await Expect(pm.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(last.Title);
        await Expect(request.TermNames).ToHaveTextAsync(RequestPage.Terms);
        await Expect(request.Score).ToHaveTextAsync(now.Score);
        await Expect(request.Verbatims.Filter(new() { HasText = text }).Filter(new() { HasText = item.Account })).ToHaveCountAsync(1);
    }
}
