using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace VoiceOfCustomer.Browser.Tests.Support;

/// <summary>/queue, the PM's prioritized queue: one row per request, best first; "Show" with the checkbox adds the revenue-only ranking.</summary>
public sealed class QueuePage(IPage page)
{
    private const string Cells = """
        rows => rows.map(row => ({
          rank: row.cells[0].textContent.trim(),
          title: row.querySelector('th[scope=row]').textContent.trim(),
          address: row.querySelector('th[scope=row] a').getAttribute('href'),
          score: row.querySelector('[data-testid=score]').textContent.trim(),
        }))
        """;

    public ILocator Table => page.Locator("[data-testid=queue]");

    public ILocator Requests => page.Locator("[data-testid=queued-request]");

    public ILocator RevenueRanks => page.Locator("[data-testid=revenue-rank]");

    public async Task OpenAsync(string path = "/queue") => await page.GotoAsync(path);

    /// <summary>The request's title link in the queue.</summary>
    public ILocator LinkTo(QueuedRequestRow request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Requests.Locator($"th[scope=row] a[href='{request.Address}']");
    }

    /// <summary>Every row of the page, in the order shown; fails when the queue has no request.</summary>
    public async Task<IReadOnlyList<QueuedRequestRow>> ReadAsync()
    {
        await Expect(Table).ToBeVisibleAsync();
        var rows = await Requests.EvaluateAllAsync<JsonElement>(Cells);
        return [.. rows.EnumerateArray().Select(row => new QueuedRequestRow(
            int.Parse(row.GetProperty("rank").GetString()!, NumberStyles.None, CultureInfo.InvariantCulture),
            row.GetProperty("title").GetString()!,
            row.GetProperty("score").GetString()!,
            row.GetProperty("address").GetString()!))];
    }
}
