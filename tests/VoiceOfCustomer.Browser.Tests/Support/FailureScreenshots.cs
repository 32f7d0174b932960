using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace VoiceOfCustomer.Browser.Tests.Support;

/// <summary>
/// A full-page screenshot of what the browser showed when a test failed: attached to the test's result and
/// written to $VOC_TEST_ARTIFACTS (or screenshots/ in the test's work directory).
/// </summary>
public static partial class FailureScreenshots
{
    public static string Folder =>
        Environment.GetEnvironmentVariable("VOC_TEST_ARTIFACTS") is { Length: > 0 } folder
            ? Path.GetFullPath(folder)
            : Path.Combine(TestContext.CurrentContext.WorkDirectory, "screenshots");

    /// <param name="page">The page to capture.</param>
    /// <param name="number">Tells apart the pages of one test (0 for the first: no suffix).</param>
    public static async Task SaveAsync(IPage page, int number)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (page.IsClosed)
        {
            return;
        }

        var name = UnsafeInFileName().Replace(TestContext.CurrentContext.Test.FullName, "_");
        var path = Path.Combine(Folder, number == 0 ? $"{name}.png" : $"{name}-{number + 1}.png");
        Directory.CreateDirectory(Folder);
        try
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true, Timeout = 10_000 });
            TestContext.AddTestAttachment(path, $"{page.Url} when the test failed");
            await TestContext.Out.WriteLineAsync($"Screenshot of {page.Url}: {path}");
        }
        catch (PlaywrightException e)
        {
            // The failure itself is what matters; a page that cannot be captured must not hide it.
            await TestContext.Out.WriteLineAsync($"No screenshot of {page.Url}: {e.Message}");
        }
    }

    [GeneratedRegex("[^A-Za-z0-9._-]+")]
    private static partial Regex UnsafeInFileName();
}
