using VoiceOfCustomer.Browser.Tests.Support;

namespace VoiceOfCustomer.Browser.Tests.Feedback;

public sealed class When_feedback_is_in_any_script : PortalTest
{
    [TestCase("التصدير إلى إكسل لا يعمل 😡", TestName = "{m}(Arabic, right to left, with an emoji)")]
    [TestCase("Excelへのエクスポートが動きません。至急対応をお願いします。", TestName = "{m}(Japanese)")]
    public async Task The_item_page_shows_it_intact(string text)
    {
        await SignInAsAsync(Role.Csm);

        await new FeedbackForm(Page).LogAsync(text);

        Assert.That((await new FeedbackItemPage(Page).Text.TextContentAsync())?.Trim(), Is.EqualTo(text));
    }
}
