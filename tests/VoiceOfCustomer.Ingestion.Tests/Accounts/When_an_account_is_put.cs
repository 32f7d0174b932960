using System.Net;
using VoiceOfCustomer.Contracts;
using VoiceOfCustomer.Ingestion.Tests.Support;

namespace VoiceOfCustomer.Ingestion.Tests.Accounts;

public sealed class When_an_account_is_put
{
    private AllInOneHost _host = null!;
    private HttpClient _client = null!;
    private HttpResponseMessage _created = null!;
    private HttpResponseMessage _updated = null!;
    private AccountProfile _read = null!;

    [OneTimeSetUp]
    public async Task Put()
    {
        _host = AllInOneHost.Start();
        _client = _host.CreateApiClient();
        _created = await _client.PutAccountAsync("acme-fr");
        var changed = Api.Account(name: "Acme France SAS", region: "Southern Europe");
        changed["custom"]!["segment"] = "enterprise";
        changed["custom"]!["renewal_quarter"] = "Q3";
        _updated = await _client.PutAccountAsync("acme-fr", changed);
        using var read = await _client.GetAsync("/api/accounts/acme-fr");
        read.EnsureSuccessStatusCode();
        _read = await read.ReadAsync<AccountProfile>();
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _created.Dispose();
        _updated.Dispose();
        _client.Dispose();
        await _host.DisposeAsync();
    }

    [Test]
    public void It_answers_201_when_it_creates_the_account()
    {
        Assert.That(_created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(_created.Headers.Location?.ToString(), Does.EndWith("/api/accounts/acme-fr"));
    }

    [Test]
    public void It_answers_200_when_it_updates_the_account() =>
        Assert.That(_updated.StatusCode, Is.EqualTo(HttpStatusCode.OK));

    [Test]
    public void It_shows_the_latest_attributes()
    {
        Assert.That(_read.AccountId, Is.EqualTo("acme-fr"));
        Assert.That(_read.Name, Is.EqualTo("Acme France SAS"));
        Assert.That(_read.Region, Is.EqualTo("Southern Europe"));
        Assert.That(_read.Country, Is.EqualTo("FR"));
        Assert.That(_read.SizeBand, Is.EqualTo("201-1000"));
        Assert.That(_read.Arr, Is.EqualTo(120000.50m));
    }

    [Test]
    public void It_keeps_the_custom_attributes() =>
        Assert.That(_read.Custom, Is.EquivalentTo(new Dictionary<string, string>
        {
            ["accessibility_needs"] = "screen reader",
            ["segment"] = "enterprise",
            ["renewal_quarter"] = "Q3",
        }));

    [Test]
    public async Task It_keeps_one_row_for_the_account() =>
        Assert.That((await _host.CountsAsync()).Accounts, Is.EqualTo(1));

    [Test]
    public async Task It_answers_404_for_an_account_it_does_not_know()
    {
        using var response = await _client.GetAsync("/api/accounts/nobody");
        var problem = await Problem.ReadAsync(response);
        Assert.That(problem.Status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(problem.MediaType, Is.EqualTo("application/problem+json"));
    }
}
