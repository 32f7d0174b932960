using System.Net;
using Microsoft.Extensions.DependencyInjection;
using VoiceOfCustomer.Hosting.Access;
using VoiceOfCustomer.Portal.Tests.Support;
using VoiceOfCustomer.Testing;

namespace VoiceOfCustomer.Portal.Tests.Pages;

/// <summary>A CSV file goes from the import page to the API in the background; its page follows it to the report and the rejected rows.</summary>
public sealed class When_files_are_imported_through_the_portal
{
    private PortalHost _host = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _host = await PortalHost.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    [Test]
    public async Task Accounts_then_feedback_arrive_with_their_rejected_rows_listed()
    {
        using var admin = await _host.SignedInAsync(PortalHost.UserOf(Roles.Admin));
        var accounts = await ImportAsync(admin, "/admin/accounts-import", RoleCsv.Accounts, "crm.csv");
        Assert.That(accounts, Does.Contain("completed"));
        Assert.That(accounts, Does.Contain("data-testid=\"rows-accepted\">2<"));

        using var csm = await _host.SignedInAsync(PortalHost.UserOf(Roles.Csm));
        var feedback = await ImportAsync(csm, "/imports/new", RoleCsv.Feedback, "q1.csv");
        Assert.That(feedback, Does.Contain("data-testid=\"rows-accepted\">1<"));
        Assert.That(feedback, Does.Contain("data-testid=\"rows-rejected\">1<"));
        Assert.That(feedback, Does.Contain("No account &#x27;nobody&#x27; is in the accounts registry.").Or.Contain("No account 'nobody' is in the accounts registry."));
    }

    [Test]
    public async Task A_file_missing_a_column_is_refused_with_the_reason()
    {
        using var csm = await _host.SignedInAsync(PortalHost.UserOf(Roles.Csm));
        var page = await ImportAsync(csm, "/imports/new", "accountId,text\nacme,hello\n", "short.csv");
        Assert.That(page, Does.Contain("The file was not imported: nothing was written."));
        Assert.That(page, Does.Contain("missing: sourceChannel, csmImportance, goalProximity, occurredAt"));
    }

    [Test]
    public async Task Another_csm_cannot_follow_someone_else_s_import()
    {
        using var csm = await _host.SignedInAsync(PortalHost.UserOf(Roles.Csm));
        using var upload = await Forms.UploadAsync(csm, "/imports/new", RoleCsv.Feedback, "mine.csv");
        await _host.Services.GetRequiredService<Portal.Features.Users.UserAccounts>()
            .CreateAsync(new Portal.Features.Users.NewUser("csm.two", "Two", Roles.Csm, PortalHost.Password), CancellationToken.None);
        using var other = await _host.SignedInAsync("csm.two");
        using var response = await other.GetAsync(upload.Headers.Location);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    private static async Task<string> ImportAsync(HttpClient client, string page, string csv, string fileName)
    {
        using var upload = await Forms.UploadAsync(client, page, csv, fileName);
        Assert.That(upload.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await upload.Content.ReadAsStringAsync());
        var progress = upload.Headers.Location!.OriginalString;
        return await Eventually.Until(() => client.GetStringAsync(progress), html => !html.Contains("data-refresh-while-running=\"true\"", StringComparison.Ordinal),
            TimeSpan.FromSeconds(30), "the import to finish");
    }
}
