using System.Text.RegularExpressions;
using Microsoft.Playwright;
using VoiceOfCustomer.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace VoiceOfCustomer.Browser.Tests.Tagging;

/// <summary>An admin saves a taxonomy with an error and sees it named by line and field, then a valid one and sees it as a new version.</summary>
public sealed partial class When_an_admin_edits_the_taxonomy : PortalTest
{
    // Line 3 names an area with an id that is not lower-case-with-dashes.
    private const string Invalid = "version: 1\nareas:\n  - id: Not An Id\n    name: Broken\n    themes:\n      - id: broken\n        name: Broken\n        phrases:\n          en: [broken]\n";

    [Test]
    public async Task The_error_is_named_by_line_then_a_valid_one_is_a_new_version()
    {
        // After the demo is seeded, so that a new version cannot change the areas of the demo's own items.
        await Host.DemoTriagedAsync();
        var admin = await SignInAsAsync(Role.Admin);
        var taxonomy = new TaxonomyPage(Page);
        await taxonomy.OpenAsync();
        await Expect(Heading).ToHaveTextAsync("Product taxonomy");
        // The taxonomy in use, unchanged but for a comment, so the other tests' items keep their areas.
        var inUse = await taxonomy.Yaml.InputValueAsync();
        var saved = await taxonomy.Versions.CountAsync();

        await taxonomy.SaveAsync(Invalid);

        await Expect(taxonomy.Errors.Filter(new() { HasTextRegex = AreaIdOnLineThree() })).ToHaveCountAsync(1);
        await Expect(taxonomy.Yaml).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(taxonomy.Yaml).ToHaveAttributeAsync("aria-describedby", new Regex(@"\bYaml-error\b"));
        await Expect(taxonomy.Versions).ToHaveCountAsync(saved);

        await taxonomy.SaveAsync(inUse.TrimEnd() + $"\n# saved by the browser test {Guid.NewGuid():N}\n");

        await Expect(taxonomy.Status).ToContainTextAsync("Saved as version");
        await Expect(taxonomy.Versions).ToHaveCountAsync(saved + 1);
        var newest = taxonomy.Versions.First;
        await Expect(newest.GetByRole(AriaRole.Cell).Nth(1)).ToHaveTextAsync(admin.UserName);
        await Expect(newest.Locator("code.hash")).ToHaveTextAsync(new Regex("^[0-9a-f]{64}$"));
        await Expect(taxonomy.Yaml).Not.ToHaveAttributeAsync("aria-invalid", "true");

        await newest.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(Heading).ToHaveTextAsync(new Regex(@"^Taxonomy version \d+$"));
        await Expect(Page.Locator("[data-testid=taxonomy-yaml]")).ToContainTextAsync("# saved by the browser test");
    }

    [GeneratedRegex(@"^Line 3, column \d+, areas\[0\]\.id: ")]
    private static partial Regex AreaIdOnLineThree();
}
