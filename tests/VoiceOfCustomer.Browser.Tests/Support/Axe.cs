using System.Reflection;
using System.Text.Json;
using Microsoft.Playwright;
using VoiceOfCustomer.Testing;

namespace VoiceOfCustomer.Browser.Tests.Support;

/// <summary>axe-core (installed by npm ci in axe/) run on a page; serious and critical violations fail the test.</summary>
public static class Axe
{
    private const string Loaded = "() => typeof window.axe === 'object' && typeof window.axe.run === 'function'";

    private const string SeriousViolations = """
        async () => {
          const results = await axe.run(document, { resultTypes: ['violations'] });
          return results.violations
            .filter(v => v.impact === 'serious' || v.impact === 'critical')
            .map(v => ({
              id: v.id,
              impact: v.impact,
              help: v.help,
              targets: v.nodes.slice(0, 3).map(n => n.target.flat(Infinity).join(' '))
            }));
        }
        """;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>node_modules/axe-core/axe.min.js under the axe/ folder of this project's source.</summary>
    public static string AxeScript()
    {
        var folder = typeof(Axe).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "AxeFolder").Value!;
        return TestServers.Installed(Path.Combine(folder, "node_modules", "axe-core", "axe.min.js"), "axe-core");
    }

    public static async Task AssertAccessibleAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var violations = await SeriousViolationsAsync(page);
        if (violations.Count > 0)
        {
            Assert.Fail($"axe-core found {violations.Count} serious or critical violation(s) on {page.Url}:{Environment.NewLine}"
                + string.Join(Environment.NewLine, violations.Select(v => $"  {v}")));
        }
    }

    public static async Task<IReadOnlyList<AxeViolation>> SeriousViolationsAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var script = AxeScript();
        if (!await page.EvaluateAsync<bool>(Loaded))
        {
            // Evaluated through the DevTools protocol, which the page's Content-Security-Policy does not govern
            // (a <script> tag would be refused by a policy without 'unsafe-inline'), so the page is tested as served.
            await page.EvaluateAsync($"{await File.ReadAllTextAsync(script)}\n;undefined");
        }

        var violations = await page.EvaluateAsync<JsonElement>(SeriousViolations);
        return violations.Deserialize<AxeViolation[]>(Json) ?? [];
    }
}
