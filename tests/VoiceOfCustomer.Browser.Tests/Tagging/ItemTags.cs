using Microsoft.Playwright;
using VoiceOfCustomer.Testing;

namespace VoiceOfCustomer.Browser.Tests.Tagging;

/// <summary>The Tags part of /feedback/{id}: one row per tag (name, value, confidence, why), the corrections, and the correction form.</summary>
public sealed class ItemTags(IPage page)
{
    public ILocator Table => page.Locator("[data-testid=tags]");

    /// <summary>The rows of one tagger (data-tag: language, sentiment, kind, area...).</summary>
    public ILocator Rows(string tag) => Table.Locator($"tbody tr[data-tag='{tag}']");

    public ILocator Corrections => page.Locator("[data-testid=corrections] > li");

    public ILocator Status => page.GetByRole(AriaRole.Status);

    public ILocator Kind(string words) =>
        page.GetByRole(AriaRole.Group, new() { Name = "What kind of feedback is it?", Exact = true }).GetByRole(AriaRole.Checkbox, new() { Name = words, Exact = true });

    public ILocator Submit => page.GetByRole(AriaRole.Button, new() { Name = "Record correction", Exact = true });

    /// <summary>Reloads the item page until Tagging has read the item (the pipeline is asynchronous).</summary>
    public Task WaitForTagsAsync(TimeSpan timeout) =>
        Eventually.Until(
            async () =>
            {
                await page.ReloadAsync();
                return await Table.CountAsync();
            },
            count => count == 1,
            timeout,
            $"{page.Url} to show the item's tags");
}
