using VoiceOfCustomer.Browser.Tests.Support;

namespace VoiceOfCustomer.Browser.Tests.Security;

public sealed class When_feedback_holds_markup : PortalTest
{
    [TestCase("<script>alert(1)</script>", TestName = "{m}(script element)")]
    [TestCase("\"><img src=x onerror=alert(1)>", TestName = "{m}(attribute break-out)")]
    public async Task It_is_shown_as_text_and_never_runs(string text)
    {
        var dialogs = new List<string>();
        Page.Dialog += (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            _ = dialog.DismissAsync();
        };
        await SignInAsAsync(Role.Csm);

        await new FeedbackForm(Page).LogAsync(text);

        Assert.That((await new FeedbackItemPage(Page).Text.TextContentAsync())?.Trim(), Is.EqualTo(text));
        Assert.That(await Page.Locator("img[src='x']").CountAsync(), Is.Zero, "the text became an element on the item page");
        await Page.GotoAsync("/feedback");
        Assert.That(await Page.Locator("img[src='x']").CountAsync(), Is.Zero, "the text became an element on the list");
        Assert.That(dialogs, Is.Empty, "script from the feedback text ran");
    }
}
