using Microsoft.Playwright;
using VoiceOfCustomer.Browser.Tests.Support;

namespace VoiceOfCustomer.Browser.Tests;

/// <summary>Once per run: how long Playwright waits, and the shared host and browser stopped after the last test.</summary>
[SetUpFixture]
public sealed class BrowserRun
{
    [OneTimeSetUp]
    public void Configure() => Assertions.SetDefaultExpectTimeout(15_000);

    [OneTimeTearDown]
    public Task Stop() => BrowserSuite.StopAsync();
}
