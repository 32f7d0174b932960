using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using VoiceOfCustomer.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace VoiceOfCustomer.Browser.Tests.Feedback;

public sealed class When_feedback_has_no_text : PortalTest
{
    /// <summary>The text of what the field's aria-describedby names: its hint and, after a refusal, its error.</summary>
    private const string Description = """
        field => (field.getAttribute('aria-describedby') ?? '').split(/\s+/)
          .map(id => document.getElementById(id)?.textContent?.trim() ?? '')
          .join(' ')
        """;

    [Test]
    public async Task It_names_the_field_and_creates_nothing()
    {
        var csm = await SignInAsAsync(Role.Csm);
        var form = new FeedbackForm(Page);
        await form.OpenAsync();
        await form.FillAsync("");
        // The server's answer is what is tested: the browser's own bubble for a `required` field is not in the page.
        await form.Feedback.EvaluateAsync("field => { if (field.form) field.form.noValidate = true; }");
        var descriptionBefore = await form.Feedback.EvaluateAsync<string>(Description);
        var newestBefore = await NewestItemAsync(csm);

        await form.Submit.ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync(new Regex("feedback", RegexOptions.IgnoreCase));
        Assert.That(Page.Url, Does.Not.Match(FeedbackForm.ItemAddress().ToString()), "an item page was opened");
        await Expect(form.Feedback).ToHaveAttributeAsync("aria-invalid", "true");
        // A hint may describe the field already: its error must be added to what describes it.
        Assert.That(await form.Feedback.EvaluateAsync<string>(Description), Is.Not.EqualTo(descriptionBefore).And.Not.Empty,
            "the field's error should be tied to it (aria-describedby)");
        Assert.That(await NewestItemAsync(csm), Is.EqualTo(newestBefore), "an item was created");
    }

    /// <summary>The id of the newest item the CSM logged, through the API with the CSM's cookie.</summary>
    private async Task<string?> NewestItemAsync(DemoUser csm)
    {
        var response = await Page.APIRequest.GetAsync($"/api/feedback?csmId={Uri.EscapeDataString(csm.UserName)}&limit=1");
        Assert.That(response.Ok, Is.True, $"GET /api/feedback answered {response.Status}");
        var page = await response.JsonAsync() ?? throw new JsonException("GET /api/feedback answered no JSON");
        return page.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("feedbackId").GetString()).FirstOrDefault();
    }
}
