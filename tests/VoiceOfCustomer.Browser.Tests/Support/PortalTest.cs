using Microsoft.Playwright;
using NUnit.Framework.Interfaces;

namespace VoiceOfCustomer.Browser.Tests.Support;

/// <summary>
/// A browser test: the shared host and browser, a fresh browser context (no cookies) per test, and a
/// full-page screenshot of every page the test opened when it fails.
/// </summary>
public abstract class PortalTest
{
    private readonly List<IBrowserContext> _contexts = [];

    protected LoopbackHost Host { get; private set; } = null!;

    /// <summary>The test's page, in a context of its own.</summary>
    protected IPage Page { get; private set; } = null!;

    /// <summary>The page's h1.</summary>
    protected ILocator Heading => Page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    [SetUp]
    public async Task OpenPage()
    {
        var browser = await BrowserSuite.BrowserAsync();
        Host = await HostAsync();
        Page = await NewPageAsync(browser);
    }

    [TearDown]
    public async Task ClosePages()
    {
        if (TestContext.CurrentContext.Result.Outcome.Status == TestStatus.Failed)
        {
            var pages = _contexts.SelectMany(context => context.Pages).ToList();
            for (var number = 0; number < pages.Count; number++)
            {
                await FailureScreenshots.SaveAsync(pages[number], number);
            }
        }

        foreach (var context in _contexts)
        {
            await context.CloseAsync();
        }

        _contexts.Clear();
    }

    /// <summary>The host the test's pages open: the run's shared one unless a fixture needs its own.</summary>
    protected virtual Task<LoopbackHost> HostAsync() => BrowserSuite.HostAsync();

    /// <summary>A second page, in a context of its own (no cookies): a second user beside the test's <see cref="Page"/>.</summary>
    protected async Task<IPage> OpenAnotherPageAsync() => await NewPageAsync(await BrowserSuite.BrowserAsync());

    /// <summary>Signs in on /sign-in as the demo user of <paramref name="role"/> and waits to be sent on.</summary>
    protected Task<DemoUser> SignInAsAsync(string role) => SignInAsAsync(role, Page);

    /// <summary>Signs <paramref name="page"/> (and its context) in as the demo user of <paramref name="role"/>.</summary>
    protected async Task<DemoUser> SignInAsAsync(string role, IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var user = await Host.DemoUserAsync(role);
        var form = new SignInForm(page);
        await form.OpenAsync();
        await form.SubmitAsync(user.UserName, user.Password);
        await page.WaitForURLAsync(url => !new Uri(url).AbsolutePath.StartsWith("/sign-in", StringComparison.Ordinal));
        return user;
    }

    private async Task<IPage> NewPageAsync(IBrowser browser)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Host.Address.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
            Locale = "en-US",
        });
        _contexts.Add(context);
        context.SetDefaultTimeout(15_000);
        // Pages answer slower while the demo's 3,000 items cross the pipeline (one SQLite writer, 2 cores, other suites alongside).
        context.SetDefaultNavigationTimeout(30_000);
        return await context.NewPageAsync();
    }
}
