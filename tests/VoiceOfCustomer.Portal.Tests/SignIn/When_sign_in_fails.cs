using System.Net;
using VoiceOfCustomer.Hosting.Access;
using VoiceOfCustomer.Portal.Tests.Support;

namespace VoiceOfCustomer.Portal.Tests.SignIn;

/// <summary>Wrong passwords are refused with one message for every cause, and repeated failures lock the user out.</summary>
public sealed class When_sign_in_fails
{
    private PortalHost _host = null!;

    [SetUp]
    public async Task StartAsync() =>
        _host = await PortalHost.StartAsync(new Dictionary<string, string> { ["Portal:MaxFailedSignIns"] = "3" });

    [TearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    [Test]
    public async Task A_wrong_password_and_an_unknown_user_read_the_same()
    {
        using var client = _host.Anonymous();
        using var wrong = await PortalHost.SignInAsync(client, PortalHost.UserOf(Roles.Csm), "not the password at all");
        using var unknown = await PortalHost.SignInAsync(client, "nobody.here", "not the password at all");
        Assert.That(wrong.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(await wrong.Content.ReadAsStringAsync(), Does.Contain("Wrong user name or password."));
        Assert.That(await unknown.Content.ReadAsStringAsync(), Does.Contain("Wrong user name or password."));
        Assert.That(wrong.Headers.Contains("Set-Cookie") && wrong.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith(AccessRegistration.CookieName, StringComparison.Ordinal)), Is.False);
    }

    [Test]
    public async Task Three_failures_lock_the_user_even_against_the_right_password()
    {
        using var client = _host.Anonymous();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            using var failed = await PortalHost.SignInAsync(client, PortalHost.UserOf(Roles.Pm), "not the password at all");
        }

        using var locked = await PortalHost.SignInAsync(client, PortalHost.UserOf(Roles.Pm), PortalHost.Password);
        Assert.That(locked.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(await locked.Content.ReadAsStringAsync(), Does.Contain("locked"));

        using var others = await PortalHost.SignInAsync(client, PortalHost.UserOf(Roles.Auditor), PortalHost.Password);
        Assert.That(others.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "the lockout is per user");
    }

    [Test]
    public async Task A_sign_in_without_the_anti_forgery_token_is_refused()
    {
        using var client = _host.Anonymous();
        using var response = await client.PostAsync("/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = PortalHost.UserOf(Roles.Csm), ["Password"] = PortalHost.Password,
        }));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task A_return_address_off_the_site_is_ignored()
    {
        using var client = _host.Anonymous();
        var token = await PortalHost.AntiforgeryTokenAsync(client, "/sign-in");
        using var response = await client.PostAsync("/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = PortalHost.UserOf(Roles.Csm), ["Password"] = PortalHost.Password, ["ReturnUrl"] = "https://evil.example/",
            ["__RequestVerificationToken"] = token,
        }));
        Assert.That(response.Headers.Location?.OriginalString, Is.EqualTo("/feedback"));
    }
}
