using VoiceOfCustomer.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace VoiceOfCustomer.Browser.Tests.Feedback;

public sealed class When_a_csm_logs_feedback : PortalTest
{
    [Test]
    public async Task The_form_has_its_fields_and_button()
    {
        await SignInAsAsync(Role.Csm);
        var form = new FeedbackForm(Page);

        await form.OpenAsync();

        await Expect(Heading).ToHaveTextAsync("Log feedback");
        await Expect(form.Account).ToBeEditableAsync();
        Assert.That(await form.Feedback.EvaluateAsync<string>("field => field.tagName"), Is.EqualTo("TEXTAREA"));
        Assert.That(await form.Channel.EvaluateAsync<string>("field => field.tagName"), Is.EqualTo("SELECT"));
        Assert.That(await form.Importance.EvaluateAsync<string>("field => field.tagName"), Is.EqualTo("SELECT"));
        await Expect(form.Submit).ToBeEnabledAsync();
    }

    [Test]
    public async Task It_reaches_the_last_stage()
    {
        var text = $"Exports to Excel time out past 10,000 rows (browser test {Guid.NewGuid():N}).";
        await SignInAsAsync(Role.Csm);

        await new FeedbackForm(Page).LogAsync(text);

        var item = new FeedbackItemPage(Page);
        Assert.That((await item.Text.TextContentAsync())?.Trim(), Is.EqualTo(text));
        await item.WaitForStageAsync("watched", TimeSpan.FromSeconds(30));
    }
}
