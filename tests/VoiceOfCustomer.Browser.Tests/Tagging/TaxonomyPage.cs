using Microsoft.Playwright;

namespace VoiceOfCustomer.Browser.Tests.Tagging;

/// <summary>/admin/taxonomy: the YAML in a textarea, Save, the parser's errors when refused, and the versions saved.</summary>
public sealed class TaxonomyPage(IPage page)
{
    public ILocator Yaml => page.GetByLabel("Taxonomy (YAML)", new() { Exact = true });

    public ILocator Save => page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true });

    /// <summary>One entry per parser error: "Line 3, column 9, areas[0].id: ...".</summary>
    public ILocator Errors => page.Locator("[data-testid=taxonomy-errors] li");

    public ILocator Status => page.GetByRole(AriaRole.Status);

    /// <summary>The rows of the version history, newest first.</summary>
    public ILocator Versions => page.Locator("[data-testid=taxonomy-versions] tbody tr");

    public async Task OpenAsync() => await page.GotoAsync("/admin/taxonomy");

    public async Task SaveAsync(string yaml)
    {
        await Yaml.FillAsync(yaml);
        await Save.ClickAsync();
    }
}
