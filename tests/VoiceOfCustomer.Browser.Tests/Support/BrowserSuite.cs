using Microsoft.Playwright;
using VoiceOfCustomer.Testing;

namespace VoiceOfCustomer.Browser.Tests.Support;

/// <summary>
/// What every browser test shares: one host and one browser per run, started by the first test that needs
/// them (a failure to start is kept, so later tests report it at once) and stopped by <see cref="BrowserRun"/>.
/// </summary>
public static class BrowserSuite
{
    private static readonly Lock Gate = new();
    private static Task<LoopbackHost>? _host;
    private static Task<HeadlessChromium>? _chromium;

    public static Task<LoopbackHost> HostAsync()
    {
        lock (Gate)
        {
            return _host ??= Task.Run(LoopbackHost.Start);
        }
    }

    /// <summary>The browser; skips (or, under tests/run.sh, fails) the test when Chromium is not installed.</summary>
    public static async Task<IBrowser> BrowserAsync()
    {
        var executable = TestServers.Chromium();
        Task<HeadlessChromium> chromium;
        lock (Gate)
        {
            chromium = _chromium ??= HeadlessChromium.LaunchAsync(executable);
        }

        return (await chromium).Browser;
    }

    public static async Task StopAsync()
    {
        Task<LoopbackHost>? host;
        Task<HeadlessChromium>? chromium;
        lock (Gate)
        {
            (host, chromium, _host, _chromium) = (_host, _chromium, null, null);
        }

        if (chromium is { IsCompletedSuccessfully: true })
        {
            await chromium.Result.DisposeAsync();
        }

        if (host is { IsCompletedSuccessfully: true })
        {
            await host.Result.DisposeAsync();
        }
    }
}
