using Microsoft.Playwright;
using VoiceOfCustomer.Testing;

namespace VoiceOfCustomer.Browser.Tests.Support;

/// <summary>/feedback/{id}: the item's text and the pipeline stage it has reached.</summary>
public sealed class FeedbackItemPage(IPage page)
{
    public ILocator Text => page.Locator("[data-testid=feedback-text]");

    public ILocator Stage => page.Locator("[data-testid=stage]");

    /// <summary>Reloads the page until the item's data-stage is <paramref name="stage"/> (the pipeline is asynchronous).</summary>
    public Task WaitForStageAsync(string stage, TimeSpan timeout) =>
        Eventually.Until(
            async () =>
            {
                await page.ReloadAsync();
                return await Stage.GetAttributeAsync("data-stage");
            },
            reached => reached == stage,
            timeout,
            $"{page.Url} to show stage '{stage}'");
}
