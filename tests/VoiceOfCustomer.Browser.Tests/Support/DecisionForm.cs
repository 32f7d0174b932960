using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace VoiceOfCustomer.Browser.Tests.Support;

/// <summary>/triage/{id}: the item's text, the decisions so far and the "Decision" choices, each with its field, then "Record decision".</summary>
public sealed class DecisionForm(IPage page)
{
    public ILocator Text => page.Locator("[data-testid=feedback-text]");

    public ILocator Forward => Choice("Forward to a new request");

    public ILocator Merge => Choice("Merge into an existing request");

    public ILocator NewRequestTitle => page.GetByLabel("Title of the new request", new() { Exact = true });

    /// <summary>The open requests, each option reading "title (n accounts)".</summary>
    public ILocator Request => page.GetByLabel("Request", new() { Exact = true });

    public ILocator Submit => page.GetByRole(AriaRole.Button, new() { Name = "Record decision", Exact = true });

    /// <summary>The entries of "Decisions so far" (none for an item never decided about).</summary>
    public ILocator DecisionsSoFar => page.Locator("ol.timeline > li");

    /// <summary>Chooses the request titled <paramref name="title"/>, by the option's text as a CSM reads it.</summary>
    public async Task ChooseRequestAsync(string title)
    {
        var option = Request.Locator("option").Filter(new() { HasTextRegex = new Regex($@"^{Regex.Escape(title)} \(\d+ accounts\)$") });
        await Expect(option).ToHaveCountAsync(1);
        await Request.SelectOptionAsync(new SelectOptionValue { Label = (await option.TextContentAsync())!.Trim() });
    }

    private ILocator Choice(string name) =>
        page.GetByRole(AriaRole.Group, new() { Name = "Decision", Exact = true }).GetByRole(AriaRole.Radio, new() { Name = name, Exact = true });
}
