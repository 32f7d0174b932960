using System.Net;
using VoiceOfCustomer.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace VoiceOfCustomer.Browser.Tests.Accessibility;

public sealed class When_pages_are_checked_with_axe : PortalTest
{
    [SetUp]
    public void RequireAxe() => Axe.AxeScript();

    [Test]
    public async Task The_sign_in_page_has_no_serious_violation()
    {
        await OpenAsync("/sign-in");

        await Axe.AssertAccessibleAsync(Page);
    }

    [TestCaseSource(typeof(StartPage), nameof(StartPage.All))]
    public async Task The_start_page_of_each_role_has_none(StartPage start)
    {
        ArgumentNullException.ThrowIfNull(start);
        await SignInAsAsync(start.Role);
        await Expect(Heading).ToHaveTextAsync(start.Heading);

        await Axe.AssertAccessibleAsync(Page);
    }

    [Test]
    public async Task An_item_page_has_none()
    {
        await SignInAsAsync(Role.Csm);
        await new FeedbackForm(Page).LogAsync("The audit log cannot be filtered by user (accessibility check).");

        await Axe.AssertAccessibleAsync(Page);
    }

    [TestCase(Role.Csm, "/feedback/new")]
    [TestCase(Role.Csm, "/imports/new")]
    [TestCase(Role.Admin, "/admin/api-keys")]
    [TestCase(Role.Admin, "/admin/accounts-import")]
    [TestCase(Role.Admin, "/admin/taxonomy")]
    [TestCase(Role.Pm, "/feedback")]
    [TestCase(Role.Auditor, "/queue")]
    public async Task A_form_page_has_none(string role, string path)
    {
        await SignInAsAsync(role);
        await OpenAsync(path);

        await Axe.AssertAccessibleAsync(Page);
    }

    [TestCase(Role.Csm, "/triage")]
    [TestCase(Role.Pm, "/queue?compare=true")]
    [TestCase(Role.Auditor, "/review/reports")]
    [TestCase(Role.Auditor, "/review/holds")]
    public async Task A_page_with_the_demo_triaged_has_none(string role, string path)
    {
        await Host.DemoTriagedAsync();
        await SignInAsAsync(role);
        await OpenAsync(path);

        await Axe.AssertAccessibleAsync(Page);
    }

    [Test]
    public async Task A_decision_page_has_none()
    {
        await Host.DemoTriagedAsync();
        await SignInAsAsync(Role.Csm);
        var inbox = new TriageInbox(Page);
        await inbox.OpenAsync();

        await inbox.DecideLinks.First.ClickAsync();

        await Expect(Heading).ToHaveTextAsync("Decide about this item");
        await Axe.AssertAccessibleAsync(Page);
    }

    [Test]
    public async Task A_request_page_has_none()
    {
        await Host.DemoTriagedAsync();
        await SignInAsAsync(Role.Pm);
        var queue = new QueuePage(Page);
        await queue.OpenAsync();
        var first = (await queue.ReadAsync())[0];

        await queue.LinkTo(first).ClickAsync();

        await Expect(Heading).ToHaveTextAsync(first.Title);
        await Axe.AssertAccessibleAsync(Page);
    }

    /// <summary>Opens <paramref name="path"/> and makes sure it is the page itself, not an error or access-denied page, that gets checked.</summary>
    private async Task OpenAsync(string path)
    {
        var response = await Page.GotoAsync(path);
        Assert.That(response?.Status, Is.EqualTo((int)HttpStatusCode.OK), $"{path} answered {response?.Status}");
        Assert.That(new Uri(Page.Url).PathAndQuery, Is.EqualTo(path));
    }
}
