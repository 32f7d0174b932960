using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using VoiceOfCustomer.Hosting.Access;
using VoiceOfCustomer.Portal.Tests.Support;

namespace VoiceOfCustomer.Portal.Tests.Pages;

/// <summary>The server side of the CSM's pages: the log form, its errors, the item page and the list, with user text encoded.</summary>
public sealed class When_a_csm_uses_the_feedback_pages
{
    private PortalHost _host = null!;
    private HttpClient _csm = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _host = await PortalHost.StartAsync();
        await Forms.CreateAccountAsync(_host);
        _csm = await _host.SignedInAsync(PortalHost.UserOf(Roles.Csm));
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _csm.Dispose();
        await _host.DisposeAsync();
    }

    [Test]
    public async Task A_logged_item_opens_on_its_page_as_the_csm_s_own()
    {
        using var logged = await LogAsync("Exports time out on large reports.");
        Assert.That(logged.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var page = logged.Headers.Location!.OriginalString;
        Assert.That(page, Does.Match("^/feedback/[0-9a-f-]{36}$"));

        var html = await _csm.GetStringAsync(page);
        Assert.That(html, Does.Contain("Exports time out on large reports."));
        Assert.That(html, Does.Contain(PortalHost.UserOf(Roles.Csm)), "the item belongs to the CSM who logged it");
        var mine = await _csm.GetStringAsync("/feedback");
        Assert.That(mine, Does.Contain(page));
    }

    [Test]
    public async Task An_empty_text_is_named_beside_its_field_and_nothing_is_logged()
    {
        var before = await CountMineAsync();
        using var refused = await LogAsync("");
        var html = await refused.Content.ReadAsStringAsync();
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(html, Does.Contain("role=\"alert\""));
        Assert.That(html, Does.Contain("id=\"text-error\""));
        Assert.That(html, Does.Contain("The feedback text is required."));
        Assert.That(html, Does.Contain("aria-describedby=\"Text-hint text-error\""));
        Assert.That(await CountMineAsync(), Is.EqualTo(before));
    }

    [TestCase("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [TestCase("\"><img src=x onerror=alert(1)>", "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;")]
    public async Task Markup_in_the_text_is_shown_as_text(string text, string encoded)
    {
        using var logged = await LogAsync(text);
        var html = await _csm.GetStringAsync(logged.Headers.Location!.OriginalString);
        Assert.That(html, Does.Contain(encoded));
        Assert.That(html, Does.Not.Contain(text));
    }

    [Test]
    public async Task Text_in_any_script_is_written_as_itself()
    {
        const string text = "التصدير إلى إكسل لا يعمل 😡 — エクスポートが動きません";
        using var logged = await LogAsync(text);
        var html = await _csm.GetStringAsync(logged.Headers.Location!.OriginalString);
        Assert.That(html, Does.Contain("التصدير إلى إكسل لا يعمل"));
        Assert.That(html, Does.Contain("エクスポートが動きません"));
    }

    [Test]
    public async Task Pages_carry_the_security_headers()
    {
        using var response = await _csm.GetAsync("/feedback/new");
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.That(policy, Does.Contain("script-src 'self'").And.Not.Contain("unsafe-inline"));
        Assert.That(policy, Does.Contain("frame-ancestors 'none'"));
        Assert.That(response.Headers.GetValues("X-Content-Type-Options").Single(), Is.EqualTo("nosniff"));
    }

    [Test]
    public async Task Dates_and_numbers_follow_the_browser_s_language()
    {
        using var logged = await LogAsync("Dates should read as the CSM reads them.");
        using var german = new HttpRequestMessage(HttpMethod.Get, logged.Headers.Location);
        german.Headers.AcceptLanguage.ParseAdd("de-DE");
        using var response = await _csm.SendAsync(german);
        var today = DateTime.UtcNow;
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain(today.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture)));
    }

    private async Task<int> CountMineAsync()
    {
        var page = await _csm.GetFromJsonAsync<JsonObject>($"/api/feedback?limit=200&csmId={PortalHost.UserOf(Roles.Csm)}");
        return page!["items"]!.AsArray().Count;
    }

    private async Task<HttpResponseMessage> LogAsync(string text) =>
        await Forms.PostAsync(_csm, "/feedback/new", new Dictionary<string, string>
        {
            ["AccountId"] = Forms.AccountId, ["Text"] = text, ["SourceChannel"] = "call", ["CsmImportance"] = "2", ["GoalProximity"] = "0",
            ["IdempotencyKey"] = $"portal:{Guid.NewGuid()}",
        });
}
