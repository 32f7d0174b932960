using Microsoft.Playwright;

namespace VoiceOfCustomer.Browser.Tests.Support;

/// <summary>
/// The pictures in the README (docs/screenshots/): taken only when VOC_SCREENSHOTS names the folder to write,
/// e.g. VOC_SCREENSHOTS=$PWD/docs/screenshots dotnet test tests/VoiceOfCustomer.Browser.Tests --filter Readme.
/// </summary>
public static class ReadmeScreenshots
{
    private static string? Folder => Environment.GetEnvironmentVariable("VOC_SCREENSHOTS") is { Length: > 0 } folder ? folder : null;

    public static bool Enabled => Folder is not null;

    public static async Task SaveReadmeScreenshotAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (Folder is not { } folder)
        {
            return;
        }

        if (Path.GetFileName(name) != name || name.Length == 0)
        {
            throw new ArgumentException($"'{name}' is not a plain file name", nameof(name));
        }

        Directory.CreateDirectory(folder);
        await page.SetViewportSizeAsync(1280, 800);
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(Path.GetFullPath(folder), $"{name}.png"),
            Animations = ScreenshotAnimations.Disabled,
            Caret = ScreenshotCaret.Hide,
        });
    }
}
