using System.Net;
using Microsoft.Extensions.Options;
using VoiceOfCustomer.Portal.Tests.Support;

namespace VoiceOfCustomer.Portal.Tests.Users;

/// <summary>There is no built-in admin: the first one comes from Access:FirstAdmin, and a weak password stops the start.</summary>
public sealed class When_the_first_admin_comes_from_configuration
{
    [Test]
    public async Task The_configured_admin_can_sign_in()
    {
        await using var host = await PortalHost.StartEmptyAsync(new Dictionary<string, string>
        {
            ["Access:FirstAdmin:UserName"] = "Root.Admin", ["Access:FirstAdmin:Password"] = "a strong first password",
        });
        using var client = host.Anonymous();
        using var response = await PortalHost.SignInAsync(client, "root.admin", "a strong first password");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location?.OriginalString, Is.EqualTo("/admin/users"));
    }

    [Test]
    public void A_weak_configured_password_stops_the_start_with_the_reason()
    {
        var failure = Assert.CatchAsync(async () => await (await PortalHost.StartEmptyAsync(new Dictionary<string, string>
        {
            ["Access:FirstAdmin:UserName"] = "root", ["Access:FirstAdmin:Password"] = "short",
        })).DisposeAsync());
        Assert.That(failure, Is.InstanceOf<OptionsValidationException>().Or.InnerException.InstanceOf<OptionsValidationException>());
        Assert.That(failure!.ToString(), Does.Contain("Access:FirstAdmin: password: A password has at least 12 characters."));
    }

    [Test]
    public async Task Without_configuration_nobody_can_sign_in()
    {
        await using var host = await PortalHost.StartEmptyAsync();
        using var client = host.Anonymous();
        using var response = await PortalHost.SignInAsync(client, "admin", "admin");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }
}
